import { borrowck } from '../borrowck/index.js';
import { reportBorrowck } from '../diagnostics/borrowck-report.js';
import { buildMir } from '../mir/build/index.js';
import type { ParseResult } from '../syntax/ast.js';
import { parse } from '../syntax/parser.js';
import type { SourceFile } from '../syntax/span.js';
import type { Program } from '../types/program.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { type Edition, syntaxDiagnostic } from './parse.js';
import { guard, hasMain, internalError, isInternal, isUnsupported, missingMain, runAnalyze } from './phases.js';

export interface CheckOptions {
  /** 'auto': a file without `fn main` is a library, as the UI tests and corpus expect. */
  readonly crateType: 'bin' | 'lib' | 'auto';
  /** Judge as `-Zpolonius=next` would. */
  readonly polonius?: boolean;
  /** The edition the file is parsed under; 2021 when absent. */
  readonly edition?: Edition;
}

export interface CheckOutput {
  readonly diagnostics: Diagnostic[];
  readonly crateType: 'bin' | 'lib';
  /** How many diagnostics are `error: internal: …` (a phase threw) and `error: unsupported: …`. */
  readonly internalErrors: number;
  readonly unsupported: number;
}

/**
 * `borrowscope check`: parse → resolve/type-check → MIR → borrowck → messages. Never throws and
 * does no I/O. Like rustc, bodies with type errors are not borrow-checked, and a syntax error
 * stops before type checking.
 */
export function check(file: SourceFile, opts: CheckOptions): CheckOutput {
  const diags: Diagnostic[] = [];
  let crateType: 'bin' | 'lib' = opts.crateType === 'lib' ? 'lib' : 'bin';
  try {
    runPipeline(file, opts, diags, (ct) => {
      crateType = ct;
    });
  } catch (err) {
    diags.push(internalError('check', err, null));
  }
  return {
    diagnostics: diags,
    crateType,
    internalErrors: diags.filter(isInternal).length,
    unsupported: diags.filter(isUnsupported).length,
  };
}

function runPipeline(file: SourceFile, opts: CheckOptions, diags: Diagnostic[], setCrateType: (ct: 'bin' | 'lib') => void): void {
  const parsed = guard('parsing', diags, () => parse(file, { edition: opts.edition ?? 2021 }));
  if (parsed === null) return;
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors) diags.push(syntaxDiagnostic(e));
    return;
  }
  // `#![crate_type = "lib"]` in the file decides when the command line names no type, as in rustc.
  const declared = declaredCrateType(parsed);
  const crateType = opts.crateType === 'lib' ? 'lib' : declared ?? (opts.crateType === 'auto' ? (hasMain(parsed) ? 'bin' : 'lib') : opts.crateType);
  setCrateType(crateType);
  // rustc looks for the entry point before type checking, so E0601 comes first.
  if (crateType === 'bin' && !hasMain(parsed)) diags.push(missingMain(file));
  const program = analyzeGuarded(parsed, file, diags);
  if (program === null) return;
  diags.push(...program.diagnostics);
  const built = guard('building MIR', diags, () => buildMir(program));
  if (built === null) return;
  diags.push(...built.diagnostics);
  for (const body of built.bodies) {
    const found = guard(`borrow checking \`${body.name}\``, diags, () => reportBorrowck(borrowck(body, program.tcx, { polonius: opts.polonius === true }), body, program.tcx, file));
    if (found === null) continue;
    diags.push(...found);
  }
}

/** The crate type a `#![crate_type = "…"]` attribute names: any library kind counts as `lib`. */
function declaredCrateType(parsed: ParseResult): 'bin' | 'lib' | null {
  for (const a of parsed.crate.attrs) {
    if (a.path !== 'crate_type') continue;
    const value = a.args.map((t) => (t.kind === 'token' ? t.token.text : '')).join('');
    const m = /"([a-z-]+)"/.exec(value);
    if (m === null) continue;
    return m[1] === 'bin' ? 'bin' : 'lib';
  }
  return null;
}

function analyzeGuarded(parsed: ParseResult, file: SourceFile, diags: Diagnostic[]): Program | null {
  const r = guard('type checking', diags, () => runAnalyze(parsed, file));
  if (r === null) return null;
  if ('level' in r) {
    diags.push(r);
    return null;
  }
  return r;
}
