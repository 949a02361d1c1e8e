import { z } from 'zod';
import { ALLOWED_FILE_TYPES, OWNER_ID_TYPES, ownerNumberProblem } from '../../shared/material-files';

const keys = <T extends Record<string, unknown>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

export const OwnerIdType = z
  .enum(keys(OWNER_ID_TYPES))
  .describe('证件类型：111 居民身份证，001 统一社会信用代码');

/** Whose materials: a citizen ID number or a credit code, check character verified. */
export const Owner = z
  .object({
    ownerIdType: OwnerIdType,
    ownerNumber: z.string().trim().toUpperCase().max(18, '证件号码应为18位'),
  })
  .superRefine((owner, ctx) => {
    const problem = ownerNumberProblem(owner.ownerIdType, owner.ownerNumber);
    if (problem) ctx.addIssue({ code: 'custom', path: ['ownerNumber'], message: problem });
  });
export type Owner = z.infer<typeof Owner>;

/** What the uploader says about a file; the name may come from the catalogue material instead. */
const MaterialFields = z.object({
  name: z.string().trim().min(2, '请填写材料名称').max(60).optional(),
  catalogItemId: z.uuid('事项编号格式不正确').optional(),
  materialKey: z.string().trim().max(40).optional(),
});
export type MaterialFields = z.infer<typeof MaterialFields>;

/** Form fields of a resident's upload (multipart, beside the file). */
export const ResidentUploadFields = MaterialFields;
/** Form fields of a clerk's upload at the window (multipart, beside the file). */
export const StaffUploadFields = z.intersection(Owner, MaterialFields);

export const MaterialParams = z.object({ id: z.uuid('材料编号格式不正确') });
export const ConsentBody = z.object({
  decision: z.enum(['confirmed', 'withdrawn']).describe('confirmed 同意复用；withdrawn 撤回同意'),
});
export const DownloadQuery = z.object({
  download: z.enum(['0', '1']).optional().describe('1 = 作为附件下载；默认在浏览器中预览'),
});

const ConsentState = z.enum(['none', 'confirmed', 'withdrawn']);
const Channel = z.enum(['app', 'window']);

export const MaterialView = z.object({
  id: z.uuid(),
  ownerIdType: OwnerIdType,
  ownerNumberMasked: z.string(),
  name: z.string(),
  catalogItemId: z.uuid().nullable(),
  catalogItemName: z.string().nullable(),
  materialKey: z.string().nullable(),
  source: z.enum(['window_scan', 'resident_upload', 'case']),
  file: z.object({
    sha256: z.string(),
    sizeBytes: z.number(),
    mimeType: z.enum(keys(ALLOWED_FILE_TYPES)),
  }),
  /** Null for the owner: staff names are not shown to the public. */
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
  consent: z.object({ state: ConsentState, at: z.string().nullable(), channel: Channel.nullable() }),
  useCount: z.number(),
});
export type MaterialView = z.infer<typeof MaterialView>;

export const MaterialDetail = MaterialView.extend({
  consentHistory: z.array(
    z.object({
      decision: z.enum(['confirmed', 'withdrawn']),
      channel: Channel,
      recordedByName: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
  uses: z.array(z.object({ caseRef: z.string(), materialKey: z.string().nullable(), usedAt: z.string() })),
});
export type MaterialDetail = z.infer<typeof MaterialDetail>;

export const MaterialList = z.object({ items: z.array(MaterialView) });
