import type { Crate } from './ast.js';

/**
 * Error recovery sometimes drops a subtree whose nodes already took NodeIds. When a parse has
 * errors, this renumbers the nodes still in the tree densely from 0 (keeping their order), so
 * later phases can always size their tables by `nodeCount`. Error-free parses never need it.
 */
export function compactNodeIds(crate: Crate): Crate {
  const nodes: { id: number }[] = [];
  const stack: unknown[] = [crate.attrs, crate.items];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || v instanceof Uint8Array) continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    const o = v as Record<string, unknown>;
    if (typeof o['id'] === 'number' && 'span' in o) nodes.push(o as { id: number });
    for (const k in o) {
      // Token trees hold no nodes (and nested macro calls can make them large).
      if (k === 'span' || k === 'token' || k === 'tokens' || k === 'trees' || k === 'opSpan') continue;
      const x = o[k];
      if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  if (nodes.length === crate.nodeCount) return crate;
  nodes.sort((a, b) => a.id - b.id);
  // Nodes are immutable to every later phase; renumbering happens before anyone sees them.
  nodes.forEach((n, i) => {
    n.id = i;
  });
  return { attrs: crate.attrs, items: crate.items, span: crate.span, nodeCount: nodes.length, ...(crate.edition === undefined ? {} : { edition: crate.edition }) };
}
