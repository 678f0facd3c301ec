import type { Attribute } from './ast.js';
import type { TokenTree } from './token.js';

/**
 * Conditional compilation as rustc 1.95 evaluates it for its default target when run without
 * options (`rustc --print cfg` on x86_64-unknown-linux-gnu): no `--test`, no `--cfg`, so every
 * Cargo feature and custom name is unset. Items whose `#[cfg]` is false are dropped by the parser,
 * as rustc's cfg-stripping drops them before name resolution.
 */
const NAMES = new Set(['debug_assertions', 'unix']);
const VALUES = new Map<string, readonly string[]>([
  ['panic', ['unwind']],
  ['target_abi', ['']],
  ['target_arch', ['x86_64']],
  ['target_endian', ['little']],
  ['target_env', ['gnu']],
  ['target_family', ['unix']],
  ['target_feature', ['fxsr', 'sse', 'sse2']],
  ['target_has_atomic', ['8', '16', '32', '64', 'ptr']],
  ['target_os', ['linux']],
  ['target_pointer_width', ['64']],
  ['target_vendor', ['unknown']],
]);

/** Top-level comma-separated pieces of a token list. */
export function splitCommas(trees: readonly TokenTree[]): TokenTree[][] {
  const out: TokenTree[][] = [];
  let cur: TokenTree[] = [];
  for (const t of trees) {
    if (t.kind === 'token' && t.token.kind === 'punct' && t.token.text === ',') {
      out.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** The value of one configuration predicate, or null if it is not well-formed. */
export function evalCfgPredicate(trees: readonly TokenTree[]): boolean | null {
  const head = trees[0];
  if (head === undefined || head.kind !== 'token' || head.token.kind !== 'ident') return null;
  const name = head.token.text;
  if (trees.length === 1) {
    if (name === 'true') return true;
    if (name === 'false') return false;
    return NAMES.has(name);
  }
  const second = trees[1]!;
  if (trees.length === 2 && second.kind === 'group' && second.delim === '(') {
    const parts = splitCommas(second.trees).map(evalCfgPredicate);
    if (parts.some((v) => v === null)) return null;
    switch (name) {
      case 'all': return parts.every((v) => v === true);
      case 'any': return parts.some((v) => v === true);
      case 'not': return parts.length === 1 ? !parts[0]! : null;
      default: return null;
    }
  }
  if (trees.length === 3 && second.kind === 'token' && second.token.text === '=') {
    const lit = trees[2]!;
    if (lit.kind !== 'token' || lit.token.kind !== 'str' || lit.token.text.startsWith('r')) return null;
    const value = lit.token.text.slice(1, -1);
    return (VALUES.get(name) ?? []).includes(value);
  }
  return null;
}

/** The predicate of a `cfg(…)` attribute's or `cfg!(…)` macro's arguments (`(` group). */
export function evalCfgArgs(args: readonly TokenTree[]): boolean | null {
  const g = args[0];
  if (args.length !== 1 || g === undefined || g.kind !== 'group' || g.delim !== '(') return null;
  const parts = splitCommas(g.trees);
  if (parts.length !== 1) return null;
  return evalCfgPredicate(parts[0]!);
}

/**
 * Whether rustc drops the node carrying these attributes: a false `#[cfg]`, or `#[test]` (the
 * test harness is not built without `--test`, so test functions are never checked).
 */
export function isCfgStripped(attrs: readonly Attribute[]): boolean {
  for (const a of attrs) {
    if (a.path === 'cfg' && evalCfgArgs(a.args) === false) return true;
    if (a.path === 'test' && a.style === 'outer' && a.args.length === 0) return true;
  }
  return false;
}

/**
 * `#[cfg_attr(pred, a, b(…))]`: the attributes it stands for (`a`, `b(…)`) when `pred` holds,
 * none when it does not; null when it is not well-formed (kept as written).
 */
export function expandCfgAttr(a: Attribute): Attribute[] | null {
  const g = a.args[0];
  if (a.args.length !== 1 || g === undefined || g.kind !== 'group' || g.delim !== '(') return null;
  const parts = splitCommas(g.trees);
  if (parts.length < 1) return null;
  const pred = evalCfgPredicate(parts[0]!);
  if (pred === null) return null;
  if (!pred) return [];
  const out: Attribute[] = [];
  for (const part of parts.slice(1)) {
    const names: string[] = [];
    let i = 0;
    while (i < part.length) {
      const t = part[i]!;
      if (t.kind === 'token' && t.token.kind === 'ident') names.push(t.token.text);
      else if (!(t.kind === 'token' && t.token.text === '::')) break;
      i++;
    }
    if (names.length === 0) return null;
    const attr: Attribute = { style: a.style, path: names.join('::'), args: part.slice(i), span: a.span };
    if (attr.path === 'cfg_attr') {
      const nested = expandCfgAttr(attr);
      if (nested === null) out.push(attr);
      else out.push(...nested);
    } else out.push(attr);
  }
  return out;
}
