import { useRef } from 'react';

/**
 * The last non-null value: a dialog closes by its subject becoming null, and
 * keeps showing that subject during the closing animation instead of flashing empty.
 */
export function useRetained<T>(value: T | null): T | null {
  const last = useRef(value);
  if (value !== null) last.current = value;
  return last.current;
}

/** The record a create/edit dialog shows: null while creating, kept like `useRetained` while closing. */
export function useRetainedRecord<Item>(editing: Item | 'new' | null): Item | null {
  const shown = useRetained(editing);
  return shown === 'new' ? null : shown;
}
