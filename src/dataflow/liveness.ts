import type { Body } from '../mir/mir.js';
import type { BitSet } from '../util/bitset.js';
import type { Analysis } from './framework.js';
import { visitStatement, visitTerminator, type PlaceUse } from './visit.js';

/**
 * Backward liveness of locals. A full write of a local (`_1 = ..`, a call destination,
 * StorageLive/Dead) is a def; reads, borrows, and writes through projections are uses.
 * `drops` decides whether a Drop of a local counts as a use (for drop-liveness of regions only
 * types whose destructor may touch borrowed data matter); use-liveness passes `() => false`.
 */
export function liveLocals(body: Body, dropIsUse: (local: number) => boolean): Analysis {
  const apply = (state: BitSet, place: { local: number; projection: readonly unknown[] }, use: PlaceUse): void => {
    switch (use) {
      case 'store':
      case 'callDest':
        if (place.projection.length === 0) state.delete(place.local); else state.add(place.local);
        return;
      case 'storageLive':
      case 'storageDead':
        state.delete(place.local);
        return;
      case 'drop':
        if (dropIsUse(place.local)) state.add(place.local);
        return;
      // rustc counts `PlaceMention` (`let _ = r;`, a matched place) as a use: it keeps `r`'s loans live.
      case 'mention':
      case 'copy':
      case 'move':
      case 'inspect':
      case 'len':
      case 'borrow':
      case 'rawBorrow':
      case 'setDiscriminant':
        state.add(place.local);
        return;
      default: {
        const never: never = use;
        return never;
      }
    }
  };
  // Uses are visited in evaluation order; a backward transfer applies them in reverse (the
  // def of `_1 = f(_1)` before its use). One scratch buffer, reused.
  const places: { local: number; projection: readonly unknown[] }[] = [];
  const uses: PlaceUse[] = [];
  let n = 0;
  const collect = (p: { local: number; projection: readonly unknown[] }, u: PlaceUse): void => { places[n] = p; uses[n] = u; n++; };
  const replay = (state: BitSet): void => {
    for (let i = n - 1; i >= 0; i--) apply(state, places[i]!, uses[i]!);
    n = 0;
  };
  return {
    direction: 'backward',
    domainSize: body.locals.length,
    join: 'union',
    initBoundary() {},
    statementEffect(state, stmt) { visitStatement(stmt, collect); replay(state); },
    terminatorEffect(state, term) { visitTerminator(term, collect); replay(state); },
  };
}
