import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import { canManageCertificate } from '../../shared/certificate-scope';
import { todayInChina } from '../../shared/certificate-status';
import { fieldLabel } from '../../shared/field-labels';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { storeCertificate } from './issue-certificate';
import { type PreparedCertificate, prepareCertificate } from './prepare-certificate';
import { ImportRow } from './schemas';

/**
 * Loads certificates handed over by a source system (the police population
 * system, the market regulator's register ...). Every row is checked before
 * anything is written; one bad row loads nothing, and the report names each
 * rejected row and why, as the catalogue import does.
 */
export interface RowRejection {
  row: number;
  holderName: string;
  reasons: string[];
}

/** Same certificate twice: a source identifier seen before, or the same type, number and holder. */
const sameCertificate = (c: { type: string; number: string; holderNumber: string }) =>
  `${c.type}|${c.number}|${c.holderNumber}`;

async function existingKeys(db: Db, rows: ImportRow[]) {
  const holders = [...new Set(rows.map((row) => row.holderNumber.trim().toUpperCase()))];
  const identifiers = rows.flatMap((row) => (row.identifier ? [row.identifier.trim().toUpperCase()] : []));
  const found = holders.length
    ? await db
        .selectFrom('certificates')
        .select(['identifier', 'type', 'number', 'holder_number'])
        .where((eb) =>
          eb.or([
            eb('holder_number', 'in', holders),
            ...(identifiers.length ? [eb('identifier', 'in', identifiers)] : []),
          ]),
        )
        .execute()
    : [];
  return new Set(
    found.flatMap((row) => [
      row.identifier,
      sameCertificate({ type: row.type, number: row.number, holderNumber: row.holder_number }),
    ]),
  );
}

export async function importCertificates(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  source: string,
  rows: readonly unknown[],
) {
  const departments = await db
    .selectFrom('departments')
    .select(['id', 'name', 'kind', 'region_code', 'credit_code', 'active'])
    .execute();
  const byCode = new Map(departments.flatMap((d) => (d.credit_code ? [[d.credit_code, d] as const] : [])));
  const parsedRows = rows.map((raw) => ImportRow.safeParse(raw));
  const seen = await existingKeys(
    db,
    parsedRows.flatMap((parsed) => (parsed.success ? [parsed.data] : [])),
  );
  const today = todayInChina();
  const rejections: RowRejection[] = [];
  const accepted: PreparedCertificate[] = [];
  parsedRows.forEach((parsed, index) => {
    const row = index + 1;
    if (!parsed.success) {
      const holderName = (raw: unknown) =>
        typeof raw === 'object' && raw && 'holderName' in raw ? String(raw.holderName) : '';
      rejections.push({
        row,
        holderName: holderName(rows[index]),
        reasons: parsed.error.issues.map((issue) => `${fieldLabel(issue.path)}：${issue.message}`),
      });
      return;
    }
    const { issuerCode, ...input } = parsed.data;
    const department = byCode.get(issuerCode.trim().toUpperCase());
    const { problems, prepared } = prepareCertificate(
      { ...input, issuerDepartmentId: department?.id ?? '', origin: 'import', originRef: source },
      department,
      today,
    );
    const reasons = problems.map((problem) =>
      problem.field === 'issuerDepartmentId'
        ? `${fieldLabel(['issuerCode'])}：${department ? problem.message : '找不到该统一社会信用代码的发证机关'}`
        : `${problem.label}：${problem.message}`,
    );
    if (
      department &&
      !canManageCertificate(actor.grants, { departmentId: department.id, regionCode: department.region_code })
    )
      reasons.push(`${fieldLabel(['issuerCode'])}：您不能导入${department.name}颁发的证照`);
    if (prepared) {
      const keys = [
        sameCertificate({
          type: prepared.type,
          number: prepared.certificateNumber ?? '',
          holderNumber: prepared.holderNumber,
        }),
      ];
      if (prepared.identifier) keys.push(prepared.identifier.value);
      if (keys.some((key) => seen.has(key))) reasons.push('该证照已在证照库中或在本批中重复');
      for (const key of keys) seen.add(key);
    }
    if (reasons.length > 0 || !prepared) rejections.push({ row, holderName: input.holderName, reasons });
    else accepted.push(prepared);
  });
  if (rejections.length > 0) {
    throw new AppError(
      400,
      'IMPORT_REJECTED',
      `共${rows.length}行，其中${rejections.length}行不符合要求，未导入任何证照`,
      { rejections },
    );
  }
  return await db.transaction().execute(async (tx) => {
    for (const certificate of accepted) await storeCertificate(tx, audit, certificate);
    await recordAudit(tx, audit, {
      action: 'certificate.import',
      entityType: 'certificate',
      entityId: 'import',
      regionCode: actor.regionCode,
      after: { source, imported: accepted.length },
    });
    return { imported: accepted.length };
  });
}
