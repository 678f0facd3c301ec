import type { Cfg } from '../dataflow/cfg.js';
import { iterateToFixpoint, walkBlockBackward, walkBlockForward, type Results } from '../dataflow/framework.js';
import { liveLocals } from '../dataflow/liveness.js';
import { forEachDescendant, type MoveData } from '../dataflow/move-paths.js';
import type { Body } from '../mir/mir.js';
import type { TypeContext } from '../types/context.js';
import { BitSet } from '../util/bitset.js';
import type { Ty } from '../types/ty.js';
import type { RegionCx } from './region-cx.js';
import { forEachRegionVar } from './ty-fold.js';

/**
 * NLL region inference: a region's value is a set of points plus one `end('u)` element per
 * universal region. Universal regions contain every point and their own end; liveness puts the
 * points where a local is live into every region of its type; outlives constraints propagate
 * values until nothing changes.
 */
export interface RegionValues {
  readonly numPoints: number;
  readonly values: BitSet[];
  /** Points each region holds from liveness alone, before propagation (rustc's liveness constraints); computed on first use, by explain only. */
  readonly liveValues: () => BitSet[];
  /** The same without rustc's boring locals: what explanations see (a later use of such a local explains nothing); Polonius's loan liveness keeps them. */
  readonly relevantLiveValues: () => BitSet[];
}

export function endElement(rv: RegionValues, universalIndex: number): number {
  return rv.numPoints + universalIndex;
}

export function solveRegions(body: Body, tcx: TypeContext, cfg: Cfg, cx: RegionCx, md: MoveData, maybeInit: Results): RegionValues {
  const numPoints = cfg.numPoints;
  const size = numPoints + cx.universals.length;
  const values: BitSet[] = [];
  for (let v = 0; v < cx.numVars; v++) values.push(new BitSet(size));
  const allPoints = new BitSet(size);
  for (let p = 0; p < numPoints; p++) allPoints.add(p);
  const initial = (vs: BitSet[], skipBoring: boolean): void => {
    cx.universals.forEach((u, i) => {
      vs[u.vr]!.union(allPoints);
      vs[u.vr]!.add(numPoints + i);
    });
    for (let i = 0; i < cx.liveVar.length; i++) vs[cx.liveVar[i]!]!.add(cx.livePoint[i]!);
    addLivenessConstraints(body, tcx, cfg, cx, md, maybeInit, vs, skipBoring);
  };
  initial(values, false);
  propagate(cx, values);
  const lazy = (skipBoring: boolean): (() => BitSet[]) => {
    let live: BitSet[] | null = null;
    return () => {
      if (live === null) {
        live = [];
        for (let v = 0; v < cx.numVars; v++) live.push(new BitSet(size));
        initial(live, skipBoring);
      }
      return live;
    };
  };
  return { numPoints, values, liveValues: lazy(false), relevantLiveValues: lazy(true) };
}

function addLivenessConstraints(body: Body, tcx: TypeContext, cfg: Cfg, cx: RegionCx, md: MoveData, maybeInit: Results, values: BitSet[], skipBoring: boolean): void {
  const state = new BitSet(body.locals.length);
  const anyRegions = cx.localRegions.some((r) => r.length > 0);
  if (!anyRegions) return;
  const boring = skipBoring ? boringLocals(cx) : new Uint8Array(body.locals.length);
  const useLive = iterateToFixpoint(body, cfg, liveLocals(body, () => false));
  for (const b of cfg.rpo) {
    walkBlockBackward(body, useLive, b, state, (loc, live) => {
      const point = cfg.blockStart[loc.block]! + loc.index;
      live.forEach((l) => { if (!boring[l]) for (const r of cx.localRegions[l]!) values[r]!.add(point); });
    });
  }

  // Drop-liveness: only for locals whose destructor may use borrowed data, and only where the
  // local may still be initialised (a moved-out local's drop does nothing).
  const dropRelevant = new Uint8Array(body.locals.length);
  const dropRegions: number[][] = [];
  let anyDrop = false;
  body.locals.forEach((d, l) => {
    dropRegions.push(boring[l] ? [] : dropLiveRegions(tcx, cx, l, d.ty));
    if (dropRegions[l]!.length > 0) { dropRelevant[l] = 1; anyDrop = true; }
  });
  if (!anyDrop) return;
  const initAt: (BitSet | undefined)[] = [];
  const initState = new BitSet(md.paths.length);
  for (const b of cfg.rpo) {
    walkBlockForward(body, maybeInit, b, initState, (loc, st) => {
      const point = cfg.blockStart[loc.block]! + loc.index;
      for (let l = 0; l < body.locals.length; l++) {
        if (!dropRelevant[l]) continue;
        let init = false;
        forEachDescendant(md, md.localPath[l]!, (p) => { if (st.has(p)) init = true; });
        if (init) { let s = initAt[l]; if (s === undefined) { s = new BitSet(cfg.numPoints); initAt[l] = s; } s.add(point); }
      }
    });
  }
  const dropLive = iterateToFixpoint(body, cfg, liveLocals(body, (l) => dropRelevant[l] === 1));
  for (const b of cfg.rpo) {
    walkBlockBackward(body, dropLive, b, state, (loc, live) => {
      const point = cfg.blockStart[loc.block]! + loc.index;
      live.forEach((l) => {
        if (!dropRelevant[l] || !initAt[l]?.has(point)) return;
        for (const r of dropRegions[l]!) values[r]!.add(point);
      });
    });
  }
}

/**
 * The regions of local `l`'s type that must be live where it is dropped (rustc's dropck): those
 * of the parts whose drop may use borrowed data, not a reference held beside a `Drop` value.
 */
export function dropLiveRegions(tcx: TypeContext, cx: RegionCx, l: number, declTy: Ty): number[] {
  const rs = cx.localRegions[l]!;
  if (rs.length === 0 || !tcx.needsDrop(declTy)) return [];
  if (tcx.dropLiveParts === undefined) return tcx.dropUsesBorrows(declTy) ? rs : [];
  const out: number[] = [];
  for (const part of tcx.dropLiveParts(cx.localTys[l]!)) forEachRegionVar(part, (id) => out.push(id));
  return out;
}

/**
 * rustc's boring locals (`compute_relevant_live_locals`): every region of their type outlives a
 * universal region, so it holds every point anyway and their liveness adds nothing. Leaving them
 * out changes no value, only what explains a borrow (a later use of such a local does not).
 */
function boringLocals(cx: RegionCx): Uint8Array {
  const outlivesFree = new Uint8Array(cx.numVars);
  const bySub: number[][] = [];
  for (let v = 0; v < cx.numVars; v++) bySub.push([]);
  for (let c = 0; c < cx.consSup.length; c++) bySub[cx.consSub[c]!]!.push(cx.consSup[c]!);
  const work: number[] = [];
  for (const u of cx.universals) { if (!outlivesFree[u.vr]) { outlivesFree[u.vr] = 1; work.push(u.vr); } }
  while (work.length > 0) {
    const v = work.pop()!;
    for (const sup of bySub[v]!) if (!outlivesFree[sup]) { outlivesFree[sup] = 1; work.push(sup); }
  }
  return Uint8Array.from(cx.localRegions, (rs) => (rs.length > 0 && rs.every((r) => outlivesFree[r]) ? 1 : 0));
}

function propagate(cx: RegionCx, values: BitSet[]): void {
  // For each var, the constraints in which it is the `sub` (when it grows, those `sup`s grow).
  const bySub: number[][] = [];
  for (let v = 0; v < cx.numVars; v++) bySub.push([]);
  for (let c = 0; c < cx.consSup.length; c++) bySub[cx.consSub[c]!]!.push(c);
  const queued = new Uint8Array(cx.numVars);
  const work: number[] = [];
  for (let v = 0; v < cx.numVars; v++) { queued[v] = 1; work.push(v); }
  while (work.length > 0) {
    const v = work.pop()!;
    queued[v] = 0;
    for (const c of bySub[v]!) {
      const sup = cx.consSup[c]!;
      if (values[sup]!.union(values[v]!) && !queued[sup]) { queued[sup] = 1; work.push(sup); }
    }
  }
}
