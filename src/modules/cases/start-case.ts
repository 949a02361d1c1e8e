import type { Db } from '../../db/database';
import { forbidden } from '../../server/errors';
import { hasPermission } from '../../shared/roles';
import type { AuditActor, StaffActor } from '../auth/actor';
import type { Notifier } from '../notify/notifier';
import { type Desk, staffAt } from './acting';
import { type RegistryOutcome, readApplicantAsStaff } from './applicant-facts';
import { prepareDraft } from './case-draft';
import { publishedItem } from './case-item';
import type { EventActor } from './case-store';
import { createOnce, type IdempotencyKey } from './idempotency';
import { createCase, type NewCase, nextCaseNumber } from './new-case';
import { streetOf } from './rules/routing';
import type { StartCaseBody } from './schemas';

/**
 * Staff start a case: a clerk at a window (一窗受理) or on the telephone, or a
 * grid worker applying on the applicant's behalf (代办). The applicant's record
 * is read for the form under the window's data grant, logged with the case number.
 */

export interface Started {
  caseId: string;
  replayed: boolean;
  /** What the registry read gave (null for a replay, which reads nothing). */
  registry: RegistryOutcome | null;
}

/**
 * Where the application is taken (the clerk's window, or the grid worker's
 * street), and by whom as the history records it.
 */
export async function placeOf(
  db: Db,
  actor: StaffActor,
  input: Pick<StartCaseBody, 'channel' | 'windowId'>,
): Promise<{ desk: Desk | null; region: string; eventActor: EventActor }> {
  if (input.channel !== 'agent') {
    const { desk, eventActor } = await staffAt(db, actor, input.windowId as string, input.channel);
    return { desk, region: (desk as Desk).hallRegion, eventActor };
  }
  if (!actor.regionCode || !hasPermission(actor.grants, 'case.apply', actor.regionCode)) {
    throw forbidden('只有网格员（代办员）可以代群众提交申请');
  }
  const { eventActor } = await staffAt(db, actor, null, input.channel);
  return { desk: null, region: streetOf(actor.regionCode), eventActor };
}

/** Who applies on the applicant's behalf: the grid worker (only in their own grid), or a private person. */
export function agentOf(
  actor: StaffActor,
  input: Pick<StartCaseBody, 'channel' | 'agent'>,
  applicantRegion: string,
): NewCase['agent'] {
  if (input.channel === 'agent') {
    if (!hasPermission(actor.grants, 'case.apply', applicantRegion)) {
      throw forbidden('只能为本网格（社区）的群众代办');
    }
    return { name: actor.name, number: null, staffId: actor.id };
  }
  return input.agent ? { name: input.agent.name, number: input.agent.idNumber ?? null, staffId: null } : null;
}

export async function startCase(
  deps: { db: Db; notifier: Notifier },
  actor: StaffActor,
  audit: AuditActor,
  input: StartCaseBody,
  key: IdempotencyKey | null,
): Promise<Started> {
  const { db } = deps;
  let registry: RegistryOutcome | null = null;
  const outcome = await createOnce(db, key, async () => {
    const place = await placeOf(db, actor, input);
    const chosenItem = await publishedItem(db, input.itemId);
    const submittedAt = new Date();
    const caseNumber = await nextCaseNumber(db, place.region, submittedAt);
    const facts = await readApplicantAsStaff(db, actor, audit.ip ?? null, input.applicant, caseNumber);
    registry = facts.outcome;
    const draft = await prepareDraft(db, {
      chosenItem,
      applicant: input.applicant,
      facts,
      channel: input.channel,
      desk: place.desk,
      intakeRegion: place.region,
      formData: input.formData,
      materials: input.materials,
      delivery: input.delivery,
      reuseHeld: true,
    });
    const agent = agentOf(actor, input, draft.routing.applicantRegion);
    return await createCase(db, deps.notifier, {
      draft,
      caseNumber,
      submittedAt,
      agent,
      startedBy: { kind: 'staff', id: actor.id, name: actor.name },
      visits: input.channel === 'window' ? 1 : 0,
      actor: place.eventActor,
      audit,
      key,
    });
  });
  return { ...outcome, registry };
}
