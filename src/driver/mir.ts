import { buildMir } from '../mir/build/index.js';
import type { Body } from '../mir/mir.js';
import { printMir } from '../mir/pretty.js';
import { parse } from '../syntax/parser.js';
import type { SourceFile } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { guard, internalError, runAnalyze } from './phases.js';

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
    const parsed = guard('parsing', diags, () => parse(file));
    if (parsed === null) return { text: '', diagnostics: diags };
    if (parsed.errors.length > 0) {
      for (const e of parsed.errors) diags.push({ level: 'error', code: null, message: e.message, spans: [{ span: e.span, label: e.label, primary: true }], children: [] });
      return { text: '', diagnostics: diags };
    }
    const program = guard('type checking', diags, () => runAnalyze(parsed, file));
    if (program === null) return { text: '', diagnostics: diags };
    if ('level' in program) return { text: '', diagnostics: [...diags, program] };
    diags.push(...program.diagnostics);
    const built = guard('building MIR', diags, () => buildMir(program));
    if (built === null) return { text: '', diagnostics: diags };
    diags.push(...built.diagnostics);
    const print = (body: Body, tcx: TypeContext): void => {
      const text = guard(`printing MIR of \`${body.name}\``, diags, () => printMir(body, tcx));
      if (text !== null) parts.push(text);
      for (const child of body.children) print(child, tcx);
    };
    for (const body of built.bodies) print(body, program.tcx);
  } catch (err) {
    diags.push(internalError('mir', err, null));
  }
  return { text: parts.join('\n'), diagnostics: diags };
}
