import { borrowck } from '../borrowck/index.js';
import { dedupHelps, reportBorrowck } from '../diagnostics/borrowck-report.js';
import { dedupIdentical } from '../diagnostics/dedup.js';
import { keptLateErrors, lintLevels, onceDefaultLevelNotes } from '../diagnostics/lint-levels.js';
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
  /** Measure each phase (for `npm run bench`); the figures land in `CheckOutput.phaseMs`. */
  readonly timePhases?: boolean;
}

/** Milliseconds spent per phase, when `CheckOptions.timePhases` is set. */
export interface PhaseTimes {
  parse: number;
  /** Name resolution, type collection and type checking of bodies. */
  analyze: number;
  mir: number;
  borrowck: number;
  /** Turning borrowck facts into diagnostics. */
  report: number;
}

export interface CheckOutput {
  readonly diagnostics: Diagnostic[];
  readonly crateType: 'bin' | 'lib';
  /** How many diagnostics are `error: internal: …` (a phase threw) and `error: unsupported: …`. */
  readonly internalErrors: number;
  readonly unsupported: number;
  readonly phaseMs: PhaseTimes | null;
}

/**
 * `borrowscope check`: parse → resolve/type-check → MIR → borrowck → messages. Never throws and
 * does no I/O. Like rustc, bodies with type errors are not borrow-checked, and a syntax error
 * stops before type checking.
 */
export function check(file: SourceFile, opts: CheckOptions): CheckOutput {
  const diags: Diagnostic[] = [];
  let crateType: 'bin' | 'lib' = opts.crateType === 'lib' ? 'lib' : 'bin';
  const times: PhaseTimes | null = opts.timePhases === true ? { parse: 0, analyze: 0, mir: 0, borrowck: 0, report: 0 } : null;
  try {
    runPipeline(file, opts, diags, times, (ct) => {
      crateType = ct;
    });
  } catch (err) {
    diags.push(internalError('check', err, null));
  }
  const diagnostics = dedupIdentical(dedupHelps(onceDefaultLevelNotes(diags)));
  return {
    diagnostics,
    crateType,
    internalErrors: diagnostics.filter(isInternal).length,
    unsupported: diagnostics.filter(isUnsupported).length,
    phaseMs: times,
  };
}

/** Runs `f`, adding its duration to `times[phase]` when timing is on. */
function timed<T>(times: PhaseTimes | null, phase: keyof PhaseTimes, f: () => T): T {
  if (times === null) return f();
  const t0 = performance.now();
  try {
    return f();
  } finally {
    times[phase] += performance.now() - t0;
  }
}

function runPipeline(file: SourceFile, opts: CheckOptions, diags: Diagnostic[], times: PhaseTimes | null, setCrateType: (ct: 'bin' | 'lib') => void): void {
  const parsed = timed(times, 'parse', () => guard('parsing', diags, () => parse(file, { edition: opts.edition ?? 2021 })));
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
  const program = timed(times, 'analyze', () => analyzeGuarded(parsed, file, diags));
  if (program === null) return;
  diags.push(...program.diagnostics);
  const built = timed(times, 'mir', () => guard('building MIR', diags, () => buildMir(program)));
  const lints = lintLevels(parsed.crate);
  if (built === null) return;
  diags.push(...built.diagnostics);
  for (const body of built.bodies) {
    const found = guard(`borrow checking \`${body.name}\``, diags, () => {
      const facts = timed(times, 'borrowck', () => borrowck(body, program.tcx, { polonius: opts.polonius === true }));
      return timed(times, 'report', () => reportBorrowck(facts, body, program.tcx, file, lints));
    });
    if (found === null) continue;
    diags.push(...found);
  }
  if (!diags.some((d) => d.level === 'error')) diags.push(...keptLateErrors(program.lateDiagnostics, lints));
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
