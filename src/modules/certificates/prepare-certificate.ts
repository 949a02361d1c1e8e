import type { FieldProblem } from '../../server/errors';
import type { CertificateType } from '../../shared/catalog-terms';
import { CERTIFICATE_TYPES } from '../../shared/catalog-terms';
import { checkHolderNumber, type HolderIdType, holderIdTypeOf } from '../../shared/certificate-holder';
import { parseCertificateIdentifier } from '../../shared/certificate-identifier';
import { CERTIFICATE_TYPE_SPECS } from '../../shared/certificate-types';
import { defaultValidUntil } from '../../shared/certificate-validity';
import { fieldLabel } from '../../shared/field-labels';
import { DEPARTMENT_KIND_LABELS, type DepartmentKind } from '../../shared/org-kinds';
import { type CertificateData, checkCertificateData, isCalendarDate } from './certificate-data';

/** What a caller says about a certificate to issue (or to import from a source system). */
export interface IssueCertificateInput {
  type: CertificateType;
  holderName: string;
  /** Citizen ID number for a person's certificate, credit code for an enterprise's. */
  holderNumber: string;
  issuerDepartmentId: string;
  /** The type's data fields, keyed as in CERTIFICATE_TYPE_SPECS[type].fields. */
  data: Record<string, unknown>;
  /** 证照编号 as printed; the identifier's serial when absent. */
  certificateNumber?: string | null;
  /** Default today. */
  issuedOn?: string;
  /** Default the issue date. */
  validFrom?: string;
  /** Absent: the type's default period; null: long-term (长期). */
  validUntil?: string | null;
  origin: 'manual' | 'case' | 'import';
  /** The case id, or the source system's name. */
  originRef?: string | null;
  /** A source system's own GB/T 36904 identifier, kept as it is (imports only). */
  identifier?: string | null;
}

export interface IssuerDepartment {
  id: string;
  name: string;
  kind: string;
  region_code: string;
  credit_code: string | null;
  active: boolean;
}

/** A checked certificate, ready to be numbered and stored. */
export interface PreparedCertificate {
  type: CertificateType;
  typeCode: string;
  holderIdType: HolderIdType;
  holderNumber: string;
  holderName: string;
  department: IssuerDepartment & { credit_code: string };
  data: CertificateData;
  certificateNumber: string | null;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
  origin: IssueCertificateInput['origin'];
  originRef: string | null;
  identifier: { value: string; typeCode: string } | null;
}

const problemOf = (field: string, message: string): FieldProblem => ({
  field,
  label: fieldLabel([field]),
  message,
});

function checkDates(input: IssueCertificateInput, today: string, problems: FieldProblem[]) {
  const issuedOn = input.issuedOn ?? today;
  const validFrom = input.validFrom ?? issuedOn;
  for (const [field, value] of [
    ['issuedOn', issuedOn],
    ['validFrom', validFrom],
  ] as const) {
    if (!isCalendarDate(value)) problems.push(problemOf(field, '应为有效日期（年-月-日）'));
    else if (value > today) problems.push(problemOf(field, '不能晚于今天'));
  }
  const validUntil =
    input.validUntil === undefined
      ? defaultValidUntil(input.type, validFrom, input.holderNumber)
      : input.validUntil;
  if (validUntil !== null) {
    if (!isCalendarDate(validUntil)) problems.push(problemOf('validUntil', '应为有效日期（年-月-日）'));
    else if (validUntil < validFrom) problems.push(problemOf('validUntil', '不能早于有效期起始日期'));
    // A source system may hand over certificates that have run out; nobody issues one.
    else if (input.origin !== 'import' && validUntil < today)
      problems.push(problemOf('validUntil', '不能早于今天'));
  }
  return { issuedOn, validFrom, validUntil };
}

function checkIssuer(
  type: CertificateType,
  department: IssuerDepartment | undefined,
  problems: FieldProblem[],
) {
  if (!department?.active || !department.credit_code) {
    problems.push(problemOf('issuerDepartmentId', '发证机关不存在、已停用或未登记统一社会信用代码'));
    return null;
  }
  const kind = CERTIFICATE_TYPE_SPECS[type].issuerKind;
  if (department.kind !== kind) {
    const kindName = DEPARTMENT_KIND_LABELS[kind as DepartmentKind];
    problems.push(problemOf('issuerDepartmentId', `${CERTIFICATE_TYPES[type]}应由${kindName}部门签发`));
  }
  return { ...department, credit_code: department.credit_code };
}

function checkIdentifier(raw: string, issuerCode: string | undefined, problems: FieldProblem[]) {
  const parsed = parseCertificateIdentifier(raw);
  if (!parsed.valid) {
    problems.push(
      problemOf('identifier', parsed.problem === 'format' ? '格式不符合 GB/T 36904' : '校验位不正确'),
    );
    return null;
  }
  if (issuerCode && parsed.issuerCode !== issuerCode)
    problems.push(problemOf('identifier', '其中的颁发机构代码与发证机关的统一社会信用代码不一致'));
  return { value: raw.trim().toUpperCase(), typeCode: parsed.typeCode };
}

/** Every problem with `input`, or the certificate ready to store. Pure, so an import can check every row first. */
export function prepareCertificate(
  input: IssueCertificateInput,
  department: IssuerDepartment | undefined,
  today: string,
): { problems: FieldProblem[]; prepared: PreparedCertificate | null } {
  const spec = CERTIFICATE_TYPE_SPECS[input.type];
  const problems: FieldProblem[] = [];
  const holderName = input.holderName.trim();
  if (holderName.length < 1 || holderName.length > 100)
    problems.push(problemOf('holderName', '应为1至100个字'));
  const holderIdType = holderIdTypeOf(spec.holderKind);
  const holder = checkHolderNumber(holderIdType, input.holderNumber);
  if (!holder.valid) problems.push(problemOf('holderNumber', holder.message));
  const issuer = checkIssuer(input.type, department, problems);
  const certificateNumber = input.certificateNumber?.trim() || null;
  if (certificateNumber && certificateNumber.length > 60)
    problems.push(problemOf('certificateNumber', '不能超过60个字'));
  const dates = checkDates(input, today, problems);
  const identifier = input.identifier
    ? checkIdentifier(input.identifier, issuer?.credit_code, problems)
    : null;
  const { data, problems: dataProblems } = checkCertificateData(input.type, input.data);
  problems.push(...dataProblems);
  if (problems.length > 0 || !issuer || !holder.valid) return { problems, prepared: null };
  return {
    problems,
    prepared: {
      type: input.type,
      typeCode: identifier?.typeCode ?? spec.typeCode,
      holderIdType,
      holderNumber: holder.number,
      holderName,
      department: issuer,
      data,
      certificateNumber,
      ...dates,
      origin: input.origin,
      originRef: input.originRef?.trim() || null,
      identifier,
    },
  };
}
