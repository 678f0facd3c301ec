import type { Expr, FieldPat, Pat } from '../ast.js';
import { ignoreLitError, litFromToken } from '../literals.js';
import { parseOuterAttrs } from './attrs.js';
import { isCfgStripped } from '../cfg.js';
import { parseBlockExpr } from './expr-primary.js';
import { parseMacCall } from './macro-call.js';
import { atPathStart, parseQPath, type QPath } from './paths.js';
import {
  at,
  atKw,
  atSplit,
  bump,
  describe,
  eat,
  eatKw,
  eatSplit,
  enter,
  error,
  errorExpected,
  expect,
  foundSpan,
  identOf,
  isKeywordText,
  isNameTok,
  isPunct,
  leave,
  nid,
  peek,
  skipTree,
  spanFrom,
  type Parser,
} from './state.js';

/** A pattern with top-level alternatives (`A | B`, leading `|` allowed): let, match arms. */
export function parsePat(p: Parser): Pat {
  const lo = peek(p).span.lo;
  const leading = at(p, '|');
  if (leading) bump(p);
  const first = parsePatNoTop(p);
  if (!at(p, '|')) return first;
  const alts: Pat[] = [first];
  while (at(p, '|')) {
    bump(p);
    alts.push(parsePatNoTop(p));
  }
  return { kind: 'or', id: nid(p), alts, span: spanFrom(p, leading ? first.span.lo : lo) };
}

/** A pattern without top-level `|` (function and closure parameters). */
export function parsePatNoTop(p: Parser): Pat {
  const lo = peek(p).span.lo;
  if (!enter(p)) {
    skipTree(p);
    return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
  }
  try {
    return parsePatInner(p, lo);
  } finally {
    leave(p);
  }
}

function isLitTok(p: Parser, k: number): boolean {
  const t = peek(p, k);
  switch (t.kind) {
    case 'int': case 'float': case 'str': case 'byteStr': case 'cStr': case 'char': case 'byte':
      return true;
    case 'ident':
      return t.text === 'true' || t.text === 'false';
    default:
      return false;
  }
}

function parseLitExpr(p: Parser): Expr {
  const t = peek(p);
  const lo = t.span.lo;
  if (isPunct(t, '-')) {
    bump(p);
    const operand = parseLitExpr(p);
    return { kind: 'unary', id: nid(p), op: 'neg', operand, span: spanFrom(p, lo) };
  }
  bump(p);
  const lit = litFromToken(t, t.kind === 'int' || t.kind === 'float' ? (m, a, b, l) => error(p, m, { lo: a, hi: b }, l ?? null) : ignoreLitError);
  return { kind: 'lit', id: nid(p), lit, span: t.span };
}

function atRangeOp(p: Parser): boolean {
  return at(p, '..=') || at(p, '...') || at(p, '..');
}

/** A range-pattern bound: literal, `-literal`, or path. */
function parseRangeEnd(p: Parser): Expr | null {
  const lo = peek(p).span.lo;
  if (isLitTok(p, 0) || (at(p, '-') && isLitTok(p, 1))) return parseLitExpr(p);
  if (atPathStart(p)) {
    const { qself, path } = parseQPath(p, 'expr');
    return { kind: 'path', id: nid(p), qself, path, span: spanFrom(p, lo) };
  }
  if (at(p, '{') || atKw(p, 'const')) {
    eatKw(p, 'const');
    return parseBlockExpr(p, lo, null, 'const');
  }
  return null;
}

function atRangeEndStart(p: Parser): boolean {
  return isLitTok(p, 0) || (at(p, '-') && isLitTok(p, 1)) || atPathStart(p);
}

function finishRange(p: Parser, lo: number, loExpr: Expr | null): Pat {
  const op = bump(p).text;
  const inclusive = op !== '..';
  let hi: Expr | null = null;
  if (inclusive || atRangeEndStart(p)) {
    hi = parseRangeEnd(p);
    if (hi === null) error(p, `expected a pattern range bound, found ${describe(peek(p))}`, peek(p).span, null);
  }
  return { kind: 'range', id: nid(p), lo: loExpr, hi, inclusive, span: spanFrom(p, lo) };
}

function parsePatInner(p: Parser, lo: number): Pat {
  const t = peek(p);
  if (t.kind === 'punct') {
    switch (t.text) {
      case '(': {
        bump(p);
        const elems: Pat[] = [];
        let trailingComma = false;
        while (!at(p, ')') && peek(p).kind !== 'eof') {
          elems.push(parsePat(p));
          trailingComma = false;
          if (!eat(p, ',')) break;
          trailingComma = true;
        }
        expect(p, ')');
        if (elems.length === 1 && !trailingComma && elems[0]!.kind !== 'rest') {
          return { kind: 'paren', id: nid(p), inner: elems[0]!, span: spanFrom(p, lo) };
        }
        return { kind: 'tuple', id: nid(p), elems, span: spanFrom(p, lo) };
      }
      case '[': {
        bump(p);
        const elems: Pat[] = [];
        while (!at(p, ']') && peek(p).kind !== 'eof') {
          elems.push(parsePat(p));
          if (!eat(p, ',')) break;
        }
        expect(p, ']');
        return { kind: 'slice', id: nid(p), elems, span: spanFrom(p, lo) };
      }
      case '&':
      case '&&': {
        eatSplit(p, '&');
        if (atSplit(p, '&')) {
          const innerLo = peek(p).span.lo;
          eatSplit(p, '&');
          const mut = eatKw(p, 'mut');
          const inner = parsePatNoTop(p);
          const innerRef: Pat = { kind: 'ref', id: nid(p), mut, inner, span: spanFrom(p, innerLo) };
          return { kind: 'ref', id: nid(p), mut: false, inner: innerRef, span: spanFrom(p, lo) };
        }
        const mut = eatKw(p, 'mut');
        const inner = parsePatNoTop(p);
        return { kind: 'ref', id: nid(p), mut, inner, span: spanFrom(p, lo) };
      }
      case '..':
        if (atRangeEndStartAfter(p)) return finishRange(p, lo, null);
        bump(p);
        return { kind: 'rest', id: nid(p), span: spanFrom(p, lo) };
      case '..=':
      case '...':
        return finishRange(p, lo, null);
      case '-':
        if (isLitTok(p, 1)) {
          const e = parseLitExpr(p);
          if (atRangeOp(p)) return finishRange(p, lo, e);
          return { kind: 'lit', id: nid(p), expr: e, span: spanFrom(p, lo) };
        }
        break;
      default:
        break;
    }
  }
  if (isLitTok(p, 0)) {
    const e = parseLitExpr(p);
    if (atRangeOp(p)) return finishRange(p, lo, e);
    return { kind: 'lit', id: nid(p), expr: e, span: spanFrom(p, lo) };
  }
  if (t.kind === 'ident') {
    if (t.text === '_') {
      bump(p);
      return { kind: 'wild', id: nid(p), span: spanFrom(p, lo) };
    }
    if (t.text === 'ref' || (t.text === 'mut' && !isPunct(peek(p, 1), '::'))) {
      const byRef = eatKw(p, 'ref');
      const mut = eatKw(p, 'mut');
      return parseIdentPat(p, lo, byRef, mut);
    }
    if (t.text === 'box' && (peek(p, 1).kind === 'ident' || isPunct(peek(p, 1), '(') || isPunct(peek(p, 1), '&') || isPunct(peek(p, 1), '['))) {
      bump(p);
      const inner = parsePatNoTop(p);
      return { kind: 'box', id: nid(p), inner, span: spanFrom(p, lo) };
    }
    if (t.text === 'const' && isPunct(peek(p, 1), '{')) {
      bump(p);
      const e = parseBlockExpr(p, lo, null, 'const');
      return { kind: 'lit', id: nid(p), expr: e, span: spanFrom(p, lo) };
    }
    // A lone identifier (not followed by path/tuple/struct/macro syntax) is a binding.
    if (isNameTok(p, t)) {
      const n1 = peek(p, 1);
      const continues = n1.kind === 'punct' &&
        (n1.text === '::' || n1.text === '(' || n1.text === '{' || n1.text === '!' || n1.text === '..=' || n1.text === '...' ||
          (n1.text === '..' && atRangeEndStartAt(p, 2)));
      if (!continues) return parseIdentPat(p, lo, false, false);
    }
  }
  if (atPathStart(p)) {
    const qp = parseQPath(p, 'expr');
    return parsePathPat(p, lo, qp);
  }
  if (t.kind === 'ident' && isKeywordText(t.text, p.edition)) {
    error(p, `expected identifier, found ${describe(t)}`, t.span, 'expected identifier, found ' + describe(t).replace(/ `.*$/, ''));
  } else error(p, `expected pattern, found ${describe(t)}`, foundSpan(p), 'expected pattern');
  return { kind: 'err', id: nid(p), span: { lo: t.span.lo, hi: t.span.lo } };
}

function atRangeEndStartAfter(p: Parser): boolean {
  return atRangeEndStartAt(p, 1);
}

function atRangeEndStartAt(p: Parser, k: number): boolean {
  const t = peek(p, k);
  if (t.kind === 'int' || t.kind === 'float' || t.kind === 'char' || t.kind === 'byte' || t.kind === 'str') return true;
  if (isPunct(t, '-')) return true;
  if (t.kind === 'ident') return t.text !== '_' && t.text !== 'if' && t.text !== 'mut' && t.text !== 'ref';
  return isPunct(t, '::') || isPunct(t, '<');
}

function parseIdentPat(p: Parser, lo: number, byRef: boolean, mut: boolean): Pat {
  const t = peek(p);
  if (t.kind !== 'ident' || (!isNameTok(p, t) && t.text !== 'self')) {
    error(p, `expected identifier, found ${describe(t)}`, t.span, 'expected identifier');
    return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
  }
  bump(p);
  let sub: Pat | null = null;
  if (eat(p, '@')) sub = parsePatNoTop(p);
  return { kind: 'ident', id: nid(p), byRef, mut, name: identOf(t), sub, span: spanFrom(p, lo) };
}

function parsePathPat(p: Parser, lo: number, qp: QPath): Pat {
  const { qself, path } = qp;
  if (qself === null && at(p, '!') && !at(p, '!=')) {
    const mac = parseMacCall(p, path);
    return { kind: 'macro', id: nid(p), mac, span: spanFrom(p, lo) };
  }
  if (at(p, '(')) {
    bump(p);
    const elems: Pat[] = [];
    while (!at(p, ')') && peek(p).kind !== 'eof') {
      elems.push(parsePat(p));
      if (!eat(p, ',')) break;
    }
    expect(p, ')');
    return { kind: 'tupleStruct', id: nid(p), qself, path, elems, span: spanFrom(p, lo) };
  }
  if (at(p, '{')) {
    bump(p);
    const fields: FieldPat[] = [];
    let rest = false;
    while (!at(p, '}') && peek(p).kind !== 'eof') {
      const attrs = parseOuterAttrs(p);
      if (at(p, '..')) {
        bump(p);
        rest = true;
        // `..` must come last: rustc expects the closing brace right after it.
        if (!at(p, '}')) errorExpected(p, '`}`');
        while (!at(p, '}') && peek(p).kind !== 'eof') skipTree(p);
        break;
      }
      const f = parseFieldPat(p, attrs);
      if (f === null) break;
      if (!isCfgStripped(attrs)) fields.push(f);
      if (!eat(p, ',')) break;
    }
    expect(p, '}');
    return { kind: 'struct', id: nid(p), qself, path, fields, rest, span: spanFrom(p, lo) };
  }
  if (qself === null && atRangeOp(p)) {
    const e: Expr = { kind: 'path', id: nid(p), qself, path, span: spanFrom(p, lo) };
    return finishRange(p, lo, e);
  }
  if (qself === null && path.segments.length === 1 && !path.global && path.segments[0]!.args === null && path.segments[0]!.ident.name !== 'Self') {
    // `self` or a keyword-like single segment: treat as a binding-or-constant identifier.
    return { kind: 'ident', id: nid(p), byRef: false, mut: false, name: path.segments[0]!.ident, sub: null, span: spanFrom(p, lo) };
  }
  return { kind: 'path', id: nid(p), qself, path, span: spanFrom(p, lo) };
}

function parseFieldPat(p: Parser, attrs: FieldPat['attrs']): FieldPat | null {
  const lo = peek(p).span.lo;
  const t = peek(p);
  const n1 = peek(p, 1);
  if ((t.kind === 'ident' || t.kind === 'int') && isPunct(n1, ':')) {
    bump(p);
    bump(p);
    const pat = parsePat(p);
    return { id: nid(p), attrs, name: identOf(t), pat, shorthand: false, span: spanFrom(p, lo) };
  }
  // Shorthand: `x`, `ref x`, `mut x`, `ref mut x`, `box x`.
  const isBox = atKw(p, 'box');
  if (isBox) bump(p);
  const byRef = eatKw(p, 'ref');
  const mut = eatKw(p, 'mut');
  const nt = peek(p);
  if (nt.kind !== 'ident' || !isNameTok(p, nt)) {
    error(p, `expected identifier, found ${describe(nt)}`, nt.span, 'expected identifier');
    return null;
  }
  bump(p);
  const name = identOf(nt);
  let pat: Pat = { kind: 'ident', id: nid(p), byRef, mut, name, sub: null, span: spanFrom(p, lo) };
  if (isBox) pat = { kind: 'box', id: nid(p), inner: pat, span: spanFrom(p, lo) };
  return { id: nid(p), attrs, name, pat, shorthand: true, span: spanFrom(p, lo) };
}
