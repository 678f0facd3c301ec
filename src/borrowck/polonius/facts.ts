import { pointOf } from '../../dataflow/cfg.js';
import { lookupPlace } from '../../dataflow/move-paths.js';
import { visitStatement, visitTerminator, type PlaceUse } from '../../dataflow/visit.js';
import type { Body, BorrowKind, Place } from '../../mir/mir.js';
import type { TypeContext } from '../../types/context.js';
import { assertNever } from '../../util/assert.js';
import type { Loan } from '../facts.js';
import { placesConflict } from '../places-conflict.js';
import { dropLiveRegions } from '../solve.js';
import type { Prepared } from '../prepare.js';
import type { FlowDirection, PoloniusInput } from './input.js';

/**
 * The analysis' inputs as plain relations, one array of tuples per relation, named as in the
 * polonius-engine fact set (origins are region variables `'?N`, points are `bb[i]` in dense
 * numbering, loans `bwN`, move paths `mpN`). The loan-liveness engines read only the first group;
 * the rest is the context a reader of the facts needs (where locals are used, defined, dropped,
 * moved), and what the datalog Polonius' move and subset-error rules read.
 */
export interface PoloniusFacts {
  // ---- what the location-sensitive loan liveness reads ----
  /** (origin, loan, point): `&'origin place` issued at point. */
  readonly loanIssuedAt: readonly (readonly [number, number, number])[];
  readonly cfgEdge: readonly (readonly [number, number])[];
  /** (origin1, origin2, point): `origin1: origin2` arises at point, so loans of origin1 flow into origin2 there. */
  readonly subsetBase: readonly (readonly [number, number, number])[];
  /** (origin1, origin2): `origin1: origin2` at every point (the signature's relations). */
  readonly subsetAll: readonly (readonly [number, number])[];
  readonly originLiveOnEntry: readonly (readonly [number, number])[];
  /** (origin, direction): how loans travel along CFG edges inside a live origin (from variance). */
  readonly originFlow: readonly (readonly [number, FlowDirection])[];
  /** (origin, name): universal origins (placeholders), live at every point. */
  readonly placeholder: readonly (readonly [number, string])[];
  // ---- context: accesses, kills, liveness inputs, moves ----
  /** (loan, point): the borrowed place is overwritten or its local dies: the loan leaves scope. */
  readonly loanKilledAt: readonly (readonly [number, number])[];
  /** (point, loan): an access at point conflicts with the loan (an error if the loan is in scope there). */
  readonly loanInvalidatedAt: readonly (readonly [number, number])[];
  readonly knownPlaceholderSubset: readonly (readonly [number, number])[];
  readonly varDefinedAt: readonly (readonly [number, number])[];
  readonly varUsedAt: readonly (readonly [number, number])[];
  readonly varDroppedAt: readonly (readonly [number, number])[];
  readonly useOfVarDerefsOrigin: readonly (readonly [number, number])[];
  /** (local, origin): dropping the local may use the borrows of origin (its type's destructor sees them). */
  readonly dropOfVarDerefsOrigin: readonly (readonly [number, number])[];
  readonly pathIsVar: readonly (readonly [number, number])[];
  readonly childPath: readonly (readonly [number, number])[];
  readonly pathAssignedAtBase: readonly (readonly [number, number])[];
  readonly pathMovedAtBase: readonly (readonly [number, number])[];
  readonly pathAccessedAtBase: readonly (readonly [number, number])[];
}

export function factTables(body: Body, tcx: TypeContext, prep: Prepared, inp: PoloniusInput, loans: readonly Loan[]): PoloniusFacts {
  const { cfg, tc, md } = prep;
  const cx = tc.cx;
  const loanIssuedAt = loans.map((l) => [l.region, l.index, pointOf(cfg, l.location)] as const);
  const cfgEdge: [number, number][] = [];
  inp.succ.forEach((qs, p) => { for (const q of qs) cfgEdge.push([p, q]); });
  const subsetBase: [number, number, number][] = [];
  inp.subsetAt.forEach((cs, p) => { if (cs !== undefined) for (const [a, b] of cs) subsetBase.push([a, b, p]); });
  const subsetAll: [number, number][] = [];
  inp.subsetAll.forEach((subs, o) => { for (const s of subs) subsetAll.push([o, s]); });
  const originLiveOnEntry: [number, number][] = [];
  inp.liveAt.forEach((live, o) => { for (let p = 0; p < inp.numPoints; p++) if (live.has(p)) originLiveOnEntry.push([o, p]); });
  const originFlow: [number, FlowDirection][] = [];
  inp.direction.forEach((d, o) => { if (d !== null) originFlow.push([o, d]); });
  const placeholder = cx.universals.map((u) => [u.vr, u.info.name] as const);
  const U = cx.universals.length;
  const knownPlaceholderSubset: [number, number][] = [];
  for (let a = 0; a < U; a++) for (let b = 0; b < U; b++) if (a !== b && cx.known[a * U + b]) knownPlaceholderSubset.push([cx.universals[a]!.vr, cx.universals[b]!.vr]);

  const loanKilledAt: [number, number][] = [];
  const loanInvalidatedAt: [number, number][] = [];
  const varDefinedAt: [number, number][] = [];
  const varUsedAt: [number, number][] = [];
  const varDroppedAt: [number, number][] = [];
  const kill = (place: Place, p: number): void => {
    for (const l of loans) if (placesConflict(body, tcx, l.place, place, 'deep', 'noOverlap')) loanKilledAt.push([l.index, p]);
  };
  const access = (place: Place, use: PlaceUse, shared: boolean, p: number): void => {
    const conflicts = (l: Loan): boolean => placesConflict(body, tcx, l.place, place, use === 'store' || use === 'storageDead' ? 'shallow' : 'deep', 'overlap', l.kind);
    const loanShared = (l: Loan): boolean => l.kind === 'shared' || l.kind === 'shallow';
    for (const l of loans) if ((!shared || !loanShared(l)) && conflicts(l)) loanInvalidatedAt.push([p, l.index]);
  };
  const onUse = (p: number) => (place: Place, use: PlaceUse, bk: BorrowKind | null): void => {
    switch (use) {
      case 'store': case 'callDest':
        if (place.projection.length === 0) varDefinedAt.push([place.local, p]); else varUsedAt.push([place.local, p]);
        kill(place, p);
        access(place, use, false, p);
        return;
      case 'storageDead':
        varDefinedAt.push([place.local, p]);
        for (const l of loans) if (l.place.local === place.local) loanKilledAt.push([l.index, p]);
        access(place, use, false, p);
        return;
      case 'storageLive': varDefinedAt.push([place.local, p]); return;
      case 'drop': varDroppedAt.push([place.local, p]); access(place, use, false, p); return;
      case 'copy': case 'inspect': case 'len': case 'rawBorrow':
        varUsedAt.push([place.local, p]); access(place, use, true, p); return;
      case 'borrow':
        varUsedAt.push([place.local, p]); access(place, use, bk === 'shared' || bk === 'shallow', p); return;
      case 'move': case 'setDiscriminant':
        varUsedAt.push([place.local, p]); access(place, use, false, p); return;
      case 'mention': return;
      default: return assertNever(use);
    }
  };
  body.blocks.forEach((block, b) => {
    block.statements.forEach((st, i) => visitStatement(st, onUse(pointOf(cfg, { block: b, index: i }))));
    visitTerminator(block.terminator, onUse(pointOf(cfg, { block: b, index: block.statements.length })));
  });
  const useOfVarDerefsOrigin: [number, number][] = [];
  const dropOfVarDerefsOrigin: [number, number][] = [];
  cx.localRegions.forEach((rs, l) => {
    for (const r of rs) useOfVarDerefsOrigin.push([l, r]);
    for (const r of dropLiveRegions(tcx, cx, l, body.locals[l]!.ty)) dropOfVarDerefsOrigin.push([l, r]);
  });

  const pathIsVar: [number, number][] = [];
  const childPath: [number, number][] = [];
  md.paths.forEach((mp, i) => { if (mp.parent < 0) pathIsVar.push([i, mp.local]); else childPath.push([i, mp.parent]); });
  const pathAssignedAtBase = md.inits.filter((i) => i.location !== null).map((i) => [i.path, pointOf(cfg, i.location!)] as const);
  const pathMovedAtBase = md.moves.filter((m) => m.kind === 'move').map((m) => [m.path, pointOf(cfg, m.location)] as const);
  // Reads and borrows of places that have a move path (an initialisation check happens there).
  const pathAccessedAtBase: [number, number][] = [];
  const onAccess = (p: number) => (place: Place, use: PlaceUse): void => {
    if (use !== 'copy' && use !== 'move' && use !== 'borrow' && use !== 'rawBorrow' && use !== 'inspect' && use !== 'len') return;
    const r = lookupPlace(md, place);
    if (r.exact) pathAccessedAtBase.push([r.path, p]);
  };
  body.blocks.forEach((block, b) => {
    block.statements.forEach((st, i) => visitStatement(st, onAccess(pointOf(cfg, { block: b, index: i }))));
    visitTerminator(block.terminator, onAccess(pointOf(cfg, { block: b, index: block.statements.length })));
  });
  return {
    loanIssuedAt, cfgEdge, subsetBase, subsetAll, originLiveOnEntry, originFlow, placeholder,
    loanKilledAt, loanInvalidatedAt, knownPlaceholderSubset, varDefinedAt, varUsedAt, varDroppedAt, useOfVarDerefsOrigin, dropOfVarDerefsOrigin,
    pathIsVar, childPath, pathAssignedAtBase, pathMovedAtBase, pathAccessedAtBase,
  };
}
