import type { Body, Location } from '../mir/mir.js';
import type { BitSet } from '../util/bitset.js';
import { pointOf } from './cfg.js';
import type { Analysis } from './framework.js';
import { forEachDescendant, type MoveData } from './move-paths.js';

/**
 * Initialisation analyses over move paths, as rustc's MaybeInitializedPlaces,
 * MaybeUninitializedPlaces and EverInitializedPlaces. At a location the move-outs take effect
 * before the inits (`a = f(move a)` leaves `a` initialised).
 */
function applyMovesAndInits(md: MoveData, state: BitSet, loc: Location, onMove: 'kill' | 'gen'): void {
  const point = pointOf(md.cfg, loc);
  const ms = md.movesAt[point];
  if (ms !== undefined) {
    for (const m of ms) setSubtree(md, state, md.moves[m]!.path, onMove === 'gen');
  }
  const is = md.initsAt[point];
  if (is !== undefined) {
    for (const i of is) {
      const init = md.inits[i]!;
      if (init.kind === 'shallow') { if (onMove === 'kill') state.add(init.path); else state.delete(init.path); continue; }
      setSubtree(md, state, init.path, onMove === 'kill');
    }
  }
}

/** Adds (or removes) a move path and all its descendants: `forEachDescendant` without a closure per call (this runs at every statement of every fixpoint pass). */
function setSubtree(md: MoveData, state: BitSet, path: number, add: boolean): void {
  if (add) state.add(path);
  else state.delete(path);
  for (let c = md.paths[path]!.firstChild; c !== -1; c = md.paths[c]!.nextSibling) setSubtree(md, state, c, add);
}

export function maybeInitialized(body: Body, md: MoveData): Analysis {
  return {
    direction: 'forward',
    domainSize: md.paths.length,
    join: 'union',
    initBoundary(state) {
      for (let a = 1; a <= body.argCount; a++) forEachDescendant(md, md.localPath[a]!, (p) => state.add(p));
    },
    statementEffect(state, _stmt, loc) { applyMovesAndInits(md, state, loc, 'kill'); },
    terminatorEffect(state, _term, loc) { applyMovesAndInits(md, state, loc, 'kill'); },
  };
}

export function maybeUninitialized(body: Body, md: MoveData): Analysis {
  return {
    direction: 'forward',
    domainSize: md.paths.length,
    join: 'union',
    initBoundary(state) {
      state.fill();
      for (let a = 1; a <= body.argCount; a++) forEachDescendant(md, md.localPath[a]!, (p) => state.delete(p));
    },
    statementEffect(state, _stmt, loc) { applyMovesAndInits(md, state, loc, 'gen'); },
    terminatorEffect(state, _term, loc) { applyMovesAndInits(md, state, loc, 'gen'); },
  };
}

/** Domain: indices into `md.inits`. StorageDead forgets the inits of the local. */
export function everInitialized(md: MoveData): Analysis {
  return {
    direction: 'forward',
    domainSize: md.inits.length,
    join: 'union',
    initBoundary(state) {
      md.inits.forEach((init, i) => { if (init.location === null) state.add(i); });
    },
    statementEffect(state, stmt, loc) {
      if (stmt.kind.kind === 'storageDead') {
        forEachDescendant(md, md.localPath[stmt.kind.local]!, (p) => { for (const i of md.pathInits[p]!) state.delete(i); });
      }
      const is = md.initsAt[pointOf(md.cfg, loc)];
      if (is !== undefined) for (const i of is) state.add(i);
    },
    terminatorEffect(state, _term, loc) {
      const is = md.initsAt[pointOf(md.cfg, loc)];
      if (is !== undefined) for (const i of is) state.add(i);
    },
  };
}
