import { invalidField } from '../../server/errors';
import { maskOwnerNumber } from '../../shared/material-files';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import type { FileStore } from '../materials/file-store';
import { checkFileContent } from '../materials/file-type-check';
import { storeMaterial } from '../materials/stored-files';
import type { UploadedFile } from '../materials/upload-material';
import { type ActDeps, actOnCase } from './case-act';
import { loadMaterials } from './case-store';
import { type Recorded, recordEntries } from './record-materials';
import type { Act } from './schemas';

/**
 * A scan taken at the window for one material of the case (a document camera's
 * pages, or a scanner's file): checked by its content, filed in the material
 * repository under the applicant with the case and the material key, and the
 * material recorded as handed over, all in the case's one transaction. The
 * bytes are kept once however many materials and cases point at them.
 */
export async function scanMaterial(
  deps: ActDeps & { store: FileStore },
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: Act & { materialKey: string },
  file: UploadedFile,
): Promise<Recorded & { materialId: string }> {
  const mimeType = await checkFileContent(file.bytes, file.limitBytes);
  return await actOnCase(deps.db, actor, caseId, input, async (context) => {
    const { tx, row, desk } = context;
    const material = (await loadMaterials(tx, row.id)).find((entry) => entry.key === input.materialKey);
    if (!material) throw invalidField('materialKey', '该办件的材料清单中没有这一项');
    const owner = {
      ownerIdType: row.applicant_kind === 'person' ? '111' : '001',
      ownerNumber: row.applicant_number,
    } as const;
    const regionCode = desk?.hallRegion ?? actor.regionCode ?? row.intake_region_code;
    const stored = await storeMaterial(
      tx,
      deps.store,
      { bytes: file.bytes, mimeType },
      {
        ...owner,
        name: material.name,
        catalogItemId: row.item_id,
        materialKey: material.key,
        source: 'case',
        collectedForCase: row.case_number,
        regionCode,
        uploadedBy: { kind: 'staff', id: actor.id, name: audit.name },
      },
    );
    await recordAudit(tx, audit, {
      action: 'material.upload',
      entityType: 'material',
      entityId: stored.id,
      regionCode,
      after: {
        owner: `${owner.ownerIdType}:${maskOwnerNumber(owner.ownerNumber)}`,
        name: material.name,
        caseNumber: row.case_number,
        materialKey: material.key,
        source: 'case',
        sha256: stored.sha256,
        sizeBytes: file.bytes.length,
        mimeType,
      },
    });
    const entry = {
      key: material.key,
      state: 'provided' as const,
      materialId: stored.id,
      newSubmission: true,
    };
    const recorded = await recordEntries(context, audit, {
      ...input,
      visit: false,
      newArrival: false,
      materials: [entry],
    });
    return { ...recorded, materialId: stored.id };
  });
}
