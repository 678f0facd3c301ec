import type { DefTable } from '../resolve/defs.js';
import type { StdFile } from '../resolve/collect.js';
import { collectStdDefs } from '../resolve/collect.js';
import { parse } from '../syntax/parser.js';
import { STD_SOURCES } from './std-sources.generated.js';
import type { StdTypeTables } from './tcx.js';
import { buildStdTypeTables } from './tcx.js';

/**
 * The std model (std/*.rs) parsed, resolved and typed once per process. Every crate's
 * definition table extends `table` and every crate's type context reads `types` before its
 * own caches, so checking a file pays nothing for std beyond the items it actually uses.
 */
export interface StdModel {
  readonly files: readonly StdFile[];
  readonly table: DefTable;
  readonly types: StdTypeTables;
}

let model: StdModel | null = null;

export function stdModel(): StdModel {
  if (model === null) {
    const files = STD_SOURCES.map((s) => ({ name: s.name, crate: parse({ name: s.name, text: s.text }).crate }));
    const table = collectStdDefs(files);
    model = { files, table, types: buildStdTypeTables(table) };
  }
  return model;
}
