import { type Directory, directoryCodecs } from './directory';
import { itemSheet } from './item-sheet';
import { formFieldSheet, materialSheet } from './list-sheets';
import { workflowSheet } from './workflow-sheet';

/** The whole workbook layout for one directory of departments and staff. */
export function catalogueLayout(directory: Directory) {
  const codecs = directoryCodecs(directory);
  return {
    items: itemSheet(codecs),
    lists: [materialSheet(codecs), formFieldSheet(codecs), workflowSheet(codecs)],
    codecs,
  };
}
export type CatalogueLayout = ReturnType<typeof catalogueLayout>;
