import type { Tx } from '../db/database';
import { ItemContent, type WorkflowStep } from '../modules/catalog/item-content';
import { itemContentProblems } from '../modules/catalog/rules/content-rules';
import { versionColumns } from '../modules/catalog/version-columns';
import { DEMO_CATALOG, type DemoCatalogItem } from './demo-catalog';

/**
 * Loads the demo catalogue as published version 1 of each item. Items whose
 * name already exists for their department are left alone, so seeding twice
 * changes nothing. A demo item that breaks a catalogue rule stops the seed: the
 * demo must show only what the product itself would accept.
 */
export async function seedCatalog(tx: Tx): Promise<number> {
  const departments = await tx
    .selectFrom('departments')
    .select(['id', 'name', 'region_code', 'credit_code'])
    .execute();
  const byName = new Map(departments.map((department) => [department.name, department]));
  const department = (name: string) => {
    const found = byName.get(name);
    if (!found?.credit_code) throw new Error(`demo catalogue: unknown department or no credit code: ${name}`);
    return { ...found, credit_code: found.credit_code };
  };
  const existing = await tx.selectFrom('catalog_item_versions').select(['name', 'department_id']).execute();
  const seen = new Set(existing.map((row) => `${row.department_id}:${row.name}`));
  let loaded = 0;
  for (const demo of DEMO_CATALOG) {
    const owner = department(demo.departmentName);
    if (seen.has(`${owner.id}:${demo.name}`)) continue;
    const content = ItemContent.parse(demoItemContent(demo, owner.id, (name) => department(name).id));
    const problems = itemContentProblems(content);
    if (problems.length > 0)
      throw new Error(
        `demo catalogue item ${demo.name}: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
      );
    const item = await tx
      .insertInto('catalog_items')
      .values({ department_id: owner.id, region_code: owner.region_code, published_version: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('catalog_item_versions')
      .values({
        item_id: item.id,
        version: 1,
        status: 'published',
        published_at: new Date(),
        ...versionColumns(content, owner.credit_code),
      })
      .execute();
    loaded++;
  }
  return loaded;
}

/** A demo item as item content, its departments named by id. */
export function demoItemContent(
  demo: DemoCatalogItem,
  departmentId: string,
  departmentIdOf: (name: string) => string,
) {
  const { departmentName: _department, jointDepartmentNames, workflow, ...fields } = demo;
  return {
    ...fields,
    departmentId,
    jointDepartmentIds: (jointDepartmentNames ?? []).map(departmentIdOf),
    workflow: workflow.map(
      (step): WorkflowStep => ({
        ...step,
        parallelGroup: step.parallelGroup ?? null,
        actor:
          step.actor.kind === 'chief_rep'
            ? { kind: 'chief_rep', departmentId: departmentIdOf(step.actor.departmentName) }
            : {
                kind: 'role',
                role: step.actor.role,
                departmentId: departmentIdOf(step.actor.departmentName),
              },
      }),
    ),
  };
}
