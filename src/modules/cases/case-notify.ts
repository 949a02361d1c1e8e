import type { Tx } from '../../db/database';
import { CASE_STATUSES } from '../../shared/case-terms';
import type { Notifier } from '../notify/notifier';
import type { CaseRow } from './case-store';

/**
 * Every status change is told to the applicant (SMS through the provider
 * interface; the outbox by default), in the operation's transaction, with the
 * public progress link of the receipt's QR code
 * (absolute, from PUBLIC_BASE_URL). A joint case's child is
 * not told about on its own: the applicant hears once, from the parent.
 */
export async function notifyApplicant(
  tx: Tx,
  notifier: Notifier,
  row: CaseRow,
  itemName: string,
  extra = '',
): Promise<void> {
  if (row.parent_case_id !== null) return;
  await notifier.send(tx, {
    channel: 'sms',
    recipient: row.applicant_phone,
    purpose: 'case_status',
    body:
      `【一次政务服务】您申请的“${itemName}”（办件编号${row.case_number}）${CASE_STATUSES[row.status]}。` +
      `${extra}进度查询：${notifier.link(`/t/${row.public_code}`)}`,
  });
}
