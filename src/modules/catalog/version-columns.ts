import { sql } from 'kysely';
import type { ItemContent } from './item-content';
import { implementationCode } from './rules/item-codes';
import { documentTokens } from './search-tokens';

/**
 * The columns a version stores beside its content: codes and filters for
 * lookups, and the weighted search document (names A, aliases and keywords B,
 * guide text C).
 */
export function versionColumns(content: ItemContent, creditCode: string) {
  const nameTokens = documentTokens(content.name);
  const aliasTokens = documentTokens(...content.aliases, ...content.keywords);
  const bodyTokens = documentTokens(
    content.acceptanceConditions,
    content.resultName,
    ...content.guideSteps,
    ...content.materials.map((material) => material.name),
  );
  const lexemes = (tokens: string[]) => sql`array_to_tsvector(${tokens}::text[])`;
  return {
    name: content.name,
    basic_code: content.basicCode,
    implementation_code: implementationCode(creditCode, content.level, content.basicCode),
    item_type: content.itemType,
    handling_kind: content.handlingKind,
    department_id: content.departmentId,
    promised_limit_days: content.promisedLimitDays,
    visits: content.visits,
    online_depth: content.onlineDepth,
    service_category: content.serviceCategory,
    service_objects: content.serviceObjects,
    themes: content.themes,
    search_document: sql`setweight(${lexemes(nameTokens)}, 'A') || setweight(${lexemes(aliasTokens)}, 'B')
      || setweight(${lexemes(bodyTokens)}, 'C')`,
    search_names: [content.name, ...content.aliases, ...content.keywords].join(' '),
    content: JSON.stringify(content),
  };
}
