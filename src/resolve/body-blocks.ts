import type { Block, Expr, MacroExpansion, Stmt } from '../syntax/ast.js';
import { assertNever } from '../util/assert.js';

/**
 * Calls `f` for every block of a body (fn body or const initialiser) that declares items, outer
 * blocks first; `f` gets what it returned for the nearest enclosing such block (`outer` at the
 * top) and returns the value its inner blocks get. Items declared in those blocks are not
 * entered: their own bodies are separate bodies, walked when the item itself is collected.
 */
export function forEachItemBlock<T>(root: Block | Expr, outer: T, f: (b: Block, outer: T) => T): void {
  let cur = outer;
  const block = (b: Block): void => {
    const saved = cur;
    if (b.stmts.some((s) => s.kind === 'item')) cur = f(b, cur);
    for (const s of b.stmts) stmt(s);
    if (b.tail) expr(b.tail);
    cur = saved;
  };
  const stmt = (s: Stmt): void => {
    switch (s.kind) {
      case 'let':
        if (s.init) expr(s.init);
        if (s.else) block(s.else);
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
      case 'for': expr(e.iter); block(e.body); return;
      case 'match': expr(e.scrutinee); for (const a of e.arms) { opt(a.guard); expr(a.body); } return;
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
