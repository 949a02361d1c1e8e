import type { z } from 'zod';
import type {
  CaseDetail as CaseDetailShape,
  CaseSummary as CaseSummaryShape,
  Changed as ChangedShape,
  DocumentView as DocumentViewShape,
  Issued as IssuedShape,
  MaterialCheck as MaterialCheckShape,
  Started as StartedShape,
} from '../../../../../src/modules/cases/views';

/** Shapes of the /api/cases replies; the server's zod schemas (views.ts) are the source of truth. */
export type CaseDetail = z.infer<typeof CaseDetailShape>;
export type CaseSummary = z.infer<typeof CaseSummaryShape>;
export type MaterialCheck = z.infer<typeof MaterialCheckShape>;
export type CheckedMaterial = MaterialCheck['materials'][number];
export type DocumentView = z.infer<typeof DocumentViewShape>;
export type Issued = z.infer<typeof IssuedShape>;
export type Changed = z.infer<typeof ChangedShape>;
export type Started = z.infer<typeof StartedShape>;
