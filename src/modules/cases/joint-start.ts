import type { Db } from '../../db/database';
import type { AuditActor, ResidentActor, StaffActor } from '../auth/actor';
import type { Notifier } from '../notify/notifier';
import { residentEventActor } from './acting';
import { readApplicantAsStaff, readOwnRecord } from './applicant-facts';
import { prepareDraft } from './case-draft';
import { createOnce, type IdempotencyKey } from './idempotency';
import { prepareJointDraft } from './joint-draft';
import { createJointCase } from './joint-new-case';
import { nextCaseNumber } from './new-case';
import { checkedOnline, onlineDraftInput, requireOnline } from './resident-cases';
import type { ApplyJointBody, StartJointBody } from './schemas';
import { agentOf, placeOf, type Started } from './start-case';

/**
 * Applying for a bundle (一件事): at a window (or by phone, or through a grid
 * worker) and online. The applicant answers the merged form and hands over the
 * merged material list once; one parent case and one child per item are made.
 */

type Deps = { db: Db; notifier: Notifier };

export async function startJointCase(
  deps: Deps,
  actor: StaffActor,
  audit: AuditActor,
  input: StartJointBody,
  key: IdempotencyKey | null,
): Promise<Started> {
  const { db } = deps;
  let registry: Started['registry'] = null;
  const outcome = await createOnce(db, key, async () => {
    const place = await placeOf(db, actor, input);
    const submittedAt = new Date();
    const caseNumber = await nextCaseNumber(db, place.region, submittedAt);
    const facts = await readApplicantAsStaff(db, actor, audit.ip ?? null, input.applicant, caseNumber);
    registry = facts.outcome;
    const joint = await prepareJointDraft(db, input, (chosenItem, part) =>
      prepareDraft(db, {
        chosenItem,
        applicant: input.applicant,
        facts,
        channel: input.channel,
        desk: place.desk,
        intakeRegion: place.region,
        delivery: input.delivery,
        reuseHeld: true,
        ...part,
      }),
    );
    const applicantRegion = joint.children[0]?.draft.routing.applicantRegion as string;
    return await createJointCase(db, deps.notifier, {
      joint,
      caseNumber,
      submittedAt,
      agent: agentOf(actor, input, applicantRegion),
      startedBy: { kind: 'staff', id: actor.id, name: actor.name },
      visits: input.channel === 'window' ? 1 : 0,
      actor: place.eventActor,
      audit,
      key,
    });
  });
  return { ...outcome, registry };
}

export async function applyJointOnline(
  deps: Deps,
  resident: ResidentActor,
  audit: AuditActor,
  input: ApplyJointBody,
  key: IdempotencyKey | null,
) {
  const { db } = deps;
  const idNumber = checkedOnline(resident, input);
  return await createOnce(db, key, async () => {
    const facts = await readOwnRecord(db, resident);
    const joint = await prepareJointDraft(db, input, (chosenItem, part) =>
      prepareDraft(db, {
        ...onlineDraftInput(resident, idNumber, input),
        chosenItem,
        facts,
        delivery: input.delivery,
        // The resident chose what to attach; the clerk who takes the case in is offered the rest.
        reuseHeld: false,
        ...part,
      }),
    );
    requireOnline(joint.bundle.name, joint.merged.onlineDepth);
    const submittedAt = new Date();
    const first = joint.children[0]?.draft;
    return await createJointCase(db, deps.notifier, {
      joint,
      caseNumber: await nextCaseNumber(db, first?.intakeRegion as string, submittedAt),
      submittedAt,
      agent: null,
      startedBy: { kind: 'resident', id: resident.id, name: first?.applicant.name as string },
      applicantUnverified: !resident.identityVerified,
      visits: 0,
      actor: residentEventActor(resident),
      audit,
      key,
    });
  });
}
