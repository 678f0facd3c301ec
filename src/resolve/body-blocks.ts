import type { Block, Expr } from '../syntax/ast.js';
import { walkBody } from '../syntax/walk.js';

/**
 * Calls `f` for every block of a body (fn body or const initialiser) that declares items, outer
 * blocks first; `f` gets what it returned for the nearest enclosing such block (`outer` at the
 * top) and returns the value its inner blocks get. Items declared in those blocks are not
 * entered: their own bodies are separate bodies, walked when the item itself is collected.
 */
export function forEachItemBlock<T>(root: Block | Expr, outer: T, f: (b: Block, outer: T) => T): void {
  let cur = outer;
  walkBody(root, {
    block: (b, inner) => {
      const saved = cur;
      if (b.stmts.some((s) => s.kind === 'item')) cur = f(b, cur);
      inner();
      cur = saved;
    },
  });
}
