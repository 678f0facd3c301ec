import type { Arm, ClosureParam, Expr, FieldInit, Label, Path, QSelf, TypeExpr } from '../ast.js';
import { ignoreLitError, litFromToken } from '../literals.js';
import { expandBuiltinMacro } from '../macros.js';
import { parseOuterAttrs } from './attrs.js';
import { evalCfgArgs, isCfgStripped } from '../cfg.js';
import {
  canBeginExpr,
  isBlockLike,
  parseExpr,
  parseExprNoStruct,
  parseExprR,
  parseListElem,
  R_NO_STRUCT,
  R_STMT,
} from './expr.js';
import { parseMacCallRange } from './macro-call.js';
import { atPathStart, parseQPath } from './paths.js';
import { parsePat, parsePatNoTop } from './patterns.js';
import { parseBlock } from './stmts.js';
import { parseType } from './types.js';
import {
  abandonWindow,
  at,
  atKw,
  bump,
  describe,
  eat,
  eatKw,
  enter,
  error,
  expect,
  foundSpan,
  identOf,
  isKw,
  isPunct,
  leave,
  nid,
  peek,
  skipTree,
  spanFrom,
  type Parser,
} from './state.js';

export function parsePrimary(p: Parser, r: number): Expr {
  const lo = peek(p).span.lo;
  if (!enter(p)) {
    skipTree(p);
    return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
  }
  try {
    return parsePrimaryInner(p, r, lo);
  } finally {
    leave(p);
  }
}

function parsePrimaryInner(p: Parser, r: number, lo: number): Expr {
  const t = peek(p);
  switch (t.kind) {
    case 'int': case 'float': case 'str': case 'byteStr': case 'cStr': case 'char': case 'byte': {
      bump(p);
      const lit = litFromToken(t, t.kind === 'int' || t.kind === 'float' ? (m, a, b, l) => error(p, m, { lo: a, hi: b }, l ?? null) : ignoreLitError);
      return { kind: 'lit', id: nid(p), lit, span: t.span };
    }
    case 'lifetime': {
      if (isPunct(peek(p, 1), ':')) {
        bump(p);
        bump(p);
        const label: Label = { name: t.text, span: t.span };
        const k = peek(p);
        if (isKw(k, 'loop')) return parseLoop(p, lo, label);
        if (isKw(k, 'while')) return parseWhile(p, lo, label);
        if (isKw(k, 'for')) return parseFor(p, lo, label);
        if (isPunct(k, '{')) return parseBlockExpr(p, lo, label, 'normal');
        if (isKw(k, 'unsafe') && isPunct(peek(p, 1), '{')) {
          bump(p);
          return parseBlockExpr(p, lo, label, 'unsafe');
        }
        error(p, `expected \`while\`, \`for\`, \`loop\` or \`{\` after a label`, k.span, null);
        return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
      }
      break;
    }
    case 'punct':
      switch (t.text) {
        case '(':
          return parseParenOrTuple(p, lo);
        case '[':
          return parseArray(p, lo);
        case '{':
          return parseBlockExpr(p, lo, null, 'normal');
        case '|':
        case '||':
          return parseClosure(p, lo, false, false, r);
        case '::':
        case '<':
        case '<<':
          return parsePathExpr(p, lo, r);
        default:
          break;
      }
      break;
    case 'ident':
      switch (t.text) {
        case 'true':
        case 'false':
          bump(p);
          return { kind: 'lit', id: nid(p), lit: { kind: 'bool', value: t.text === 'true' }, span: t.span };
        case 'if':
          return parseIf(p, lo);
        case 'match':
          return parseMatch(p, lo);
        case 'loop':
          return parseLoop(p, lo, null);
        case 'while':
          return parseWhile(p, lo, null);
        case 'for':
          if (isPunct(peek(p, 1), '<')) break; // `for<'a> |x| …` closures are rare; fall to error
          return parseFor(p, lo, null);
        case 'unsafe':
          if (isPunct(peek(p, 1), '{')) {
            bump(p);
            return parseBlockExpr(p, lo, null, 'unsafe');
          }
          break;
        case 'const':
          if (isPunct(peek(p, 1), '{')) {
            bump(p);
            return parseBlockExpr(p, lo, null, 'const');
          }
          break;
        case 'async': {
          const n1 = peek(p, 1);
          if (isPunct(n1, '{')) {
            bump(p);
            return parseBlockExpr(p, lo, null, 'async');
          }
          if (isKw(n1, 'move') && isPunct(peek(p, 2), '{')) {
            bump(p);
            bump(p);
            return parseBlockExpr(p, lo, null, 'asyncMove');
          }
          if (isKw(n1, 'move') || isPunct(n1, '|') || isPunct(n1, '||')) {
            bump(p);
            const mv = eatKw(p, 'move');
            return parseClosure(p, lo, mv, true, r);
          }
          break;
        }
        case 'move':
          bump(p);
          return parseClosure(p, lo, true, false, r);
        case 'static':
          if (isPunct(peek(p, 1), '|') || isPunct(peek(p, 1), '||') || isKw(peek(p, 1), 'move')) {
            bump(p);
            const mv = eatKw(p, 'move');
            return parseClosure(p, lo, mv, false, r);
          }
          break;
        case 'return': {
          bump(p);
          const value = canBeginExpr(peek(p), r) ? parseExprR(p, r & R_NO_STRUCT) : null;
          return { kind: 'return', id: nid(p), value, span: spanFrom(p, lo) };
        }
        case 'break': {
          bump(p);
          let label: Label | null = null;
          const lt = peek(p);
          if (lt.kind === 'lifetime') {
            bump(p);
            label = { name: lt.text, span: lt.span };
          }
          const value = canBeginExpr(peek(p), r) ? parseExprR(p, r & R_NO_STRUCT) : null;
          return { kind: 'break', id: nid(p), label, value, span: spanFrom(p, lo) };
        }
        case 'continue': {
          bump(p);
          let label: Label | null = null;
          const lt = peek(p);
          if (lt.kind === 'lifetime') {
            bump(p);
            label = { name: lt.text, span: lt.span };
          }
          return { kind: 'continue', id: nid(p), label, span: spanFrom(p, lo) };
        }
        case 'try':
          // `try { … }` blocks are unstable: parsed as a block, reported as rustc's feature gate does.
          if (p.edition >= 2018 && isPunct(peek(p, 1), '{')) {
            bump(p);
            const e = parseBlockExpr(p, lo, null, 'normal');
            p.lateErrors.push({ message: '`try` expression is experimental', span: e.span, label: null, code: 'E0658' });
            return e;
          }
          break;
        case 'yield': {
          bump(p);
          // The operand is parsed for its errors only; the expression itself becomes `err`.
          if (canBeginExpr(peek(p), r)) parseExprR(p, r & R_NO_STRUCT);
          p.lateErrors.push({ message: 'yield syntax is experimental', span: spanFrom(p, lo), label: null, code: 'E0658' });
          return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
        }
        case '_':
          bump(p);
          return {
            kind: 'path', id: nid(p), qself: null,
            path: { global: false, segments: [{ ident: identOf(t), args: null }], span: t.span }, span: t.span,
          };
        default:
          break;
      }
      if (atPathStart(p)) return parsePathExpr(p, lo, r);
      break;
    default:
      break;
  }
  if (isPunct(t, '+') && isPunct(peek(p, 1), '+') && !peek(p, 1).spaceBefore) {
    error(p, 'Rust has no prefix increment operator', { lo: t.span.lo, hi: peek(p, 1).span.hi }, 'not a valid prefix operator');
    abandonWindow(p);
    return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
  }
  if (isPunct(t, '+')) {
    error(p, 'leading `+` is not supported', t.span, 'unexpected `+`');
    bump(p);
    return parsePrimary(p, r);
  }
  if (isKw(t, 'box') && canBeginExpr(peek(p, 1), r)) {
    error(p, '`box_syntax` has been removed', t.span, null);
    bump(p);
    return parsePrimary(p, r);
  }
  error(p, `expected expression, found ${describe(t)}`, foundSpan(p), 'expected expression');
  return { kind: 'err', id: nid(p), span: { lo: t.span.lo, hi: t.span.lo } };
}

function parseParenOrTuple(p: Parser, lo: number): Expr {
  bump(p);
  if (eat(p, ')')) return { kind: 'tuple', id: nid(p), elems: [], span: spanFrom(p, lo) };
  const first = parseExpr(p);
  if (eat(p, ')')) return { kind: 'paren', id: nid(p), inner: first, span: spanFrom(p, lo) };
  const elems: Expr[] = [first];
  if (!at(p, ',')) {
    error(p, `expected one of \`)\`, \`,\`, \`.\`, \`?\`, or an operator, found ${describe(peek(p))}`, peek(p).span, null);
    recoverTo(p, ')');
    return { kind: 'paren', id: nid(p), inner: first, span: spanFrom(p, lo) };
  }
  while (eat(p, ',')) {
    if (at(p, ')')) break;
    elems.push(parseExpr(p));
  }
  if (!eat(p, ')')) {
    error(p, `expected one of \`)\`, \`,\`, \`.\`, \`?\`, or an operator, found ${describe(peek(p))}`, peek(p).span, null);
    recoverTo(p, ')');
  }
  return { kind: 'tuple', id: nid(p), elems, span: spanFrom(p, lo) };
}

/** Skips tokens (whole groups at a time) up to and including the closing `close`. */
function recoverTo(p: Parser, close: string): void {
  while (!at(p, close) && peek(p).kind !== 'eof') {
    const t = peek(p);
    if (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) return;
    skipTree(p);
  }
  eat(p, close);
}

function parseArray(p: Parser, lo: number): Expr {
  bump(p);
  if (eat(p, ']')) return { kind: 'array', id: nid(p), elems: [], span: spanFrom(p, lo) };
  const first = parseExpr(p);
  if (eat(p, ';')) {
    const count = parseExpr(p);
    if (!eat(p, ']')) {
      error(p, `expected \`]\`, found ${describe(peek(p))}`, peek(p).span, 'expected `]`');
      recoverTo(p, ']');
    }
    return { kind: 'repeat', id: nid(p), elem: first, count, span: spanFrom(p, lo) };
  }
  const elems: Expr[] = [first];
  while (eat(p, ',')) {
    if (at(p, ']')) break;
    const e = parseListElem(p);
    if (e !== null) elems.push(e);
  }
  if (!eat(p, ']')) {
    error(p, `expected one of \`,\`, \`.\`, \`?\`, \`]\`, or an operator, found ${describe(peek(p))}`, peek(p).span, null);
    recoverTo(p, ']');
  }
  return { kind: 'array', id: nid(p), elems, span: spanFrom(p, lo) };
}

export function parseBlockExpr(p: Parser, lo: number, label: Label | null, flavor: 'normal' | 'unsafe' | 'async' | 'asyncMove' | 'const'): Expr {
  const block = parseBlock(p);
  return { kind: 'block', id: nid(p), block, label, flavor, span: spanFrom(p, lo) };
}

function parseIf(p: Parser, lo: number): Expr {
  bump(p); // if
  const cond = parseCond(p);
  const then = parseBlock(p);
  let els: Expr | null = null;
  if (atKw(p, 'else')) {
    bump(p);
    const elo = peek(p).span.lo;
    if (atKw(p, 'if')) els = parseIfDeep(p, elo);
    else if (at(p, '{')) els = parseBlockExpr(p, elo, null, 'normal');
    else {
      error(p, `expected \`{\`, found ${describe(peek(p))}`, peek(p).span, 'expected `{`');
      els = { kind: 'err', id: nid(p), span: spanFrom(p, elo) };
    }
  }
  return { kind: 'if', id: nid(p), cond, then, else: els, span: spanFrom(p, lo) };
}

/** `else if` chains can be long; each link counts towards the nesting limit. */
function parseIfDeep(p: Parser, lo: number): Expr {
  if (!enter(p)) {
    skipTree(p);
    return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
  }
  try {
    return parseIf(p, lo);
  } finally {
    leave(p);
  }
}

/** An `if`/`while` condition: no struct literals, `let` allowed. */
function parseCond(p: Parser): Expr {
  // A condition may itself be a block (`while { step(); more() } {}`).
  const cond = parseExprNoStruct(p);
  if (p.edition < 2024 && cond.kind === 'binary' && cond.op === '&&') reportLetChains(p, cond);
  return cond;
}

/** Let chains are Rust 2024: earlier editions reject each `let` in a `&&` chain. */
function reportLetChains(p: Parser, e: Expr): void {
  const stack: Expr[] = [e];
  const lets: Expr[] = [];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x.kind === 'binary' && x.op === '&&') {
      stack.push(x.rhs, x.lhs);
    } else if (x.kind === 'let') lets.push(x);
  }
  for (const l of lets) error(p, 'let chains are only allowed in Rust 2024 or later', l.span, null);
}

function parseMatch(p: Parser, lo: number): Expr {
  bump(p); // match
  const scrutinee = parseExprNoStruct(p);
  const arms: Arm[] = [];
  if (!at(p, '{')) {
    error(p, `expected \`{\`, found ${describe(peek(p))}`, peek(p).span, 'expected `{`');
    return { kind: 'match', id: nid(p), scrutinee, arms, span: spanFrom(p, lo) };
  }
  const close = p.closeOf[p.pos] ?? -1;
  bump(p);
  while (!at(p, '}') && peek(p).kind !== 'eof') {
    const before = p.pos;
    const arm = parseArm(p);
    if (arm !== null && !isCfgStripped(arm.attrs)) arms.push(arm);
    if (p.pos === before) {
      // No progress: skip a token so recovery always terminates.
      skipTree(p);
    }
  }
  if (!eat(p, '}') && close >= 0) p.pos = Math.min(close + 1, p.end);
  return { kind: 'match', id: nid(p), scrutinee, arms, span: spanFrom(p, lo) };
}

function parseArm(p: Parser): Arm | null {
  const lo = peek(p).span.lo;
  const attrs = parseOuterAttrs(p);
  const pat = parsePat(p);
  let guard: Expr | null = null;
  if (eatKw(p, 'if')) guard = parseExpr(p);
  if (!eat(p, '=>')) {
    const oneOf = pat.kind === 'lit' ? '`...`, `..=`, `..`, `=>`, `if`, or `|`' : '`=>`, `if`, or `|`';
    error(p, `expected one of ${oneOf}, found ${describe(peek(p))}`, peek(p).span, null);
    // Skip to the next arm separator; keep the arm (with an error body) so its pattern stays in the tree.
    const elo = peek(p).span.lo;
    while (!at(p, ',') && !at(p, '}') && peek(p).kind !== 'eof') skipTree(p);
    const body: Expr = { kind: 'err', id: nid(p), span: spanFrom(p, elo) };
    eat(p, ',');
    return { id: nid(p), attrs, pat, guard, body, span: spanFrom(p, lo) };
  }
  const body = parseExprR(p, R_STMT);
  const blockBody = isBlockLike(body) && body.kind !== 'macro';
  if (eat(p, ',')) {
    /* separator */
  } else if (!blockBody && !at(p, '}')) {
    if (atArmStart(p)) error(p, 'expected `,` following `match` arm', { lo: p.lastHi, hi: p.lastHi }, null);
    else error(p, `expected one of \`,\`, \`.\`, \`?\`, \`}\`, or an operator, found ${describe(peek(p))}`, peek(p).span, null);
  }
  return { id: nid(p), attrs, pat, guard, body, span: spanFrom(p, lo) };
}

function parseLoop(p: Parser, lo: number, label: Label | null): Expr {
  bump(p);
  const body = parseBlock(p);
  return { kind: 'loop', id: nid(p), label, body, span: spanFrom(p, lo) };
}

function parseWhile(p: Parser, lo: number, label: Label | null): Expr {
  bump(p);
  const cond = parseCond(p);
  const body = parseBlock(p);
  return { kind: 'while', id: nid(p), label, cond, body, span: spanFrom(p, lo) };
}

function parseFor(p: Parser, lo: number, label: Label | null): Expr {
  bump(p);
  const pat = parsePat(p);
  if (!eatKw(p, 'in')) error(p, `expected \`in\`, found ${describe(peek(p))}`, peek(p).span, 'expected `in`');
  const iter = parseExprNoStruct(p);
  const body = parseBlock(p);
  return { kind: 'for', id: nid(p), label, pat, iter, body, span: spanFrom(p, lo) };
}

function parseClosure(p: Parser, lo: number, move: boolean, isAsync: boolean, r: number): Expr {
  const params: ClosureParam[] = [];
  if (!eat(p, '||')) {
    if (!eat(p, '|')) {
      error(p, `expected one of \`|\` or \`||\`, found ${describe(peek(p))}`, peek(p).span, null);
      return { kind: 'err', id: nid(p), span: spanFrom(p, lo) };
    }
    while (!at(p, '|') && peek(p).kind !== 'eof') {
      const plo = peek(p).span.lo;
      const attrs = parseOuterAttrs(p);
      const pat = parsePatNoTop(p);
      let ty: TypeExpr | null = null;
      if (eat(p, ':')) ty = parseType(p, true);
      const param: ClosureParam = { id: nid(p), attrs, pat, ty, span: spanFrom(p, plo) };
      if (!isCfgStripped(attrs)) params.push(param);
      if (!eat(p, ',')) break;
    }
    expect(p, '|');
  }
  let ret: TypeExpr | null = null;
  let body: Expr;
  if (eat(p, '->')) {
    ret = parseType(p, false);
    const blo = peek(p).span.lo;
    if (!at(p, '{')) error(p, `expected \`{\`, found ${describe(peek(p))}`, peek(p).span, 'expected `{`');
    body = parseBlockExpr(p, blo, null, 'normal');
  } else {
    // The body keeps the no-struct-literal restriction: `for x in v.map(|x| x) {}`.
    body = parseExprR(p, r & R_NO_STRUCT);
  }
  return { kind: 'closure', id: nid(p), move, async: isAsync, params, ret, body, span: spanFrom(p, lo) };
}

function parsePathExpr(p: Parser, lo: number, r: number): Expr {
  const { qself, path } = parseQPath(p, 'expr');
  if (qself === null && at(p, '!') && !at(p, '!=')) {
    const call = parseMacCallRange(p, path);
    const cfg = isCfgMacro(path) ? evalCfgArgs([{ kind: 'group', delim: '(', open: call.mac.span, close: call.mac.span, trees: call.mac.tokens }]) : null;
    if (cfg !== null) return { kind: 'lit', id: nid(p), lit: { kind: 'bool', value: cfg }, span: spanFrom(p, lo) };
    const expansion = expandBuiltinMacro(p, call);
    return { kind: 'macro', id: nid(p), mac: call.mac, expansion, span: spanFrom(p, lo) };
  }
  if (at(p, '{') && (r & R_NO_STRUCT) === 0) return parseStructLit(p, lo, qself, path);
  return { kind: 'path', id: nid(p), qself, path, span: spanFrom(p, lo) };
}

/** `cfg!`, `std::cfg!`, `core::cfg!`. */
function isCfgMacro(path: Path): boolean {
  const segs = path.segments;
  const last = segs[segs.length - 1];
  if (last === undefined || last.ident.name !== 'cfg' || last.args !== null) return false;
  return segs.length === 1 ? !path.global : segs.length === 2 && (segs[0]!.ident.name === 'std' || segs[0]!.ident.name === 'core');
}

function parseStructLit(p: Parser, lo: number, qself: QSelf | null, path: Path): Expr {
  const open = p.pos;
  const close = p.closeOf[open] ?? -1;
  bump(p); // {
  const fields: FieldInit[] = [];
  let base: Expr | null = null;
  let rest = false;
  while (!at(p, '}') && peek(p).kind !== 'eof') {
    const flo = peek(p).span.lo;
    const attrs = parseOuterAttrs(p);
    if (eat(p, '..')) {
      if (at(p, '}')) rest = true;
      else base = parseExpr(p);
      eat(p, ',');
      break;
    }
    const t = peek(p);
    if ((t.kind === 'ident' || t.kind === 'int') && isPunct(peek(p, 1), ':')) {
      bump(p);
      bump(p);
      const expr = parseExpr(p);
      const f: FieldInit = { id: nid(p), attrs, name: identOf(t), expr, shorthand: false, span: spanFrom(p, flo) };
      if (!isCfgStripped(attrs)) fields.push(f);
    } else if (t.kind === 'ident') {
      bump(p);
      const name = identOf(t);
      const expr: Expr = {
        kind: 'path', id: nid(p), qself: null,
        path: { global: false, segments: [{ ident: name, args: null }], span: t.span }, span: t.span,
      };
      const f: FieldInit = { id: nid(p), attrs, name, expr, shorthand: true, span: spanFrom(p, flo) };
      if (!isCfgStripped(attrs)) fields.push(f);
    } else {
      error(p, `expected identifier, found ${describe(t)}`, t.span, 'expected identifier');
      break;
    }
    if (!eat(p, ',')) break;
  }
  if (!eat(p, '}')) {
    error(p, `expected one of \`,\`, \`.\`, \`?\`, \`}\`, or an operator, found ${describe(peek(p))}`, peek(p).span, null);
    if (close >= 0 && close < p.end) {
      p.pos = close;
      bump(p);
    }
  }
  return { kind: 'struct', id: nid(p), qself, path, fields, base, rest, span: spanFrom(p, lo) };
}

/** Whether what follows looks like the next arm (`pat =>`), for the missing-comma message. */
function atArmStart(p: Parser): boolean {
  for (let k = 0; k < 32; k++) {
    const t = peek(p, k);
    if (t.kind === 'eof' || isPunct(t, '}') || isPunct(t, ';') || isPunct(t, ',')) return false;
    if (isPunct(t, '=>')) return true;
  }
  return false;
}
