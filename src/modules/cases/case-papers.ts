import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/database';
import { forbidden } from '../../server/errors';
import { CERTIFICATE_TYPES } from '../../shared/catalog-terms';
import { maskHolderName, maskHolderNumber } from '../../shared/certificate-holder';
import type { StaffActor } from '../auth/actor';
import type { FileStore } from '../materials/file-store';
import { sendCaseFile } from '../workflow/case-files';
import { PURPOSE_OF_PART } from './case-access';
import { loadMaterials } from './case-store';
import { logRead, visibleCase } from './staff-views';
import type { CasePapers } from './views';

/**
 * The papers of a case as whoever decides it sees them: every material on its
 * checklist with its file (scanned at the window, uploaded online, reused from
 * the repository) or its electronic certificate. Those acting on the case
 * (intake, its tasks) open the files, each opening logged in the owner's read
 * log; those supervising it see the list masked and open nothing.
 */

export async function casePapers(
  db: Db,
  actor: StaffActor,
  ip: string | null,
  caseId: string,
): Promise<CasePapers> {
  const { row, part } = await visibleCase(db, actor, caseId);
  await logRead(db, actor, ip, row, part);
  const materials = await loadMaterials(db, row.id);
  const materialIds = materials.flatMap((material) => (material.materialId ? [material.materialId] : []));
  const certificateIds = materials.flatMap((material) =>
    material.certificateId ? [material.certificateId] : [],
  );
  const [files, certificates] = await Promise.all([
    materialIds.length === 0
      ? []
      : db
          .selectFrom('materials as m')
          .innerJoin('stored_files as f', 'f.sha256', 'm.file_sha256')
          .select(['m.id', 'm.source', 'm.created_at', 'f.mime_type', 'f.size_bytes'])
          .where('m.id', 'in', materialIds)
          .execute(),
    certificateIds.length === 0
      ? []
      : db
          .selectFrom('certificates as c')
          .innerJoin('departments as d', 'd.id', 'c.issuer_department_id')
          .select([
            'c.id',
            'c.type',
            'c.number',
            'c.holder_name',
            'c.holder_id_type',
            'c.valid_until',
            'c.status',
            'c.verify_token',
            'd.name as issuer_name',
          ])
          .where('c.id', 'in', certificateIds)
          .execute(),
  ]);
  const masked = part === 'supervision';
  return {
    canOpen: !masked,
    papers: materials.map((material) => {
      const file = files.find((entry) => entry.id === material.materialId);
      const certificate = certificates.find((entry) => entry.id === material.certificateId);
      return {
        key: material.key,
        name: material.name,
        state: material.state,
        file: file
          ? {
              materialId: file.id,
              mimeType: file.mime_type,
              sizeBytes: file.size_bytes,
              source: file.source,
              createdAt: file.created_at.toISOString(),
            }
          : null,
        certificate: certificate
          ? {
              id: certificate.id,
              typeName: CERTIFICATE_TYPES[certificate.type],
              number: masked ? maskHolderNumber(certificate.number) : certificate.number,
              holderName: masked
                ? maskHolderName(certificate.holder_name, certificate.holder_id_type)
                : certificate.holder_name,
              issuerName: certificate.issuer_name,
              validUntil: certificate.valid_until,
              status: certificate.status,
              verifyPath: masked ? null : `/v/${certificate.verify_token}`,
            }
          : null,
      };
    }),
  };
}

/** Opens one of the case's files inline for someone acting on it; logged in the owner's read log. */
export async function openCasePaper(
  db: Db,
  reply: FastifyReply,
  store: FileStore,
  reader: { actor: StaffActor; ip: string | null },
  caseId: string,
  materialId: string,
): Promise<FastifyReply> {
  const { row, part } = await visibleCase(db, reader.actor, caseId);
  if (part === 'supervision') throw forbidden('材料原件含申请人完整信息，只有办理该办件的工作人员可以打开');
  const fileReader = { ...reader, purpose: PURPOSE_OF_PART[part] };
  return await sendCaseFile(db, reply, store, fileReader, row.case_number, materialId);
}
