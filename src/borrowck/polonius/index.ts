import { type Cfg, pointOf } from '../../dataflow/cfg.js';
import type { TypeContext } from '../../types/context.js';
import type { RegionValues } from '../solve.js';
import type { TypeCheckResult } from '../type-check.js';
import { VarianceCache } from '../variance.js';
import { buildInput, type PoloniusInput } from './input.js';
import { computeLoanLiveness, type LoanLiveness, loansOutOfScope } from './rules.js';

export type { PoloniusInput } from './input.js';
export type { LoanLiveness } from './rules.js';

export interface PoloniusResult {
  readonly input: PoloniusInput;
  readonly liveness: LoanLiveness;
  /** Point → loans leaving the set of loans in scope there (replaces NLL's region-based scopes). */
  readonly outOfScope: readonly (readonly number[] | undefined)[];
}

/** The location-sensitive analysis of one body, from the type check's constraints and the liveness of its regions. */
export function polonius(tcx: TypeContext, cfg: Cfg, tc: TypeCheckResult, rv: RegionValues): PoloniusResult {
  const input = buildInput(cfg, tc.cx, rv.liveValues(), new VarianceCache(tcx), tc.loans.map((l) => ({ region: l.region, point: pointOf(cfg, l.location) })));
  const liveness = computeLoanLiveness(input);
  return { input, liveness, outOfScope: loansOutOfScope(input, liveness, cfg.succ) };
}
