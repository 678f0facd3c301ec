import { run } from './proc.js';
import { BORROWCK_CODES, parseJsonErrors, type Reported } from './report.js';

export type RustcVerdict =
  | { readonly kind: 'accept' }
  | { readonly kind: 'reject'; readonly errors: readonly Reported[] }
  /** Errors outside borrow checking, or none with a code: the generator made an ill-typed program. */
  | { readonly kind: 'invalid'; readonly reason: string; readonly errors: readonly Reported[] };

/** `polonius`: judge with `-Zpolonius=next` (nightly flag, enabled on stable with RUSTC_BOOTSTRAP). */
export async function rustc(file: string, outFile: string, polonius = false): Promise<RustcVerdict> {
  const args = ['--edition', '2021', '--error-format=json', '--emit=metadata', '--crate-name', 'fuzzprog', '-o', outFile, file];
  if (polonius) args.push('-Zpolonius=next');
  const r = await run('rustc', args, 60_000, polonius ? { ...process.env, RUSTC_BOOTSTRAP: '1' } : undefined);
  if (r.timedOut) return { kind: 'invalid', reason: 'rustc timed out', errors: [] };
  const errors = parseJsonErrors(r.stderr);
  if (errors.length === 0) {
    return r.status === 0 ? { kind: 'accept' } : { kind: 'invalid', reason: `rustc exit ${r.status} without errors`, errors };
  }
  const bad = errors.find((e) => e.code === null || !BORROWCK_CODES.has(e.code));
  if (bad !== undefined) {
    const reason = bad.code ?? `no code: ${bad.message.replace(/`[^`]*`/g, '`_`').slice(0, 60)}`;
    return { kind: 'invalid', reason, errors };
  }
  return { kind: 'reject', errors };
}
