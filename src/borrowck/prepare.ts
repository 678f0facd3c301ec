import { buildCfg, type Cfg, dominators } from '../dataflow/cfg.js';
import { iterateToFixpoint, type Results } from '../dataflow/framework.js';
import { everInitialized, maybeInitialized, maybeUninitialized } from '../dataflow/init.js';
import { buildMoveData, type MoveData } from '../dataflow/move-paths.js';
import type { Body } from '../mir/mir.js';
import type { TypeContext } from '../types/context.js';
import { applyMemberConstraints } from './member-constraints.js';
import { type RegionValues, solveRegions } from './solve.js';
import { type ClosureFacts, typeCheck, type TypeCheckResult } from './type-check.js';

/** Everything borrowck computes before deciding which loans are in scope: shared by NLL, Polonius and the fact dump. */
export interface Prepared {
  readonly cfg: Cfg;
  readonly idom: Int32Array;
  readonly md: MoveData;
  readonly maybeInit: Results;
  readonly uninits: Results;
  readonly everInits: Results;
  readonly tc: TypeCheckResult;
  readonly rv: RegionValues;
}

export function prepare(body: Body, tcx: TypeContext, closures?: ClosureFacts): Prepared {
  const cfg = buildCfg(body);
  const idom = dominators(cfg);
  const md = buildMoveData(body, tcx, cfg);
  const maybeInit = iterateToFixpoint(body, cfg, maybeInitialized(body, md));
  const uninits = iterateToFixpoint(body, cfg, maybeUninitialized(body, md));
  const everInits = iterateToFixpoint(body, cfg, everInitialized(md));
  const tc = typeCheck(body, tcx, cfg, closures);
  applyMemberConstraints(tc.cx);
  const rv = solveRegions(body, tcx, cfg, tc.cx, md, maybeInit);
  return { cfg, idom, md, maybeInit, uninits, everInits, tc, rv };
}
