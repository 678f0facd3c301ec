import { buildMir } from '../mir/build/index.js';
import type { Body } from '../mir/mir.js';
import type { ParseResult } from '../syntax/ast.js';
import { parse } from '../syntax/parser.js';
import type { SourceFile, Span } from '../syntax/span.js';
import { analyze } from '../types/analyze.js';
import type { TypeContext } from '../types/context.js';
import type { Program } from '../types/program.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { debugStack } from '../util/debug.js';

/**
 * Phase plumbing shared by the entry points: every phase runs inside `guard`, so an exception
 * anywhere in the pipeline becomes one `error: internal: …` diagnostic instead of a crash.
 */
export function internalError(phase: string, err: unknown, span: Span | null): Diagnostic {
  const what = err instanceof Error ? err.message : String(err);
  debugStack(err);
  return {
    level: 'error',
    code: null,
    message: `internal: ${phase} failed: ${what}`,
    spans: span === null ? [] : [{ span, label: null, primary: true }],
    children: [],
  };
}

export function guard<T>(phase: string, diags: Diagnostic[], f: () => T): T | null {
  try {
    return f();
  } catch (err) {
    diags.push(internalError(phase, err, null));
    return null;
  }
}

export function isInternal(d: Diagnostic): boolean {
  return d.level === 'error' && d.code === null && d.message.startsWith('internal: ');
}

export function isUnsupported(d: Diagnostic): boolean {
  return d.level === 'error' && d.code === null && d.message.startsWith('unsupported: ');
}

/** Does the crate define a top-level `fn main`? */
export function hasMain(parsed: ParseResult): boolean {
  return parsed.crate.items.some((it) => it.kind === 'fn' && it.name.name === 'main');
}

/** rustc's crate name for a file: its stem with `-` turned into `_`. */
export function crateName(file: SourceFile): string {
  const base = file.name.split(/[\\/]/).pop() ?? file.name;
  return base.replace(/\.rs$/, '').replace(/-/g, '_');
}

/** E0601 as rustc words it: at the end of the last item, or a note for an empty file. */
export function missingMain(file: SourceFile): Diagnostic {
  const base = file.name.split(/[\\/]/).pop() ?? file.name;
  const message = `\`main\` function not found in crate \`${crateName(file)}\``;
  const note = `consider adding a \`main\` function to \`${base}\``;
  const end = file.text.trimEnd().length;
  if (end === 0) {
    return { level: 'error', code: 'E0601', message, spans: [], children: [{ level: 'note', message: note, spans: [], suggestions: [] }] };
  }
  return { level: 'error', code: 'E0601', message, spans: [{ span: { lo: end, hi: end }, label: note, primary: true }], children: [] };
}

/** The type checker's entry point, typed so the driver can treat a refusal like any phase result. */
export function runAnalyze(parsed: ParseResult, file: SourceFile): Program | Diagnostic {
  return analyze(parsed, file);
}

/** Parse → type check → MIR, for the entry points that study bodies (`mir`, `facts`, `check --compare`); null after a failure reported in `diags`. */
export function bodiesOf(file: SourceFile, diags: Diagnostic[], edition: 2015 | 2018 | 2021 | 2024 = 2021): { readonly bodies: readonly Body[]; readonly tcx: TypeContext } | null {
  const parsed = guard('parsing', diags, () => parse(file, { edition }));
  if (parsed === null) return null;
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors) diags.push({ level: 'error', code: null, message: e.message, spans: [{ span: e.span, label: e.label, primary: true }], children: [] });
    return null;
  }
  const program = guard('type checking', diags, () => runAnalyze(parsed, file));
  if (program === null) return null;
  if ('level' in program) { diags.push(program); return null; }
  diags.push(...program.diagnostics);
  const built = guard('building MIR', diags, () => buildMir(program));
  if (built === null) return null;
  diags.push(...built.diagnostics);
  return { bodies: built.bodies, tcx: program.tcx };
}
