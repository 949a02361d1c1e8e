import { invalidField } from '../../server/errors';
import { MOBILE_PATTERN } from '../../shared/phone';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import type { FormField } from '../catalog/item-content';
import { requireAct } from './acting';
import { type ActDeps, actOnCase } from './case-act';
import { checkedForm } from './case-draft';
import { appendEvent, updateCase } from './case-store';
import type { FormValues } from './rules/form-values';
import type { CorrectFormBody } from './schemas';

/**
 * Errors fixable on the spot are fixed on the spot (行政许可法第三十二条): until
 * the intake decision, the clerk corrects the application form. The whole form
 * is checked again; the history and the audit log name the fields changed,
 * never their values (the form holds personal data).
 */

/** The keys whose value was added, changed or removed, in the item's field order. */
function changedKeys(fieldOrder: readonly string[], before: FormValues, after: FormValues): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const ordered = [
    ...fieldOrder.filter((key) => keys.has(key)),
    ...[...keys].filter((key) => !fieldOrder.includes(key)),
  ];
  return ordered.filter((key) => (before[key] ?? '') !== (after[key] ?? ''));
}

/**
 * A corrected contact number (the field the catalogue fills from the profile's phone)
 * is where the applicant is told of progress from now on.
 */
function correctedPhone(fields: readonly FormField[], changed: readonly string[], values: FormValues) {
  const field = fields.find((candidate) => candidate.profileSource === 'phone');
  const phone = field && changed.includes(field.key) ? values[field.key] : undefined;
  return phone && MOBILE_PATTERN.test(phone) ? phone : null;
}

export async function correctForm(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: CorrectFormBody,
) {
  return await actOnCase(deps.db, actor, caseId, input, async ({ tx, row, item, eventActor }) => {
    requireAct(row, 'correct_form');
    const fields = item.content.formFields;
    // Nothing comes from the profile now: what the clerk sends is the whole form.
    const values = checkedForm(item, {}, input.formData);
    const changed = changedKeys(
      fields.map((field) => field.key),
      row.form_data,
      values,
    );
    if (changed.length === 0) throw invalidField('formData', '申请表没有改动', 'FORM_UNCHANGED');
    const labels = changed.map((key) => fields.find((field) => field.key === key)?.label ?? key);
    const after = await updateCase(tx, row, {
      form_data: JSON.stringify(values),
      applicant_phone: correctedPhone(fields, changed, values) ?? row.applicant_phone,
    });
    await appendEvent(tx, after, 'form_corrected', eventActor, { fields: changed, labels });
    await recordAudit(tx, audit, {
      action: 'case.correct_form',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.intake_region_code,
      before: { version: row.row_version },
      after: { caseNumber: row.case_number, version: after.row_version, fields: changed },
    });
    return { caseId: after.id, version: after.row_version, status: after.status, changedFields: labels };
  });
}
