import { z } from 'zod';
import { int4Text } from '../../server/int-schemas';
import { CERTIFICATE_TYPES } from '../../shared/catalog-terms';
import { HOLDER_ID_TYPES } from '../../shared/certificate-holder';
import { CERTIFICATE_STATUSES, STATUS_CHANGES } from '../../shared/certificate-status';

const keysOf = <T extends Record<string, unknown>>(labels: T) => Object.keys(labels) as [keyof T & string];
const CertificateTypeKey = z.enum(keysOf(CERTIFICATE_TYPES));
const StatusKey = z.enum(keysOf(CERTIFICATE_STATUSES));
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期（年-月-日）');
const data = z.record(z.string(), z.union([z.string(), z.number(), z.null()])).default({});

export const IssueBody = z.object({
  type: CertificateTypeKey,
  holderName: z.string().trim().min(1).max(100),
  holderNumber: z.string().trim().min(1).max(30),
  issuerDepartmentId: z.uuid('请选择发证机关'),
  certificateNumber: z.string().trim().max(60).nullish(),
  validFrom: day.optional(),
  /** Absent: the type's default period; null: long-term. */
  validUntil: day.nullable().optional(),
  data,
});

export const ImportRow = z.object({
  identifier: z.string().trim().max(120).nullish(),
  type: CertificateTypeKey,
  certificateNumber: z.string().trim().min(1).max(60),
  holderName: z.string(),
  holderNumber: z.string(),
  issuerCode: z.string(),
  issuedOn: day,
  validFrom: day.optional(),
  validUntil: day.nullable().optional(),
  data,
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportBody = z.object({
  source: z.string().trim().min(2).max(60),
  items: z.array(z.unknown()).min(1, '至少导入一张证照').max(5000, '一次最多导入5000张证照'),
});

export const StatusChangeBody = z.object({
  change: z.enum(keysOf(STATUS_CHANGES)),
  reason: z.string().trim().min(2, '请写明原因（至少2个字）').max(200),
});

export const CertificateParams = z.object({ id: z.uuid('证照编号格式不正确') });
export const TokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, '核验码格式不正确'),
});

export const ListQuery = z.object({
  type: CertificateTypeKey.optional(),
  status: StatusKey.optional(),
  page: int4Text().min(1).default(1),
  pageSize: int4Text().min(1).max(100).default(20),
});
/** One holder's certificates: the number travels in the body, so it stays out of URLs and access logs. */
export const LookupBody = ListQuery.extend({
  holderNumber: z.string().trim().toUpperCase().min(1, '请填写持证主体代码').max(30),
});
export type ListQuery = z.infer<typeof ListQuery> & { holderNumber?: string };

const dates = {
  issuedOn: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
};

export const CertificateSummary = z.object({
  id: z.string(),
  type: CertificateTypeKey,
  certificateNumber: z.string(),
  holderIdType: z.enum(keysOf(HOLDER_ID_TYPES)),
  holderNameMasked: z.string(),
  holderNumberMasked: z.string(),
  issuerName: z.string(),
  status: StatusKey,
  ...dates,
});

export const CertificateEvent = z.object({
  at: z.string(),
  action: z.string(),
  status: z.string(),
  reason: z.string().nullable(),
  actorName: z.string(),
});

export const CertificateDetail = CertificateSummary.extend({
  identifier: z.string(),
  holderName: z.string(),
  holderNumber: z.string(),
  issuerCode: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  statusReason: z.string().nullable(),
  origin: z.string(),
  verifyToken: z.string(),
  canManage: z.boolean(),
  events: z.array(CertificateEvent),
});

/** A certificate as its holder sees it in the resident app. */
export const HeldCertificate = CertificateDetail.pick({
  id: true,
  type: true,
  identifier: true,
  certificateNumber: true,
  holderName: true,
  issuerName: true,
  status: true,
  data: true,
  verifyToken: true,
  issuedOn: true,
  validFrom: true,
  validUntil: true,
});

/** Everything the public verification page may say: nothing that identifies the holder. */
export const PublicVerification = z.object({
  status: StatusKey,
  type: CertificateTypeKey,
  typeName: z.string(),
  issuerName: z.string(),
  holderNameMasked: z.string(),
  holderNumberMasked: z.string(),
  checkedOn: z.string(),
  ...dates,
});

export const Issued = z.object({
  id: z.string(),
  identifier: z.string(),
  certificateNumber: z.string(),
  verifyToken: z.string(),
});
