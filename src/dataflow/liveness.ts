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
  const effect = (state: BitSet) => (place: { local: number; projection: readonly unknown[] }, use: PlaceUse) => {
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
      case 'mention':
        return;
      case 'copy':
      case 'move':
      case 'inspect':
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
  const scratchPlaces: { local: number; projection: readonly unknown[] }[] = [];
  const scratchUses: PlaceUse[] = [];
  const collect = (p: { local: number; projection: readonly unknown[] }, u: PlaceUse): void => { scratchPlaces.push(p); scratchUses.push(u); };
  const replay = (state: BitSet): void => {
    const f = effect(state);
    for (let i = scratchPlaces.length - 1; i >= 0; i--) f(scratchPlaces[i]!, scratchUses[i]!);
    scratchPlaces.length = 0;
    scratchUses.length = 0;
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
