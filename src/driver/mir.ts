import type { Body } from '../mir/mir.js';
import { printMir } from '../mir/pretty.js';
import type { SourceFile } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { bodiesOf, guard, internalError } from './phases.js';

export interface MirOutput {
  /** The MIR of every body, closures after their parent, as rustc's `-Zunpretty=mir` prints it. */
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

/** `borrowscope mir`: the pipeline up to MIR, printed. Never throws, does no I/O. */
export function mir(file: SourceFile): MirOutput {
  const diags: Diagnostic[] = [];
  const parts: string[] = [];
  try {
    const got = bodiesOf(file, diags);
    if (got === null) return { text: '', diagnostics: diags };
    const print = (body: Body, tcx: TypeContext): void => {
      const text = guard(`printing MIR of \`${body.name}\``, diags, () => printMir(body, tcx));
      if (text !== null) parts.push(text);
      for (const child of body.children) print(child, tcx);
    };
    for (const body of got.bodies) print(body, got.tcx);
  } catch (err) {
    diags.push(internalError('mir', err, null));
  }
  return { text: parts.join('\n'), diagnostics: diags };
}
