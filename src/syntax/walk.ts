import { assertNever } from '../util/assert.js';
import type { Block, Expr, MacroExpansion, Pat, Stmt } from './ast.js';

/**
 * What a body walk reports. `block` wraps the walk of a block's contents (call `inner` to go on),
 * so a caller can keep per-block state; the others are called after their children are walked.
 * Items declared in blocks are not entered: their bodies are separate bodies.
 */
export interface BodyVisitor {
  readonly block?: (b: Block, inner: () => void) => void;
  readonly letStmt?: (s: Stmt & { kind: 'let' }) => void;
  readonly forPat?: (p: Pat) => void;
  readonly match?: (e: Expr & { kind: 'match' }) => void;
}

/** Walks every expression of a body (fn body or const initialiser), closures included. */
export function walkBody(root: Block | Expr, v: BodyVisitor): void {
  const block = (b: Block): void => {
    const inner = (): void => {
      for (const s of b.stmts) stmt(s);
      if (b.tail) expr(b.tail);
    };
    if (v.block) v.block(b, inner);
    else inner();
  };
  const stmt = (s: Stmt): void => {
    switch (s.kind) {
      case 'let':
        if (s.init) expr(s.init);
        if (s.else) block(s.else);
        v.letStmt?.(s);
        return;
      case 'expr': expr(s.expr); return;
      case 'item': case 'empty': return;
      default: assertNever(s);
    }
  };
  const opt = (e: Expr | null): void => {
    if (e) expr(e);
  };
  const expansion = (m: MacroExpansion): void => {
    switch (m.kind) {
      case 'format': opt(m.dest); for (const a of m.args) expr(a.expr); return;
      case 'vec': m.elems.forEach(expr); return;
      case 'vecRepeat': expr(m.elem); expr(m.count); return;
      case 'assert': expr(m.cond); if (m.message) expansion(m.message); return;
      case 'assertCmp': expr(m.left); expr(m.right); if (m.message) expansion(m.message); return;
      case 'matches': expr(m.scrutinee); opt(m.guard); return;
      case 'dbg': m.args.forEach(expr); return;
      case 'expr': expr(m.expr); return;
      default: assertNever(m);
    }
  };
  const expr = (e: Expr): void => {
    switch (e.kind) {
      case 'lit': case 'path': case 'continue': case 'err': return;
      case 'unary': case 'ref': case 'cast': case 'try': case 'await': expr(e.operand); return;
      case 'binary': case 'assign': case 'assignOp': expr(e.lhs); expr(e.rhs); return;
      case 'call': expr(e.callee); e.args.forEach(expr); return;
      case 'methodCall': expr(e.receiver); e.args.forEach(expr); return;
      case 'field': expr(e.base); return;
      case 'index': expr(e.base); expr(e.index); return;
      case 'tuple': case 'array': e.elems.forEach(expr); return;
      case 'repeat': expr(e.elem); expr(e.count); return;
      case 'struct': for (const fi of e.fields) expr(fi.expr); opt(e.base); return;
      case 'block': block(e.block); return;
      case 'if': expr(e.cond); block(e.then); opt(e.else); return;
      case 'let': expr(e.scrutinee); return;
      case 'while': expr(e.cond); block(e.body); return;
      case 'loop': block(e.body); return;
      case 'for': expr(e.iter); v.forPat?.(e.pat); block(e.body); return;
      case 'match': expr(e.scrutinee); for (const a of e.arms) { opt(a.guard); expr(a.body); } v.match?.(e); return;
      case 'closure': expr(e.body); return;
      case 'break': case 'return': opt(e.value); return;
      case 'range': opt(e.lo); opt(e.hi); return;
      case 'paren': expr(e.inner); return;
      case 'macro': if (e.expansion) expansion(e.expansion); return;
      default: assertNever(e);
    }
  };
  if ('stmts' in root) block(root);
  else expr(root);
}
