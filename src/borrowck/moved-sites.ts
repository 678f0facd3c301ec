import { type Cfg, locationDominates, pointOf } from '../dataflow/cfg.js';
import { isAncestorOrSelf, type MoveData, type MovePathIndex } from '../dataflow/move-paths.js';
import type { Body, Location } from '../mir/mir.js';

/**
 * rustc's `get_moved_indexes`: walk backwards from a use to the move-outs of the used path (or
 * of its ancestors) that reach it, stopping at re-initialisations. A move found only after
 * crossing a loop's back edge is "in previous iteration of loop". StorageDead "moves" are not
 * user moves and are walked through.
 */
export interface FoundMove {
  readonly move: number;
  readonly backEdge: boolean;
}

export function movedIndexes(body: Body, cfg: Cfg, md: MoveData, idom: Int32Array, at: Location, mpi: MovePathIndex): FoundMove[] {
  const result: FoundMove[] = [];
  const visited = new Uint8Array(cfg.numPoints);
  const matches = (path: MovePathIndex): boolean => isAncestorOrSelf(md, path, mpi);
  const locOf = (p: number): Location => { const b = cfg.pointBlock[p]!; return { block: b, index: p - cfg.blockStart[b]! }; };
  const preds = (p: number, out: (q: number) => void): boolean => {
    const b = cfg.pointBlock[p]!;
    if (p > cfg.blockStart[b]!) { out(p - 1); return true; }
    for (const pb of cfg.pred[b]!) out(cfg.blockStart[pb]! + body.blocks[pb]!.statements.length);
    return cfg.pred[b]!.length > 0;
  };
  const stack: number[] = [];
  const backStack: number[] = [];
  const pushPreds = (p: number): boolean => {
    const here = locOf(p);
    return preds(p, (q) => { if (locationDominates(idom, here, locOf(q))) backStack.push(q); else stack.push(q); });
  };
  /** True when the walk stops here (a move or a re-initialisation of the path). */
  const visit = (p: number, backEdge: boolean): boolean => {
    if (visited[p]) return true;
    visited[p] = 1;
    const ms = md.movesAt[p];
    if (ms !== undefined) {
      for (const m of ms) {
        const mo = md.moves[m]!;
        if (mo.kind === 'storageDead') continue;
        if (mo.kind === 'move' && matches(mo.path)) { result.push({ move: m, backEdge }); return true; }
      }
    }
    const is = md.initsAt[p];
    if (is !== undefined) {
      for (const i of is) {
        const init = md.inits[i]!;
        if (init.kind === 'shallow' ? init.path === mpi : matches(init.path)) return true;
      }
    }
    return false;
  };
  let reachedStart = false;
  pushPreds(pointOf(cfg, at));
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (visit(p, false)) continue;
    if (!pushPreds(p)) reachedStart = true;
  }
  let isArgument = false;
  for (let a = 1; a <= body.argCount; a++) if (matches(md.localPath[a]!)) isArgument = true;
  // Moves in earlier iterations only count when the path is initialised on loop entry.
  if ((isArgument || !reachedStart) && result.length === 0) {
    while (backStack.length > 0) {
      const p = backStack.pop()!;
      if (visit(p, true)) continue;
      preds(p, (q) => backStack.push(q));
    }
  }
  return result;
}
