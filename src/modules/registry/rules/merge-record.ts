import type { RegistryValue } from './parse-row';

/**
 * Fusion of one source's row into the record the registry holds, field by
 * field. A source correcting itself simply wins (if its data is not older);
 * two sources that disagree leave a conflict on record, and the value kept is
 * the more authoritative source's, or on equal authority the newer data's.
 */
export interface SourceStamp {
  sourceId: string;
  source: string;
  /** The date the source's data describes. */
  asOf: string;
  /** When the registry wrote the value. */
  at: string;
}

export interface StoredRecord {
  values: Readonly<Record<string, RegistryValue | null>>;
  sources: Readonly<Record<string, SourceStamp>>;
}

export interface IncomingRecord {
  values: Readonly<Record<string, RegistryValue>>;
  stamp: SourceStamp;
}

export interface FieldConflict {
  field: string;
  kept: RegistryValue | null;
  keptStamp: SourceStamp;
  other: RegistryValue | null;
  otherStamp: SourceStamp;
}

export interface MergeResult {
  values: Record<string, RegistryValue | null>;
  sources: Record<string, SourceStamp>;
  changedFields: string[];
  conflicts: FieldConflict[];
}

function sameValue(a: RegistryValue | null | undefined, b: RegistryValue | null | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  return a === b;
}

function incomingWins(
  current: SourceStamp,
  incoming: SourceStamp,
  authorityOf: (sourceId: string) => number,
) {
  const [currentAuthority, incomingAuthority] = [
    authorityOf(current.sourceId),
    authorityOf(incoming.sourceId),
  ];
  if (incomingAuthority !== currentAuthority) return incomingAuthority > currentAuthority;
  return incoming.asOf >= current.asOf;
}

export function mergeRecord(
  stored: StoredRecord | null,
  incoming: IncomingRecord,
  authorityOf: (sourceId: string) => number,
): MergeResult {
  const values: Record<string, RegistryValue | null> = { ...stored?.values };
  const sources: Record<string, SourceStamp> = { ...stored?.sources };
  const changedFields: string[] = [];
  const conflicts: FieldConflict[] = [];
  for (const [field, value] of Object.entries(incoming.values)) {
    const current = values[field];
    if (sameValue(current, value)) continue;
    const currentStamp = sources[field];
    const hasCurrent = current !== null && current !== undefined;
    if (!hasCurrent || !currentStamp) {
      values[field] = value;
      sources[field] = incoming.stamp;
      changedFields.push(field);
      continue;
    }
    const wins = incomingWins(currentStamp, incoming.stamp, authorityOf);
    if (currentStamp.sourceId !== incoming.stamp.sourceId) {
      conflicts.push(
        wins
          ? { field, kept: value, keptStamp: incoming.stamp, other: current, otherStamp: currentStamp }
          : { field, kept: current, keptStamp: currentStamp, other: value, otherStamp: incoming.stamp },
      );
    }
    if (wins) {
      values[field] = value;
      sources[field] = incoming.stamp;
      changedFields.push(field);
    }
  }
  return { values, sources, changedFields, conflicts };
}
