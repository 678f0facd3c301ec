import type { Attribute, Block, Expr, Stmt, TypeExpr } from '../ast.js';
import { parseInnerAttrs, parseOuterAttrs, reportDanglingAttrs } from './attrs.js';
import { isCfgStripped } from '../cfg.js';
import { isBlockLike, parseExpr, parseExprR, R_STMT } from './expr.js';
import { atItemStart, isItemCfgStripped, parseItem } from './items.js';
import { parsePat } from './patterns.js';
import { parseType } from './types.js';
import {
  atKw,
  bump,
  describe,
  eat,
  enter,
  error,
  isCloseDelim,
  labelFor,
  leave,
  nid,
  peek,
  skipTree,
  spanFrom,
  type Parser,
} from './state.js';

/** `{ stmts tail }`. Recovers from errors statement by statement, never past the closing brace. */
export function parseBlock(p: Parser): Block {
  const t = peek(p);
  const lo = t.span.lo;
  if (!(t.kind === 'punct' && t.text === '{')) {
    error(p, `expected \`{\`, found ${describe(t)}`, t.span, 'expected `{`');
    return { id: nid(p), stmts: [], tail: null, span: { lo, hi: lo } };
  }
  if (!enter(p)) {
    skipTree(p);
    return { id: nid(p), stmts: [], tail: null, span: spanFrom(p, lo) };
  }
  try {
    return parseBlockInner(p, lo);
  } finally {
    leave(p);
  }
}

function parseBlockInner(p: Parser, lo: number): Block {
  const close = p.closeOf[p.pos] ?? -1;
  const savedEnd = p.end;
  const savedEof = p.eof;
  bump(p); // {
  // Inside the braces, the closing brace reads as the end: recovery cannot run past it.
  if (close >= 0 && close < p.end) {
    p.end = close;
    // The window's end reads as `eof` but is described as the brace (`found \`}\``).
    p.eof = { kind: 'eof', text: '}', span: p.toks[close]!.span, spaceBefore: false };
  }
  parseInnerAttrs(p);
  const stmts: Stmt[] = [];
  let tail: Expr | null = null;
  while (peek(p).kind !== 'eof') {
    const before = p.pos;
    const r = parseStmt(p);
    if (r.kind === 'stripped') {
      /* a false `#[cfg]` removed it */
    } else if (r.kind === 'tail') {
      if (peek(p).kind === 'eof') {
        tail = r.expr;
        break;
      }
      stmts.push({ kind: 'expr', id: nid(p), expr: r.expr, semi: false, span: r.expr.span });
    } else if (r.stmt !== null) stmts.push(r.stmt);
    if (p.pos === before) {
      const t = peek(p);
      if (isCloseDelim(t)) error(p, `unexpected closing delimiter: \`${t.text}\``, t.span, 'unexpected closing delimiter');
      // rustc's recover_stmt: skip the rest of the statement.
      skipTree(p);
      recoverStmt(p);
    }
  }
  p.end = savedEnd;
  p.eof = savedEof;
  if (close >= 0 && close < p.end) {
    p.pos = close;
    bump(p);
  }
  return { id: nid(p), stmts, tail, span: spanFrom(p, lo) };
}

type StmtResult = { readonly kind: 'stmt'; readonly stmt: Stmt | null } | { readonly kind: 'tail'; readonly expr: Expr } | { readonly kind: 'stripped' };

const STRIPPED: StmtResult = { kind: 'stripped' };

/** A statement that carries a false `#[cfg]` (or is an item rustc drops) is parsed, then dropped. */
function parseStmt(p: Parser): StmtResult {
  const t = peek(p);
  const lo = t.span.lo;
  if (t.kind === 'punct' && t.text === ';') {
    bump(p);
    return { kind: 'stmt', stmt: { kind: 'empty', id: nid(p), span: t.span } };
  }
  const attrs = parseOuterAttrs(p);
  const r = parseStmtAfterAttrs(p, lo, attrs);
  if (isCfgStripped(attrs)) return STRIPPED;
  if (r.kind === 'stmt' && r.stmt !== null && r.stmt.kind === 'item' && isItemCfgStripped(r.stmt.item)) return STRIPPED;
  return r;
}

function parseStmtAfterAttrs(p: Parser, lo: number, attrs: Attribute[]): StmtResult {
  if (atKw(p, 'let')) return { kind: 'stmt', stmt: parseLet(p, lo, attrs) };
  if (atItemStart(p)) {
    const item = parseItem(p, attrs, lo, 'block');
    if (item === null) return { kind: 'stmt', stmt: null };
    return { kind: 'stmt', stmt: { kind: 'item', id: nid(p), item, span: spanFrom(p, lo) } };
  }
  if (peek(p).kind === 'eof') {
    reportDanglingAttrs(p, attrs, 'expected statement after outer attribute');
    return { kind: 'stmt', stmt: null };
  }
  const start = p.pos;
  const expr = parseExprR(p, R_STMT);
  if (eat(p, ';')) return { kind: 'stmt', stmt: { kind: 'expr', id: nid(p), expr, semi: true, span: spanFrom(p, lo) } };
  if (peek(p).kind === 'eof') return { kind: 'tail', expr };
  if (isBlockLike(expr)) return { kind: 'stmt', stmt: { kind: 'expr', id: nid(p), expr, semi: false, span: spanFrom(p, lo) } };
  if (p.pos === start) return { kind: 'stmt', stmt: null };
  missingSemi(p, expr.kind === 'path' && expr.qself === null ? '`!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator' : '`.`, `;`, `?`, `}`, or an operator');
  if (!hasNewlineBefore(p)) recoverStmt(p);
  return { kind: 'stmt', stmt: { kind: 'expr', id: nid(p), expr, semi: true, span: spanFrom(p, lo) } };
}

/** After a bad statement: skip to just past the next `;`, or to a token that starts a statement on a new line. */
function recoverStmt(p: Parser): void {
  while (peek(p).kind !== 'eof') {
    const t = peek(p);
    if (t.kind === 'punct' && t.text === ';') {
      bump(p);
      return;
    }
    if (t.kind === 'ident' && (t.text === 'let' || atItemStart(p)) && hasNewlineBefore(p)) return;
    skipTree(p);
  }
}

function hasNewlineBefore(p: Parser): boolean {
  const t = peek(p);
  const prevHi = p.lastHi;
  return p.text.slice(prevHi, t.span.lo).indexOf('\n') >= 0;
}

function parseLet(p: Parser, lo: number, attrs: Attribute[]): Stmt {
  bump(p); // let
  const pat = parsePat(p);
  let ty: TypeExpr | null = null;
  if (eat(p, ':')) ty = parseType(p, true);
  let init: Expr | null = null;
  let els: Block | null = null;
  if (eat(p, '=')) {
    init = parseExpr(p);
    if (atKw(p, 'else')) {
      if (p.text.charCodeAt(init.span.hi - 1) === 125 /* } */) {
        error(p, 'right curly brace `}` before `else` in a `let...else` statement not allowed', { lo: init.span.hi - 1, hi: init.span.hi }, null);
      }
      bump(p);
      els = parseBlock(p);
    }
  }
  if (!eat(p, ';')) {
    const n = peek(p);
    if (init === null && ty === null) {
      error(p, `expected one of \`:\`, \`;\`, \`=\`, \`@\`, or \`|\`, found ${describe(n)}`, n.span, null);
    } else if (init === null) {
      error(p, `expected one of \`;\` or \`=\`, found ${describe(n)}`, n.span, null);
    } else {
      missingSemi(p, init.kind === 'path' && init.qself === null ? '`!`, `.`, `::`, `;`, `?`, `else`, `{`, or an operator' : '`.`, `;`, `?`, `else`, or an operator');
    }
    if (!(n.kind === 'ident' && (n.text === 'let' || atItemStart(p))) && !hasNewlineBefore(p)) recoverStmt(p);
  }
  return { kind: 'let', id: nid(p), attrs, pat, ty, init, else: els, span: spanFrom(p, lo) };
}

/**
 * rustc's wording when a statement is not followed by `;`: on a new line it assumes a forgotten
 * semicolon and points just past the previous token; on the same line it lists what could follow.
 */
function missingSemi(p: Parser, oneOf: string): void {
  const n = peek(p);
  if (hasNewlineBefore(p) && !(n.kind === 'punct' && (n.text === ',' || n.text === ':'))) {
    // rustc shows "help: add `;` here" at this point (a suggestion, not a label).
    error(p, `expected \`;\`, found ${describe(n)}`, { lo: p.lastHi, hi: p.lastHi }, null);
    return;
  }
  error(p, `expected one of ${oneOf}, found ${describe(n)}`, n.span, labelFor(`one of ${oneOf}`));
}
