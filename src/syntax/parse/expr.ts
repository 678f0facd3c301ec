import type { AssignOp, BinaryOp, Expr, GenericArgs } from '../ast.js';
import type { Token } from '../token.js';
import { parseOuterAttrs } from './attrs.js';
import { isCfgStripped } from '../cfg.js';
import { parseBlockExpr, parsePrimary } from './expr-primary.js';
import { parsePat } from './patterns.js';
import { parseAngleArgs } from './paths.js';
import { parseType } from './types.js';
import {
  abandonWindow,
  at,
  atSplit,
  bump,
  describe,
  eat,
  eatKw,
  eatSplit,
  enter,
  error,
  expect,
  identOf,
  isPunct,
  leave,
  nid,
  peek,
  skipTree,
  spanFrom,
  type Parser,
} from './state.js';

/** Restrictions: no struct literal (`if`/`while`/`match` heads), and statement position. */
export const R_NONE = 0;
export const R_NO_STRUCT = 1;
export const R_STMT = 2;

const PREC_ASSIGN = 1;
const PREC_RANGE = 2;
const PREC_COMPARE = 5;
const PREC_CAST = 12;

interface OpInfo {
  readonly prec: number;
  readonly kind: 'binary' | 'assign' | 'assignOp' | 'range' | 'cast';
}

const OPS = new Map<string, OpInfo>([
  ['=', { prec: PREC_ASSIGN, kind: 'assign' }],
  ...(['+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>='].map((s) => [s, { prec: PREC_ASSIGN, kind: 'assignOp' }] as const)),
  ['..', { prec: PREC_RANGE, kind: 'range' }],
  ['..=', { prec: PREC_RANGE, kind: 'range' }],
  ['||', { prec: 3, kind: 'binary' }],
  ['&&', { prec: 4, kind: 'binary' }],
  ...(['==', '!=', '<', '>', '<=', '>='].map((s) => [s, { prec: PREC_COMPARE, kind: 'binary' }] as const)),
  ['|', { prec: 6, kind: 'binary' }],
  ['^', { prec: 7, kind: 'binary' }],
  ['&', { prec: 8, kind: 'binary' }],
  ['<<', { prec: 9, kind: 'binary' }],
  ['>>', { prec: 9, kind: 'binary' }],
  ['+', { prec: 10, kind: 'binary' }],
  ['-', { prec: 10, kind: 'binary' }],
  ['*', { prec: 11, kind: 'binary' }],
  ['/', { prec: 11, kind: 'binary' }],
  ['%', { prec: 11, kind: 'binary' }],
]);
const CAST_OP: OpInfo = { prec: PREC_CAST, kind: 'cast' };

function opAt(t: Token): OpInfo | null {
  if (t.kind === 'punct') return OPS.get(t.text) ?? null;
  if (t.kind === 'ident' && t.text === 'as') return CAST_OP;
  return null;
}

export function parseExpr(p: Parser): Expr {
  return parseExprR(p, R_NONE);
}

export function parseExprNoStruct(p: Parser): Expr {
  return parseExprR(p, R_NO_STRUCT);
}

export function parseExprR(p: Parser, r: number): Expr {
  return parseAssoc(p, PREC_ASSIGN, r);
}

/** Whether the token can begin an expression (for optional operands: `return`, `break`, `..`). */
export function canBeginExpr(t: Token, r: number): boolean {
  switch (t.kind) {
    case 'eof':
    case 'docComment':
      return false;
    case 'ident':
      return !NOT_EXPR_KW.has(t.text);
    case 'punct':
      switch (t.text) {
        case '(': case '[': case '-': case '!': case '*': case '&': case '&&': case '|': case '||':
        case '..': case '..=': case '<': case '<<': case '::': case '#':
          return true;
        case '{':
          return (r & R_NO_STRUCT) === 0;
        default:
          return false;
      }
    default:
      return true;
  }
}

const NOT_EXPR_KW = new Set(['as', 'else', 'enum', 'extern', 'fn', 'impl', 'in', 'mod', 'pub', 'struct', 'trait', 'type', 'use', 'where', 'mut', 'ref']);

/** Block-like expressions end an expression statement without a `;`. */
export function isBlockLike(e: Expr): boolean {
  switch (e.kind) {
    case 'block': case 'if': case 'while': case 'loop': case 'for': case 'match':
      return true;
    case 'macro':
      return e.mac.delim === '{';
    default:
      return false;
  }
}

/** Precedence climbing; left-associative chains are built in a loop, so long chains do not recurse. */
function parseAssoc(p: Parser, minPrec: number, r: number): Expr {
  const lo = peek(p).span.lo;
  let lhs: Expr;
  const t0 = peek(p);
  if (isPunct(t0, '..') || isPunct(t0, '..=')) {
    // Prefix range `..hi`, `..=hi`, `..`.
    bump(p);
    const inclusive = t0.text === '..=';
    let hi: Expr | null = null;
    if (canBeginExpr(peek(p), r)) hi = parseAssoc(p, PREC_RANGE + 1, r & ~R_STMT);
    else if (inclusive) p.errors.push({ message: 'inclusive range with no end', span: t0.span, label: null, code: 'E0586' });
    lhs = { kind: 'range', id: nid(p), lo: null, hi, inclusive, span: spanFrom(p, lo) };
    // Ranges do not chain (`..1..`): only an assignment may follow.
    const next = opAt(peek(p));
    if (minPrec > PREC_RANGE || (next !== null && next.prec > PREC_ASSIGN)) return lhs;
  } else {
    lhs = parsePrefix(p, r);
    if ((r & R_STMT) !== 0 && isBlockLike(lhs)) return lhs;
  }
  const rNoStmt = r & ~R_STMT;
  let lastComparePos = -1;
  for (;;) {
    const t = peek(p);
    const op = opAt(t);
    if (op === null || op.prec < minPrec) break;
    // `a = b` and `a += b` are right-associative; everything else is left-associative.
    switch (op.kind) {
      case 'cast': {
        bump(p);
        const cmp = castFollowedByComparison(p);
        if (cmp !== null) p.noAngleArgs = true;
        const ty = parseType(p, false);
        p.noAngleArgs = false;
        if (cmp !== null) {
          const lt = peek(p);
          const shift = lt.text === '<<';
          const tyName = p.text.slice(ty.span.lo, ty.span.hi);
          error(p, `\`${lt.text}\` is interpreted as a start of generic arguments for \`${tyName}\`, not a ${shift ? 'shift' : 'comparison'}`, lt.span,
            `not interpreted as ${shift ? 'shift' : 'comparison'}`);
        }
        lhs = { kind: 'cast', id: nid(p), operand: lhs, ty, span: spanFrom(p, lo) };
        continue;
      }
      case 'range': {
        bump(p);
        const inclusive = t.text === '..=';
        let hi: Expr | null = null;
        if (canBeginExpr(peek(p), r)) hi = parseAssoc(p, PREC_RANGE + 1, rNoStmt);
        else if (inclusive) p.errors.push({ message: 'inclusive range with no end', span: t.span, label: null, code: 'E0586' });
        lhs = { kind: 'range', id: nid(p), lo: lhs, hi, inclusive, span: spanFrom(p, lo) };
        // Ranges do not chain: only an assignment may follow.
        if (minPrec > PREC_ASSIGN) return lhs;
        minPrec = PREC_ASSIGN;
        const next = opAt(peek(p));
        if (next !== null && next.prec > PREC_ASSIGN) return lhs;
        continue;
      }
      case 'assign': {
        bump(p);
        const rhs = parseAssocDeep(p, PREC_ASSIGN, rNoStmt);
        lhs = { kind: 'assign', id: nid(p), lhs, rhs, span: spanFrom(p, lo) };
        continue;
      }
      case 'assignOp': {
        bump(p);
        const rhs = parseAssocDeep(p, PREC_ASSIGN, rNoStmt);
        lhs = { kind: 'assignOp', id: nid(p), op: t.text as AssignOp, opSpan: t.span, lhs, rhs, span: spanFrom(p, lo) };
        continue;
      }
      case 'binary': {
        if (t.text === '+' && isPostfixIncrement(p)) {
          const n1 = peek(p, 1);
          error(p, 'Rust has no postfix increment operator', { lo: t.span.lo, hi: n1.span.hi }, 'not a valid postfix operator');
          abandonWindow(p);
          return lhs;
        }
        if (op.prec === PREC_COMPARE) {
          if (lastComparePos >= 0) {
            error(p, 'comparison operators cannot be chained', { lo: p.toks[lastComparePos]!.span.lo, hi: t.span.hi }, null);
          }
          lastComparePos = p.pos;
        }
        bump(p);
        const rhs = parseAssoc(p, op.prec + 1, rNoStmt);
        lhs = { kind: 'binary', id: nid(p), op: t.text as BinaryOp, opSpan: t.span, lhs, rhs, span: spanFrom(p, lo) };
        continue;
      }
      default:
        return lhs;
    }
  }
  return lhs;
}

/** A recursive operand position (right-associative operators): counts towards the nesting limit. */
function parseAssocDeep(p: Parser, minPrec: number, r: number): Expr {
  const lo = peek(p).span.lo;
  if (!enter(p)) return skipToErr(p, lo);
  try {
    return parseAssoc(p, minPrec, r);
  } finally {
    leave(p);
  }
}

function skipToErr(p: Parser, lo: number): Expr {
  skipTree(p);
  return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
}

/** Unary operators, `let`, then postfix operators on a primary expression. */
export function parsePrefix(p: Parser, r: number): Expr {
  const t = peek(p);
  const lo = t.span.lo;
  if (t.kind === 'punct') {
    switch (t.text) {
      case '-':
      case '!':
      case '*': {
        bump(p);
        const operand = parsePrefixDeep(p, r & ~R_STMT);
        const op = t.text === '-' ? 'neg' : t.text === '!' ? 'not' : 'deref';
        return { kind: 'unary', id: nid(p), op, operand, span: spanFrom(p, lo) };
      }
      case '&':
      case '&&': {
        eatSplit(p, '&');
        if (atSplit(p, '&') && t.text === '&&') {
          const innerLo = peek(p).span.lo;
          eatSplit(p, '&');
          const inner = parseRefRest(p, innerLo, r);
          return { kind: 'ref', id: nid(p), mut: false, raw: false, operand: inner, span: spanFrom(p, lo) };
        }
        return parseRefRest(p, lo, r);
      }
      case '#': {
        // Attributes on expressions are accepted and dropped (the AST keeps none on expressions).
        if (isPunct(peek(p, 1), '[')) {
          parseOuterAttrs(p);
          return parsePrefix(p, r);
        }
        break;
      }
      default:
        break;
    }
  } else if (t.kind === 'ident' && t.text === 'let') {
    bump(p);
    const pat = parsePat(p);
    expect(p, '=');
    const scrutinee = parseAssocDeep(p, PREC_COMPARE, (r & ~R_STMT) | R_NO_STRUCT);
    return { kind: 'let', id: nid(p), pat, scrutinee, span: spanFrom(p, lo) };
  }
  const base = parsePrimary(p, r);
  return parsePostfix(p, base, r);
}

function parsePrefixDeep(p: Parser, r: number): Expr {
  const lo = peek(p).span.lo;
  if (!enter(p)) return skipToErr(p, lo);
  try {
    return parsePrefix(p, r);
  } finally {
    leave(p);
  }
}

function parseRefRest(p: Parser, lo: number, r: number): Expr {
  let mut = false;
  let raw = false;
  const t = peek(p);
  const n1 = peek(p, 1);
  if (t.kind === 'ident' && t.text === 'raw' && n1.kind === 'ident' && (n1.text === 'const' || n1.text === 'mut')) {
    bump(p);
    bump(p);
    raw = true;
    mut = n1.text === 'mut';
  } else if (eatKw(p, 'mut')) mut = true;
  const operand = parsePrefixDeep(p, r & ~R_STMT);
  return { kind: 'ref', id: nid(p), mut, raw, operand, span: spanFrom(p, lo) };
}

/** `.field`, `.method()`, `.await`, `(args)`, `[index]`, `?` in a loop. */
export function parsePostfix(p: Parser, base: Expr, r: number): Expr {
  let e = base;
  const lo = base.span.lo;
  // In statement position a block-like expression only continues with `.` or `?`.
  const blockLikeStmt = (r & R_STMT) !== 0 && isBlockLike(base);
  for (;;) {
    const t = peek(p);
    if (t.kind !== 'punct') return e;
    switch (t.text) {
      case '?':
        bump(p);
        e = { kind: 'try', id: nid(p), operand: e, span: spanFrom(p, lo) };
        continue;
      case '.': {
        bump(p);
        const f = peek(p);
        if (f.kind === 'ident' && f.text === 'await') {
          bump(p);
          e = { kind: 'await', id: nid(p), operand: e, span: spanFrom(p, lo) };
          continue;
        }
        if (f.kind === 'int') {
          bump(p);
          e = { kind: 'field', id: nid(p), base: e, name: { name: stripSuffix(f.text), span: f.span }, span: spanFrom(p, lo) };
          continue;
        }
        if (f.kind === 'float') {
          // `x.0.1` lexed as a float after a space (`x. 0.1`): split into two tuple indices.
          bump(p);
          const parts = f.text.split('.');
          let off = f.span.lo;
          for (const part of parts) {
            if (part === '') continue;
            e = { kind: 'field', id: nid(p), base: e, name: { name: part, span: { lo: off, hi: off + part.length } }, span: { lo, hi: off + part.length } };
            off += part.length + 1;
          }
          continue;
        }
        if (f.kind !== 'ident') {
          error(p, `unexpected token: ${describe(f)}`, f.span, null);
          return e;
        }
        bump(p);
        const name = identOf(f);
        let turbofish: GenericArgs | null = null;
        if (at(p, '::') && (isPunct(peek(p, 1), '<') || isPunct(peek(p, 1), '<<'))) {
          bump(p);
          turbofish = parseAngleArgs(p);
        }
        if (at(p, '(')) {
          const args = parseCallArgs(p);
          e = { kind: 'methodCall', id: nid(p), receiver: e, method: name, turbofish, args, span: spanFrom(p, lo) };
        } else {
          if (turbofish !== null) error(p, 'field expressions cannot have generic arguments', turbofish.span, null);
          e = { kind: 'field', id: nid(p), base: e, name, span: spanFrom(p, lo) };
        }
        continue;
      }
      case '(': {
        if (blockLikeStmt && e === base) return e;
        const args = parseCallArgs(p);
        e = { kind: 'call', id: nid(p), callee: e, args, span: spanFrom(p, lo) };
        continue;
      }
      case '[': {
        if (blockLikeStmt && e === base) return e;
        bump(p);
        const index = parseExpr(p);
        expect(p, ']');
        e = { kind: 'index', id: nid(p), base: e, index, span: spanFrom(p, lo) };
        continue;
      }
      default:
        return e;
    }
  }
}

function stripSuffix(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return s.slice(0, i);
}

/** An element of an argument or array list; null if a false `#[cfg]` drops it. */
export function parseListElem(p: Parser): Expr | null {
  if (!at(p, '#')) return parseExpr(p);
  const attrs = parseOuterAttrs(p);
  const e = parseExpr(p);
  return isCfgStripped(attrs) ? null : e;
}

/** `(a, b, c)` call arguments, the cursor at `(`. */
export function parseCallArgs(p: Parser): Expr[] {
  bump(p);
  const args: Expr[] = [];
  while (!at(p, ')') && peek(p).kind !== 'eof') {
    const before = p.pos;
    const arg = parseListElem(p);
    if (arg !== null) args.push(arg);
    if (eat(p, ',')) continue;
    if (!at(p, ')')) {
      error(p, `expected one of \`)\`, \`,\`, \`.\`, \`?\`, or an operator, found ${describe(peek(p))}`, peek(p).span, null);
      // Recover inside the parentheses: skip to the next `,` or to the end.
      while (!at(p, ')') && !at(p, ',') && peek(p).kind !== 'eof') skipTree(p);
      if (p.pos === before) break;
      eat(p, ',');
    }
  }
  expect(p, ')');
  return args;
}

/** A const generic argument: literal, `-literal`, or `{ block }`. */
export function parseConstArg(p: Parser): Expr {
  const t = peek(p);
  if (isPunct(t, '{')) return parseBlockExpr(p, t.span.lo, null, 'normal');
  return parsePrefix(p, R_NONE);
}

/**
 * After `as`, a path type followed by `<` is parsed by rustc as generic arguments; when what
 * follows cannot be generic arguments (`x as usize < y {`), rustc reports that and reads a
 * comparison. Returns the index of the `<` in that case.
 */
function castFollowedByComparison(p: Parser): number | null {
  let k = 0;
  if (isPunct(peek(p, k), '::')) k++;
  for (;;) {
    const t = peek(p, k);
    if (t.kind !== 'ident') return null;
    k++;
    if (isPunct(peek(p, k), '::') && peek(p, k + 1).kind === 'ident') {
      k++;
      continue;
    }
    break;
  }
  const lt = peek(p, k);
  if (!isPunct(lt, '<') && !isPunct(lt, '<<')) return null;
  // Scan what would be the generic arguments: type-like tokens up to the matching `>`.
  let depth = lt.text === '<<' ? 2 : 1;
  for (let j = k + 1; j < k + 64; j++) {
    const t = peek(p, j);
    if (t.kind === 'eof') return p.pos + k;
    if (t.kind === 'ident' || t.kind === 'lifetime' || t.kind === 'int') continue;
    if (t.kind !== 'punct') return p.pos + k;
    switch (t.text) {
      case '<': depth++; break;
      case '<<': depth += 2; break;
      case '>': depth--; break;
      case '>>': depth -= 2; break;
      case '::': case ',': case '&': case '*': case '(': case ')': case '[': case ']': case ';': case '=': case '+': case '?': case '->': case ':':
        break;
      default:
        return p.pos + k;
    }
    if (depth <= 0) return null;
  }
  return null;
}

/** `x++` followed by the end of the expression (rustc: "Rust has no postfix increment operator"). */
function isPostfixIncrement(p: Parser): boolean {
  const n1 = peek(p, 1);
  if (!isPunct(n1, '+') || n1.spaceBefore) return false;
  const n2 = peek(p, 2);
  return n2.kind === 'eof' || (n2.kind === 'punct' && (n2.text === ';' || n2.text === ')' || n2.text === '}' || n2.text === ']' || n2.text === ','));
}
