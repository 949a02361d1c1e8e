/**
 * Electronic certificate identifiers (GB/T 36904-2018):
 * `1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check>`.
 * The root is the national OID of electronic certificates; the type code is the
 * defining authority's credit code plus a 3-digit number; the issuer code is the
 * issuing body's credit code; the version has 3 digits; the check character is
 * ISO 7064 MOD 37,36 over type code + issuer code + serial + version, dots left out.
 */
import { checkCreditCode } from './credit-code';
import { isValidMod37_36, mod37_36CheckChar } from './iso7064';

export const CERTIFICATE_ROOT_OID = '1.2.156.3005.2';

interface CertificateIdentifierParts {
  typeCode: string;
  issuerCode: string;
  serial: string;
  /** 1..999, written with 3 digits. */
  version: number;
}

type CertificateIdentifierProblem = 'format' | 'checkChar';

const TYPE_CODE = /^[0-9A-Z]{18}\d{3}$/;
// Issuers' codes are credit codes; identifiers from older source systems may carry shorter codes.
const ISSUER_CODE = /^[0-9A-Z]{1,18}$/;
const SERIAL = /^[0-9A-Z]{1,32}$/;
const VERSION = /^\d{3}$/;

const versionText = (version: number) => String(version).padStart(3, '0');

/** The identifier for these parts; refuses parts that would not parse back. */
export function buildCertificateIdentifier(parts: CertificateIdentifierParts): string {
  const version = versionText(parts.version);
  if (!TYPE_CODE.test(parts.typeCode)) throw new RangeError(`证照类型代码格式不正确：${parts.typeCode}`);
  if (!checkCreditCode(parts.issuerCode).valid)
    throw new RangeError(`颁发机构代码不是有效的统一社会信用代码：${parts.issuerCode}`);
  if (!SERIAL.test(parts.serial)) throw new RangeError(`流水号格式不正确：${parts.serial}`);
  if (!Number.isInteger(parts.version) || parts.version < 1 || parts.version > 999)
    throw new RangeError(`版本号应为1至999：${parts.version}`);
  const check = mod37_36CheckChar(`${parts.typeCode}${parts.issuerCode}${parts.serial}${version}`);
  return [CERTIFICATE_ROOT_OID, parts.typeCode, parts.issuerCode, parts.serial, version, check].join('.');
}

type CertificateIdentifierCheck =
  | ({ valid: true } & CertificateIdentifierParts)
  | { valid: false; problem: CertificateIdentifierProblem };

/** Splits an identifier into its parts and verifies the check character. */
export function parseCertificateIdentifier(raw: string): CertificateIdentifierCheck {
  const value = raw.trim().toUpperCase();
  if (!value.startsWith(`${CERTIFICATE_ROOT_OID}.`)) return { valid: false, problem: 'format' };
  const parts = value.slice(CERTIFICATE_ROOT_OID.length + 1).split('.');
  const [typeCode = '', issuerCode = '', serial = '', version = '', check = ''] = parts;
  const wellFormed =
    parts.length === 5 &&
    TYPE_CODE.test(typeCode) &&
    ISSUER_CODE.test(issuerCode) &&
    SERIAL.test(serial) &&
    VERSION.test(version) &&
    version !== '000' &&
    check.length === 1;
  if (!wellFormed) return { valid: false, problem: 'format' };
  if (!isValidMod37_36(`${typeCode}${issuerCode}${serial}${version}${check}`))
    return { valid: false, problem: 'checkChar' };
  return { valid: true, typeCode, issuerCode, serial, version: Number(version) };
}
