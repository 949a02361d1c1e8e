import { DOCUMENT_KINDS } from '../../../shared/case-terms';
import { SPECIAL_PROCEDURES, type SpecialProcedure } from '../../../shared/clock-terms';
import type { IsoDate } from '../../calendar/rules/days';
import type { DocumentHead } from '../../cases/rules/documents';

/**
 * The written notices of a case's clock, kept as snapshots like intake's:
 * the applicant is told in writing when the clock stops for a special
 * procedure (第四十五条), what to correct while it waits for them, and why and
 * how far the legal limit was extended (第四十二条).
 */

const LAW = '《中华人民共和国行政许可法》';

export function specialProcedureContent(
  head: DocumentHead,
  stop: { procedure: SpecialProcedure; note: string; startedOn: IsoDate },
) {
  const name = SPECIAL_PROCEDURES[stop.procedure];
  return {
    title: DOCUMENT_KINDS.special_procedure.label,
    ...head,
    text:
      `您申请的“${head.itemName}”，需要进行${name}（${stop.note}）。${name}所需时间不计算在办理期限内，` +
      `自${stop.startedOn}起中止计算办理期限，${name}结束后恢复计算，办理期限相应顺延，届时另行告知。`,
    procedure: stop.procedure,
    note: stop.note,
    startedOn: stop.startedOn,
    basis: `${LAW}第四十五条`,
  };
}

export function correctionRequestContent(
  head: DocumentHead,
  request: { corrections: readonly string[]; note: string; startedOn: IsoDate },
) {
  const why = request.note ? `（${request.note}）` : '';
  return {
    title: DOCUMENT_KINDS.correction_request.label,
    ...head,
    text:
      `您申请的“${head.itemName}”，经审查，需要您补正下列内容${why}。自${request.startedOn}起至您补正之日止，` +
      '不计算在办理期限内。请在“一次”群众端“办事进度”中提交，或到任一可受理本事项的窗口提交。',
    corrections: [...request.corrections],
    note: request.note,
    startedOn: request.startedOn,
  };
}

export function extensionContent(
  head: DocumentHead,
  extension: { reason: string; workingDays: number; legalDeadline: IsoDate },
) {
  return {
    title: DOCUMENT_KINDS.extension.label,
    ...head,
    text:
      `您申请的“${head.itemName}”，不能在法定期限内作出决定。经本机关负责人批准，办理期限延长` +
      `${extension.workingDays}个工作日，延长后的法定办结期限为${extension.legalDeadline}。理由如下：`,
    reasons: [extension.reason],
    workingDays: extension.workingDays,
    legalDeadline: extension.legalDeadline,
    basis: `${LAW}第四十二条`,
  };
}
