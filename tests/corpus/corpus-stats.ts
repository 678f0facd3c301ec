import { buildLineIndex, position } from '../../src/diagnostics/line-index.js';
import { isInternal, isUnsupported } from '../../src/driver/phases.js';
import type { Diagnostic } from '../../src/util/diagnostic.js';
import { primarySpan } from '../../src/util/diagnostic.js';
/**
 * Agreement between borrowscope and rustc's recorded verdicts on a corpus: the figures
 * `npm run corpus` prints. Pure functions over already-computed results.
 */
export interface ExpectedError {
  /** null for rustc's errors without a code ("lifetime may not live long enough"). */
  readonly code: string | null;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface ExpectedProgram {
  readonly compiles: boolean;
  readonly errors: readonly ExpectedError[];
  readonly polonius_errors?: readonly ExpectedError[];
  /** Errors without a code (`lifetime may not live long enough`): rustc rejects the program all the same. */
  readonly uncoded_errors?: readonly UncodedError[];
  readonly polonius_uncoded_errors?: readonly UncodedError[];
}

export interface UncodedError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * Every error rustc reported, coded or not: an uncoded error on a line is compared like a code,
 * so that agreeing on "lifetime may not live long enough" counts and missing it does not.
 */
/**
 * The crate type the oracle (shared/tools/oracle.mjs) compiled a program as: a file whose text
 * has no `fn main(` was checked with `--crate-type lib`, so rustc never reported E0601 for it.
 */
export function oracleCrateType(text: string): 'bin' | 'lib' {
  return /\bfn\s+main\s*\(/.test(text) ? 'bin' : 'lib';
}

export function expectedErrors(exp: ExpectedProgram, polonius: boolean): { readonly errors: readonly ExpectedError[]; readonly compiles: boolean } {
  const coded = polonius ? (exp.polonius_errors ?? exp.errors) : exp.errors;
  const uncoded = (polonius ? (exp.polonius_uncoded_errors ?? exp.uncoded_errors) : exp.uncoded_errors) ?? [];
  const errors = [...coded, ...uncoded.map((u) => ({ code: null, line: u.line, column: u.column, message: u.message }))];
  return { errors, compiles: polonius ? errors.length === 0 : exp.compiles };
}

export interface OurError {
  readonly code: string | null;
  readonly line: number;
  readonly message: string;
}

export type Status = 'crash' | 'unsupported' | 'judged';

export interface ProgramResult {
  readonly name: string;
  readonly status: Status;
  readonly sameVerdict: boolean;
  readonly sameCodes: boolean;
  readonly sameLines: boolean;
  /** rustc rejects, borrowscope reports nothing: the worst outcome. */
  readonly falseAccept: boolean;
  /** rustc accepts, borrowscope reports an error with a code: an invented error. */
  readonly falseReject: boolean;
  readonly expected: readonly ExpectedError[];
  readonly ours: readonly OurError[];
  readonly ms: number;
}

/** Judge one program from the diagnostics `check` returned for it: its status and (code, line) errors. */
export function judgeDiagnostics(name: string, text: string, diagnostics: readonly Diagnostic[], exp: readonly ExpectedError[], compiles: boolean, ms: number): ProgramResult {
  const idx = buildLineIndex(text);
  const errors = diagnostics.filter((d) => d.level === 'error');
  const status: Status = errors.some(isInternal) ? 'crash' : errors.some(isUnsupported) ? 'unsupported' : 'judged';
  const ours: OurError[] = errors.map((d) => {
    const sp = primarySpan(d);
    return { code: d.code, line: sp === null ? 0 : position(idx, sp.lo).line, message: d.message };
  });
  return judge(name, exp, compiles, ours, status, ms);
}

const sortedKeys = (xs: readonly string[]): string => [...xs].sort().join(',');

export function judge(name: string, exp: ExpectedError[] | readonly ExpectedError[], compiles: boolean, ours: readonly OurError[], status: Status, ms: number): ProgramResult {
  const ourReject = ours.length > 0;
  const sameVerdict = status === 'judged' && ourReject === !compiles;
  const sameCodes = status === 'judged' && sortedKeys(exp.map((e) => e.code ?? '(none)')) === sortedKeys(ours.map((o) => o.code ?? '(none)'));
  const sameLines = status === 'judged' && sortedKeys(exp.map((e) => `${e.code ?? '(none)'}@${e.line}`)) === sortedKeys(ours.map((o) => `${o.code ?? '(none)'}@${o.line}`));
  return {
    name,
    status,
    sameVerdict,
    sameCodes,
    sameLines,
    falseAccept: !compiles && !ourReject,
    falseReject: compiles && ours.some((o) => o.code !== null),
    expected: exp,
    ours,
    ms,
  };
}

export function summarize(title: string, results: readonly ProgramResult[]): string {
  const n = results.length;
  const count = (f: (r: ProgramResult) => boolean): number => results.filter(f).length;
  const pct = (k: number): string => (n === 0 ? '' : ` (${Math.round((100 * k) / n)}%)`);
  const row = (label: string, k: number): string => `  ${label.padEnd(44)} ${String(k).padStart(4)}/${n}${pct(k)}`;
  const judged = count((r) => r.status === 'judged');
  return [
    `${title}: ${n} programs, ${judged} judged`,
    row('same verdict', count((r) => r.sameVerdict)),
    row('same error-code multiset', count((r) => r.sameCodes)),
    row('same codes on the same lines', count((r) => r.sameLines)),
    row('crashes (internal errors)', count((r) => r.status === 'crash')),
    row('unsupported', count((r) => r.status === 'unsupported')),
    row('accepted, rustc rejects (worst)', count((r) => r.falseAccept)),
    row('rejected with a code, rustc accepts', count((r) => r.falseReject)),
  ].join('\n');
}

export function programLine(r: ProgramResult): string {
  const fmt = (xs: readonly { code: string | null; line: number }[]): string => (xs.length === 0 ? '-' : xs.map((x) => `${x.code ?? '(none)'}@${x.line}`).join(' '));
  const tag = r.status === 'crash' ? 'CRASH' : r.status === 'unsupported' ? 'UNSUP' : r.falseAccept ? 'MISS!' : r.falseReject ? 'EXTRA' : r.sameLines ? 'ok' : 'DIFF';
  let line = `${tag.padEnd(6)}${r.name.padEnd(52)} rustc: ${fmt(r.expected)}   ours: ${fmt(r.ours)}`;
  if (r.status !== 'judged') {
    const first = r.ours.find((o) => o.code === null);
    if (first) line += `\n        ${first.message}`;
  }
  return line;
}
