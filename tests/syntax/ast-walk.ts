/**
 * Test helpers that look at an AST generically: every object with a numeric `id` is a node.
 * Iterative, so deep trees from stress inputs do not overflow the stack.
 */
export function collectNodeIds(root: unknown): number[] {
  const ids: number[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (v instanceof Uint8Array) continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    const o = v as Record<string, unknown>;
    if (typeof o['id'] === 'number' && 'span' in o) ids.push(o['id']);
    for (const k in o) {
      if (k === 'span' || k === 'token' || k === 'tokens' || k === 'trees') continue;
      stack.push(o[k]);
    }
  }
  return ids;
}

/** A JSON-like rendering without spans, ids and token spacing, for structural comparison. */
export function stripForCompare(root: unknown): unknown {
  const seen = (v: unknown): unknown => {
    if (typeof v === 'bigint') return `${v}n`;
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Uint8Array) return Array.from(v);
    if (Array.isArray(v)) return v.map(seen);
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) {
      if (k === 'span' || k === 'id' || k === 'opSpan' || k === 'open' || k === 'close' || k === 'spaceBefore' || k === 'nodeCount') continue;
      out[k] = seen(o[k]);
    }
    return out;
  };
  return seen(root);
}
