import { pointOf } from '../../dataflow/cfg.js';
import type { Body } from '../../mir/mir.js';
import type { TypeContext } from '../../types/context.js';
import type { Loan } from '../facts.js';
import { buildBorrowSet } from '../loans.js';
import { type Prepared, prepare } from '../prepare.js';
import { factTables, type PoloniusFacts } from './facts.js';
import { polonius, type PoloniusResult } from './index.js';

/** One body's Polonius facts and results, for `borrowscope facts` and `check --compare`. */
export interface BodyStudy {
  readonly body: Body;
  readonly prep: Prepared;
  readonly loans: readonly Loan[];
  readonly result: PoloniusResult;
  readonly facts: PoloniusFacts;
  /** Per loan, the points where NLL's region of the loan holds it (its region contains the point). */
  readonly nllRegionPoints: readonly (readonly number[])[];
}

export function studyBody(body: Body, tcx: TypeContext): BodyStudy {
  const prep = prepare(body, tcx);
  const result = polonius(tcx, prep.cfg, prep.tc, prep.rv);
  const bs = buildBorrowSet(body, prep.cfg, prep.tc.loans, prep.rv, result.outOfScope);
  const facts = factTables(body, tcx, prep, result.input, bs.loans);
  const nllRegionPoints = bs.loans.map((l) => {
    const pts: number[] = [];
    const v = prep.rv.values[l.region]!;
    for (let p = pointOf(prep.cfg, { block: 0, index: 0 }); p < prep.cfg.numPoints; p++) if (v.has(p)) pts.push(p);
    return pts;
  });
  return { body, prep, loans: bs.loans, result, facts, nllRegionPoints };
}
