import type { BsResult } from './borrowscope.js';
import type { Reported } from './report.js';

/**
 * How borrowscope's answer relates to rustc's on a program rustc judged on borrow checking alone.
 * `key` names the first difference (`missed:E0502`, `invented:E0499`, `line:E0382`,
 * `internal:…`); the shrinker keeps a candidate only while its key stays the same.
 */
export type Outcome =
  | { readonly kind: 'exact' }
  /** Same codes, some on other lines. */
  | { readonly kind: 'lines'; readonly key: string }
  /** Both reject, with different codes. */
  | { readonly kind: 'codes'; readonly key: string }
  /** One accepts, the other rejects. */
  | { readonly kind: 'verdict'; readonly key: string }
  /** borrowscope said `unsupported` and invented nothing. */
  | { readonly kind: 'unsupported'; readonly what: string }
  /** borrowscope crashed, timed out or reported an internal error. */
  | { readonly kind: 'crash'; readonly key: string };

function codeOf(e: Reported): string {
  return e.code ?? `nocode(${e.message.replace(/`[^`]*`/g, '_').slice(0, 40)})`;
}

function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out.sort();
}

function normalise(message: string): string {
  return message.replace(/`[^`]*`/g, '_').replace(/\d+/g, 'N').slice(0, 50);
}

export function compare(rustcErrors: readonly Reported[], bs: BsResult): Outcome {
  if (bs.failure !== null) return { kind: 'crash', key: `failure:${normalise(bs.failure)}` };
  const firstInternal = bs.internal[0];
  if (firstInternal !== undefined) return { kind: 'crash', key: `internal:${normalise(firstInternal.message)}` };
  const r = rustcErrors.map(codeOf);
  const b = bs.errors.map(codeOf);
  const missing = multisetMinus(r, b);
  const extra = multisetMinus(b, r);
  const firstUnsupported = bs.unsupported[0];
  if (firstUnsupported !== undefined) {
    // Missing errors are allowed next to `unsupported`; invented ones never are.
    const invented = bs.errors.filter((e) => !rustcErrors.some((x) => x.code === e.code && x.line === e.line));
    const inv = invented[0];
    if (inv !== undefined) return { kind: rustcErrors.length === 0 ? 'verdict' : 'codes', key: `invented:${codeOf(inv)}` };
    return { kind: 'unsupported', what: normalise(firstUnsupported.message.replace(/^unsupported: /, '')) };
  }
  const verdictDiffers = (r.length === 0) !== (b.length === 0);
  const first = missing[0] !== undefined ? `missed:${missing[0]}` : extra[0] !== undefined ? `invented:${extra[0]}` : null;
  if (first !== null) return { kind: verdictDiffers ? 'verdict' : 'codes', key: first };
  const key = (e: Reported): string => `${codeOf(e)}@${e.line}`;
  const rl = rustcErrors.map(key);
  const bl = bs.errors.map(key);
  const lineMiss = multisetMinus(rl, bl)[0] ?? multisetMinus(bl, rl)[0];
  if (lineMiss !== undefined) return { kind: 'lines', key: `line:${lineMiss.split('@')[0] ?? ''}` };
  return { kind: 'exact' };
}

export function outcomeKey(o: Outcome): string | null {
  switch (o.kind) {
    case 'exact':
    case 'unsupported':
      return null;
    case 'lines':
    case 'codes':
    case 'verdict':
    case 'crash':
      return o.key;
    default:
      return assertNever(o);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
}
