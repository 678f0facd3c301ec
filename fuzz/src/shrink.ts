import { countNodes, nest, type Node } from './tree.js';

/**
 * Smaller variants of a statement list, largest cuts first: drop chunks of consecutive
 * statements (halves, quarters, … single ones), replace a compound statement by one of its
 * bodies (inlining a block, keeping one branch), then the same inside each body.
 */
export function* variants(list: readonly Node[]): Generator<readonly Node[]> {
  let size = 1;
  while (size * 2 <= list.length) size *= 2;
  for (; size >= 1; size = Math.floor(size / 2)) {
    for (let start = 0; start < list.length; start += size) {
      yield [...list.slice(0, start), ...list.slice(start + size)];
    }
  }
  for (let i = 0; i < list.length; i++) {
    const n = list[i];
    if (n === undefined || n.kind !== 'nest') continue;
    for (const b of n.bodies) yield [...list.slice(0, i), ...b, ...list.slice(i + 1)];
  }
  for (let i = 0; i < list.length; i++) {
    const n = list[i];
    if (n === undefined || n.kind !== 'nest') continue;
    for (let bi = 0; bi < n.bodies.length; bi++) {
      const b = n.bodies[bi] ?? [];
      for (const v of variants(b)) {
        const bodies = n.bodies.map((x, j) => (j === bi ? v : x));
        yield [...list.slice(0, i), nest(n.segs, bodies), ...list.slice(i + 1)];
      }
    }
  }
}

export interface ShrinkResult {
  readonly items: readonly Node[];
  readonly tests: number;
}

/**
 * Greedy delta debugging: take the first smaller variant that is still interesting and go on
 * from it, until no variant is or `maxTests` candidates have been tried. After a success the
 * next round starts at the same position (earlier cuts just failed and likely still do) and
 * wraps around, so the result is a fixpoint unless the budget runs out.
 */
export async function shrink(items: readonly Node[], interesting: (items: readonly Node[]) => Promise<boolean>, maxTests: number): Promise<ShrinkResult> {
  let best = items;
  let tests = 0;
  let startAt = 0;
  for (;;) {
    const size = countNodes(best);
    const all = [...variants(best)].filter((v) => countNodes(v) < size);
    const n = all.length;
    let found = -1;
    for (let k = 0; k < n && tests < maxTests; k++) {
      const i = (startAt + k) % n;
      const v = all[i];
      if (v === undefined) continue;
      tests += 1;
      if (await interesting(v)) {
        best = v;
        found = i;
        break;
      }
    }
    if (found < 0) break;
    startAt = found;
  }
  return { items: best, tests };
}
