import { iterateToFixpoint } from '../dataflow/framework.js';
import { dropckOverflowLocals, shallowTy } from './dropck-overflow.js';
import type { Body } from '../mir/mir.js';
import type { Span } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import { checkBody } from './check.js';
import { makeExplainCx } from './explain.js';
import type { BorrowckError, BorrowckResult, ClosureRequirement } from './facts.js';
import { closureRegionErrors, collectSigTemplates } from './closure-regions.js';
import type { ClosureSigTemplate } from '../types/results.js';
import { borrowsAnalysis, buildBorrowSet } from './loans.js';
import { illegalMoveErrors, moveOriginFinder } from './move-errors.js';
import { polonius } from './polonius/index.js';
import { prepare } from './prepare.js';
import { typeTestErrors } from './type-tests.js';
import { universalRegionErrors } from './universal-errors.js';
import { unusedMutLocals } from './used-mut.js';

export type { BorrowckError, BorrowckResult } from './facts.js';

/**
 * Borrow-checks one body (and its closures): facts only, no strings. An internal failure on a
 * construct the checker does not model becomes an `unsupported` fact, never a crash.
 */
export interface BorrowckOptions {
  /** Decide which loans are in scope with the location-sensitive analysis (`-Zpolonius=next`). */
  readonly polonius: boolean;
}

const NLL: BorrowckOptions = { polonius: false };

export function borrowck(body: Body, tcx: TypeContext, opts: BorrowckOptions = NLL, templates?: ReadonlyMap<number, ClosureSigTemplate>): BorrowckResult {
  try {
    return borrowckInner(body, tcx, opts, templates ?? collectSigTemplates(body, new Map()));
  } catch (e) {
    const what = `borrow checking \`${body.name}\` (${e instanceof Error ? e.message : String(e)})`;
    return { errors: [], loans: [], loanRegionPoints: [], numRegionVars: 0, unsupported: [{ span: body.span, what }], children: [], usedMutUpvars: [], unusedMut: [] };
  }
}

/** MIR the checker cannot trust (a local of unsized type cannot exist in valid MIR): say so rather than guess. */
function invalidMir(body: Body, tcx: TypeContext): { span: Span; what: string } | null {
  for (const d of body.locals) {
    const t = d.ty;
    if ((t.kind === 'slice' || t.kind === 'str' || t.kind === 'dyn') || (t.kind !== 'error' && t.kind !== 'param' && t.kind !== 'projection' && !tcx.isSized(t))) {
      return { span: d.span, what: `a value of unsized type \`${tcx.displayTy(t)}\` in \`${body.name}\`` };
    }
  }
  return null;
}

function borrowckInner(body: Body, tcx: TypeContext, opts: BorrowckOptions, templates: ReadonlyMap<number, ClosureSigTemplate>): BorrowckResult {
  const invalid = invalidMir(body, tcx);
  if (invalid !== null) return { errors: [], loans: [], loanRegionPoints: [], numRegionVars: 0, unsupported: [invalid], children: body.children.map((c) => borrowck(c, tcx, opts, templates)), usedMutUpvars: [], unusedMut: [] };
  // Closures first, as in rustc: what their bodies require of their captures' regions is checked
  // here, where they are built, and their mutated upvars decide which of this body's `mut`s are used.
  const children = body.children.map((c) => borrowck(c, tcx, opts, templates));
  const requirements = new Map<number, readonly ClosureRequirement[]>();
  const childUpvars = new Map<number, readonly number[]>();
  body.children.forEach((c, i) => {
    if (c.closure === null) return;
    const r = children[i]!.requirements;
    if (r !== undefined) requirements.set(c.closure.node, r);
    childUpvars.set(c.closure.node, children[i]!.usedMutUpvars);
  });
  const { cfg, idom, md, uninits, everInits, tc, rv } = prepare(body, tcx, { requirements, templates });
  const bs = buildBorrowSet(body, cfg, tc.loans, rv, opts.polonius ? polonius(tcx, cfg, tc, rv).outOfScope : null);
  const ba = borrowsAnalysis(body, tcx, cfg, bs);
  const borrows = iterateToFixpoint(body, cfg, ba);
  const ex = makeExplainCx(body, tcx, cfg, tc.cx, rv, idom);
  const moveOrigin = moveOriginFinder(body, tcx);

  const errors: BorrowckError[] = [];
  for (const o of dropckOverflowLocals(body, tcx)) errors.push({ kind: 'dropckOverflow', span: body.locals[o.local]!.span, ty: body.locals[o.local]!.ty, overflow: shallowTy(o.overflow, 10) });
  errors.push(...illegalMoveErrors(body, tcx, md, moveOrigin));
  const usedMut = new Set<number>();
  const usedMutUpvars = new Set<number>();
  errors.push(...checkBody({ body, tcx, cfg, md, bs, borrows, borrowsAnalysis: ba, uninits, everInits, idom, ex, moveOrigin, usedMut, usedMutUpvars }));
  const unusedMut = unusedMutLocals(body, tcx, usedMut, usedMutUpvars, childUpvars);
  let closureRequirements: readonly ClosureRequirement[] | undefined;
  if (body.closure === null) errors.push(...universalRegionErrors(tc.cx, rv, ex));
  else {
    const c = closureRegionErrors(tc.cx, rv, ex);
    errors.push(...c.errors);
    closureRequirements = c.requirements;
  }
  errors.push(...typeTestErrors(tc.cx, rv));
  for (const c of tc.cx.captureErrors) errors.push({ kind: 'hiddenTypeCapturesLifetime', ...c });
  for (const u of tc.cx.unprovable) errors.push({ kind: 'higherRankedLifetimeError', span: u.span, predicate: u.predicate });
  const notGeneralSeen = new Set<string>();
  for (const n of tc.cx.notGeneral) {
    // rustc reports an identical diagnostic once.
    const key = `${n.span.lo}:${n.span.hi}:${n.trait ?? ''}`;
    if (notGeneralSeen.has(key)) continue;
    notGeneralSeen.add(key);
    errors.push({ kind: 'notGeneralEnough', span: n.span, trait: n.trait });
  }
  errors.sort((a, b) => a.span.lo - b.span.lo || a.span.hi - b.span.hi);

  const loanPoints = bs.loans.map((l) => {
    const pts: number[] = [];
    rv.values[l.region]!.forEach((p) => { if (p < rv.numPoints) pts.push(p); });
    return pts;
  });
  return {
    errors,
    loans: bs.loans,
    loanRegionPoints: loanPoints,
    numRegionVars: tc.cx.numVars,
    unsupported: [],
    children,
    ...(closureRequirements === undefined ? {} : { requirements: closureRequirements }),
    usedMutUpvars: [...usedMutUpvars].sort((a, b) => a - b),
    unusedMut,
  };
}
