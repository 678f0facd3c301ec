import type { GenericArg, GenericArgs, Path, PathSegment, QSelf, TypeExpr } from '../ast.js';
import { parseBounds, parseType } from './types.js';
import { parseConstArg } from './expr.js';
import {
  at,
  atSplit,
  bump,
  eat,
  eatSplit,
  errorExpected,
  expectSplit,
  identOf,
  isKeywordText,
  isPunct,
  peek,
  spanFrom,
  type Parser,
} from './state.js';

/**
 * Path styles: in expressions and patterns generic arguments need the turbofish `::<`; in types
 * `<` opens them directly and `Fn(A) -> B` sugar is allowed; module paths (use, vis) take none.
 */
export type PathStyle = 'expr' | 'type' | 'mod';

const PATH_KEYWORDS = new Set(['self', 'Self', 'super', 'crate']);

export function isPathSegmentTok(p: Parser, k: number): boolean {
  const t = peek(p, k);
  if (t.kind !== 'ident') return false;
  return PATH_KEYWORDS.has(t.text) || !isKeywordText(t.text, p.edition);
}

/** Whether a path (possibly qualified or global) starts here. */
export function atPathStart(p: Parser): boolean {
  const t = peek(p);
  if (t.kind === 'ident') return isPathSegmentTok(p, 0) && t.text !== '_';
  return isPunct(t, '::') || isPunct(t, '<') || isPunct(t, '<<');
}

export interface QPath {
  readonly qself: QSelf | null;
  readonly path: Path;
}

/** A path, possibly starting with a qualified self `<T as Trait>::`. */
export function parseQPath(p: Parser, style: PathStyle): QPath {
  if (!atSplit(p, '<')) return { qself: null, path: parsePath(p, style) };
  const lo = peek(p).span.lo;
  eatSplit(p, '<');
  const ty = parseType(p, true);
  let traitSegs: PathSegment[] = [];
  let global = false;
  if (peek(p).kind === 'ident' && peek(p).text === 'as') {
    bump(p);
    const tp = parsePath(p, 'type');
    traitSegs = tp.segments.slice();
    global = tp.global;
  }
  expectSplit(p, '>');
  const qself: QSelf = { ty, position: traitSegs.length, span: spanFrom(p, lo) };
  const segs = traitSegs;
  if (!eat(p, '::')) errorExpected(p, '`::`');
  parseSegments(p, style, segs);
  return { qself, path: { global, segments: segs, span: spanFrom(p, lo) } };
}

export function parsePath(p: Parser, style: PathStyle): Path {
  const lo = peek(p).span.lo;
  const global = eat(p, '::');
  const segs: PathSegment[] = [];
  parseSegments(p, style, segs);
  return { global, segments: segs, span: spanFrom(p, lo) };
}

function parseSegments(p: Parser, style: PathStyle, segs: PathSegment[]): void {
  for (;;) {
    const t = peek(p);
    if (!isPathSegmentTok(p, 0)) {
      errorExpected(p, 'identifier');
      return;
    }
    bump(p);
    const ident = identOf(t);
    let args: GenericArgs | null = null;
    if (style === 'type') {
      if (atSplit(p, '<') && !at(p, '<=') && !at(p, '<<=') && !p.noAngleArgs) args = parseAngleArgs(p);
      else if (at(p, '::') && isPunct(peek(p, 1), '<')) {
        bump(p);
        args = parseAngleArgs(p);
      } else if (at(p, '(')) args = parseParenArgs(p);
    } else if (style === 'expr') {
      if (at(p, '::') && (isPunct(peek(p, 1), '<') || isPunct(peek(p, 1), '<<'))) {
        bump(p);
        args = parseAngleArgs(p);
      }
    }
    segs.push({ ident, args });
    // Continue only on `::` followed by a segment: `a::*` and `a::{` belong to use trees.
    if (at(p, '::') && isPathSegmentTok(p, 1)) {
      bump(p);
      continue;
    }
    if (style === 'type' && args !== null && at(p, '::') && peek(p, 1).kind === 'ident') {
      bump(p);
      continue;
    }
    return;
  }
}

/** `<A, B, Item = C>` with the cursor at `<` (or `<<`, split). */
export function parseAngleArgs(p: Parser): GenericArgs {
  const lo = peek(p).span.lo;
  eatSplit(p, '<');
  const args: GenericArg[] = [];
  while (!atSplit(p, '>') && peek(p).kind !== 'eof') {
    args.push(parseGenericArg(p));
    if (!eat(p, ',')) break;
  }
  expectSplit(p, '>');
  return { kind: 'angle', args, span: spanFrom(p, lo) };
}

function parseGenericArg(p: Parser): GenericArg {
  const t = peek(p);
  if (t.kind === 'lifetime') {
    bump(p);
    return { kind: 'lifetime', lifetime: { name: t.text, span: t.span } };
  }
  if (t.kind === 'ident' && !isKeywordText(t.text, p.edition)) {
    const n1 = peek(p, 1);
    if (isPunct(n1, '=')) {
      bump(p);
      bump(p);
      return { kind: 'binding', name: identOf(t), args: null, ty: parseType(p, true) };
    }
    if (isPunct(n1, ':')) {
      bump(p);
      bump(p);
      return { kind: 'constraint', name: identOf(t), bounds: parseBounds(p) };
    }
    if ((isPunct(n1, '<') || isPunct(n1, '(')) && isGatBinding(p)) {
      bump(p);
      const gargs = isPunct(n1, '<') ? parseAngleArgs(p) : parseParenArgs(p);
      if (eat(p, '=')) return { kind: 'binding', name: identOf(t), args: gargs, ty: parseType(p, true) };
      bump(p); // ':'
      return { kind: 'constraint', name: identOf(t), bounds: parseBounds(p) };
    }
  }
  if (t.kind === 'int' || t.kind === 'float' || t.kind === 'str' || t.kind === 'char' || t.kind === 'byte' ||
      t.kind === 'byteStr' || t.kind === 'cStr' || isPunct(t, '-') || isPunct(t, '{') ||
      (t.kind === 'ident' && (t.text === 'true' || t.text === 'false'))) {
    return { kind: 'const', expr: parseConstArg(p) };
  }
  return { kind: 'type', ty: parseType(p, true) };
}

/** `Item<'a> = T` (generic associated type binding): scan to the matching `>` and look for `=` or `:`. */
function isGatBinding(p: Parser): boolean {
  const open = peek(p, 1);
  if (isPunct(open, '(')) {
    const close = p.closeOf[p.pos + 1] ?? -1;
    if (close < 0) return false;
    const after = p.toks[close + 1];
    return after !== undefined && (isPunct(after, '=') || isPunct(after, ':'));
  }
  let depth = 0;
  for (let i = p.pos + 1; i < p.end && i < p.pos + 64; i++) {
    const t = p.toks[i]!;
    if (t.kind !== 'punct') continue;
    if (t.text === '<') depth++;
    else if (t.text === '>') depth--;
    else if (t.text === '>>') depth -= 2;
    else if (t.text === '(' || t.text === '[' || t.text === '{' || t.text === ';') return false;
    if (depth < 0) return false;
    if (depth === 0) {
      const after = p.toks[i + 1];
      return after !== undefined && (isPunct(after, '=') || (isPunct(after, ':') && !isPunct(after, '::')));
    }
  }
  return false;
}

/** `(A, B) -> C` of `Fn(A, B) -> C`. */
export function parseParenArgs(p: Parser): GenericArgs {
  const lo = peek(p).span.lo;
  bump(p); // (
  const inputs: TypeExpr[] = [];
  while (!at(p, ')') && peek(p).kind !== 'eof') {
    inputs.push(parseType(p, true));
    if (!eat(p, ',')) break;
  }
  expectSplit(p, ')');
  let output: TypeExpr | null = null;
  if (eat(p, '->')) output = parseType(p, false);
  return { kind: 'paren', inputs, output, span: spanFrom(p, lo) };
}
