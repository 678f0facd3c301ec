import { parse } from '../../src/syntax/parser.js';
import { analyze } from '../../src/types/analyze.js';
import type { Program } from '../../src/types/program.js';
import type { BodyTypes } from '../../src/types/results.js';
import { primarySpan } from '../../src/util/diagnostic.js';

export function program(text: string): Program {
  const file = { name: 'src/main.rs', text };
  return analyze(parse(file), file);
}

/** `CODE line:col message` for every diagnostic, as rustc would place it. */
export function errors(text: string): string[] {
  const p = program(text);
  return p.diagnostics.map((d) => {
    const lo = primarySpan(d)?.lo ?? 0;
    const line = text.slice(0, lo).split('\n').length;
    const col = lo - text.lastIndexOf('\n', lo - 1);
    return `${d.code ?? 'unsupported'} ${line}:${col} ${d.message}`;
  });
}

/** The body of the fn named `name`. */
export function body(p: Program, name: string): BodyTypes {
  const b = p.bodies.find((x) => p.tcx.defPath(x.def) === name);
  if (!b) throw new Error(`no body ${name}`);
  return b.types;
}

/** NodeId of the first expression whose source text is exactly `snippet` (searching the AST). */
export function exprId(p: Program, snippet: string, kind?: string): number {
  let found = -1;
  const walk = (o: unknown): void => {
    if (found >= 0 || !o || typeof o !== 'object') return;
    const n = o as { id?: number; span?: { lo: number; hi: number }; kind?: string };
    if (typeof n.id === 'number' && n.span && n.kind && (!kind || n.kind === kind) && p.file.text.slice(n.span.lo, n.span.hi) === snippet) {
      found = n.id;
      return;
    }
    for (const v of Object.values(o)) walk(v);
  };
  walk(p.crate.items);
  return found;
}
