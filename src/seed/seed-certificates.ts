import type { Tx } from '../db/database';
import { SYSTEM_ACTOR } from '../modules/auth/actor';
import { issueCertificate } from '../modules/certificates/issue-certificate';
import { DEMO_CERTIFICATES } from './demo-certificates';

/** Loads the demo certificates; one whose type and holder are already in the library is left alone. */
export async function seedCertificates(tx: Tx): Promise<number> {
  const departments = await tx.selectFrom('departments').select(['id', 'name']).execute();
  const held = await tx.selectFrom('certificates').select(['type', 'holder_number']).execute();
  const loaded = new Set(held.map((row) => `${row.type}|${row.holder_number}`));
  let count = 0;
  for (const certificate of DEMO_CERTIFICATES) {
    if (loaded.has(`${certificate.type}|${certificate.holderNumber}`)) continue;
    const issuer = departments.find((department) => department.name === certificate.issuerName);
    if (!issuer)
      throw new Error(`demo certificate ${certificate.type}: unknown issuer ${certificate.issuerName}`);
    await issueCertificate(tx, SYSTEM_ACTOR, {
      ...certificate,
      issuerDepartmentId: issuer.id,
      origin: 'import',
      originRef: '演示数据',
    });
    count++;
  }
  return count;
}
