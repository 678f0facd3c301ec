import type { BlockId, Body, Location, TerminatorKind } from '../mir/mir.js';
import { assertNever } from '../util/assert.js';

/**
 * The control-flow graph of a body in the shapes the analyses want: successor and predecessor
 * lists, reverse postorder, and a dense numbering of program points (one per statement plus one
 * for the terminator of each block) so that region values and per-point tables are bit sets.
 */
export interface Cfg {
  readonly succ: readonly (readonly BlockId[])[];
  readonly pred: readonly (readonly BlockId[])[];
  /** Reachable blocks in reverse postorder from bb0. */
  readonly rpo: readonly BlockId[];
  /** First point index of each block; `blockStart[b] + i` is `bb b[i]`. */
  readonly blockStart: Int32Array;
  /** Block of each point. */
  readonly pointBlock: Int32Array;
  readonly numPoints: number;
}

export function successors(t: TerminatorKind): BlockId[] {
  switch (t.kind) {
    case 'goto': return [t.target];
    case 'switchInt': return [...t.targets, t.otherwise];
    case 'return':
    case 'unreachable':
    case 'unwindResume': return [];
    case 'drop': return t.unwind === null ? [t.target] : [t.target, t.unwind];
    case 'call': {
      const out: BlockId[] = [];
      if (t.target !== null) out.push(t.target);
      if (t.unwind !== null) out.push(t.unwind);
      return out;
    }
    case 'assert': return t.unwind === null ? [t.target] : [t.target, t.unwind];
    case 'falseEdge': return [t.real, t.imaginary];
    case 'falseUnwind': return t.unwind === null ? [t.real] : [t.real, t.unwind];
    default: return assertNever(t);
  }
}

export function buildCfg(body: Body): Cfg {
  const n = body.blocks.length;
  const succ: BlockId[][] = [];
  const pred: BlockId[][] = [];
  for (let b = 0; b < n; b++) pred.push([]);
  for (let b = 0; b < n; b++) {
    const s = dedup(successors(body.blocks[b]!.terminator.kind));
    succ.push(s);
    for (const t of s) pred[t]!.push(b);
  }
  const blockStart = new Int32Array(n + 1);
  let p = 0;
  for (let b = 0; b < n; b++) {
    blockStart[b] = p;
    p += body.blocks[b]!.statements.length + 1;
  }
  blockStart[n] = p;
  const pointBlock = new Int32Array(p);
  for (let b = 0; b < n; b++) pointBlock.fill(b, blockStart[b]!, blockStart[b + 1]!);
  return { succ, pred, rpo: reversePostorder(succ), blockStart, pointBlock, numPoints: p };
}

function dedup(xs: BlockId[]): BlockId[] {
  return xs.length < 2 || new Set(xs).size === xs.length ? xs : [...new Set(xs)];
}

function reversePostorder(succ: readonly (readonly BlockId[])[]): BlockId[] {
  if (succ.length === 0) return [];
  const post: BlockId[] = [];
  const seen = new Uint8Array(succ.length);
  // Iterative DFS: a stack of (block, next successor index).
  const stackB: number[] = [0];
  const stackI: number[] = [0];
  seen[0] = 1;
  while (stackB.length > 0) {
    const top = stackB.length - 1;
    const b = stackB[top]!;
    const i = stackI[top]!;
    const ss = succ[b]!;
    if (i < ss.length) {
      stackI[top] = i + 1;
      // Successors from the last one, as rustc's postorder does: errors are visited (and
      // deduplicated) in the same order as rustc's.
      const t = ss[ss.length - 1 - i]!;
      if (!seen[t]) { seen[t] = 1; stackB.push(t); stackI.push(0); }
    } else {
      post.push(b);
      stackB.pop();
      stackI.pop();
    }
  }
  return post.reverse();
}

export function pointOf(cfg: Cfg, loc: Location): number {
  return cfg.blockStart[loc.block]! + loc.index;
}

export function locationOf(cfg: Cfg, point: number): Location {
  const block = cfg.pointBlock[point]!;
  return { block, index: point - cfg.blockStart[block]! };
}

/** Dominators by the simple iterative algorithm (Cooper, Harvey, Kennedy) over reverse postorder. */
export function dominators(cfg: Cfg): Int32Array {
  const n = cfg.succ.length;
  const order = new Int32Array(n).fill(-1);
  cfg.rpo.forEach((b, i) => { order[b] = i; });
  const idom = new Int32Array(n).fill(-1);
  if (n === 0) return idom;
  idom[0] = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of cfg.rpo) {
      if (b === 0) continue;
      let nd = -1;
      for (const p of cfg.pred[b]!) {
        if (idom[p] === -1) continue;
        if (nd === -1) { nd = p; continue; }
        let x = p, y = nd;
        while (x !== y) {
          while (order[x]! > order[y]!) x = idom[x]!;
          while (order[y]! > order[x]!) y = idom[y]!;
        }
        nd = x;
      }
      if (nd !== -1 && idom[b] !== nd) { idom[b] = nd; changed = true; }
    }
  }
  return idom;
}

export function blockDominates(idom: Int32Array, a: BlockId, b: BlockId): boolean {
  let x = b;
  for (;;) {
    if (x === a) return true;
    const d = idom[x]!;
    if (d === -1 || d === x) return false;
    x = d;
  }
}

/** `a` dominates `b` at the level of locations. */
export function locationDominates(idom: Int32Array, a: Location, b: Location): boolean {
  if (a.block === b.block) return a.index <= b.index;
  return blockDominates(idom, a.block, b.block);
}
