import type { Body } from '../mir/mir.js';
import type { ClosureSigTemplate } from '../types/results.js';
import type { Region, Ty } from '../types/ty.js';
import { blameConstraint, constraintPathsFrom, type ExplainCx } from './explain.js';
import type { BlameCategory, BorrowckError, ClosureRequirement } from './facts.js';
import { newUniversal, type RegionCx } from './region-cx.js';
import type { RegionValues } from './solve.js';
import { foldTy } from './ty-fold.js';

/**
 * A closure body's universal regions (rustc's `UniversalRegions` of a closure): the regions of
 * its captures' types and the signature regions inferred in the parent are *external* (the
 * parent decides them; the body may only pass requirements between them up); the environment
 * reference's region and the regions the closure's signature binds are *local* (any need for
 * them to outlive an external region is an error in the body).
 *
 * Returns the types of the environment, argument and return locals with those universals in
 * place of their regions, by local index; `null` entries are left to the caller.
 */
export function closureLocalTys(body: Body, cx: RegionCx): Map<number, Ty> {
  const out = new Map<number, Ty>();
  const info = body.closure;
  if (info === null) return out;
  let n = 0;
  const universal = (role: 'env' | 'bound' | 'external', upvar: number, arg: number, capture = -1): Region => {
    const name = `'_closure${n++}`;
    const info = capture < 0 ? { kind: 'anon' as const, name, param: null }
      : { kind: 'anon' as const, name, param: null, upvar: { name: body.closure!.upvarNames[capture] ?? '_', decl: body.closure!.upvarDecl[capture] ?? null } };
    const v = newUniversal(cx, info, role, upvar);
    if (arg > 0) cx.universalArg[cx.universalOf[v]!] = arg;
    return { kind: 'var', id: v };
  };
  const env = body.locals[1]?.ty;
  if (env === undefined) return out;
  let upvar = 0;
  const withUpvars = (c: Ty): Ty => {
    if (c.kind !== 'closure') return c;
    const upvars = c.upvars.map((t, i) => foldTy(t, { region: () => universal('external', upvar++, 0, i), param: () => null }));
    return { ...c, upvars };
  };
  if (env.kind === 'ref') out.set(1, { ...env, region: universal('env', -1, 0), inner: withUpvars(env.inner) });
  else out.set(1, withUpvars(env));

  const template: ClosureSigTemplate | null = info.sigTemplate ?? null;
  // Free signature regions continue the capture regions' positions: inputs, then the output (as `closureRegionVars` lists them in the parent).
  const free = (): Region => universal('external', upvar++, 0);
  let single: Region | null = null;
  let bound = 0;
  // A bound region with an identity (`for<'a>`, Fn-sugar elision) is one local region wherever it occurs.
  const byId = new Map<number, Region>();
  for (let l = 2; l <= body.argCount; l++) {
    const t = body.locals[l]?.ty;
    if (t === undefined) continue;
    const tm = template?.inputs[l - 2] ?? null;
    out.set(l, withTemplate(t, tm, (isBound, _r, tr) => {
      if (!isBound) return free();
      const known = tr?.kind === 'erased' && tr.bound !== undefined ? byId.get(tr.bound) : undefined;
      if (known !== undefined) return known;
      if (template?.single === true && single !== null) return single;
      const r = universal('bound', -1, l);
      bound++;
      single = r;
      if (tr?.kind === 'erased' && tr.bound !== undefined) byId.set(tr.bound, r);
      return r;
    }));
  }
  const ret = body.locals[0]?.ty;
  if (ret !== undefined) {
    const tm = template?.output ?? null;
    const only: Region | null = bound === 1 || template?.single === true ? single : null;
    out.set(0, withTemplate(ret, tm, (isBound, _r, tr) => {
      if (!isBound) return free();
      const known = tr?.kind === 'erased' && tr.bound !== undefined ? byId.get(tr.bound) : undefined;
      return known ?? only ?? free();
    }));
  }
  return out;
}

/** `t` with each region replaced by `make(bound, region)`, where `bound` says whether the template binds that region. */
export function withTemplate(t: Ty, tm: Ty | null, make: (bound: boolean, r: Region, tr: Region | null) => Region): Ty {
  const allFree = (x: Ty): Ty => foldTy(x, { region: (r) => make(false, r, null), param: () => null });
  const region = (r: Region, tr: Region): Region => make(tr.kind === 'erased', r, tr);
  if (tm === null) return allFree(t);
  switch (t.kind) {
    case 'ref':
      if (tm.kind !== 'ref') return allFree(t);
      return { ...t, region: region(t.region, tm.region), inner: withTemplate(t.inner, tm.inner, make) };
    case 'adt':
      if (tm.kind !== 'adt' || tm.def !== t.def || tm.args.regions.length !== t.args.regions.length || tm.args.types.length !== t.args.types.length) return allFree(t);
      return { ...t, args: { ...t.args, regions: t.args.regions.map((r, i) => region(r, tm.args.regions[i]!)), types: t.args.types.map((x, i) => withTemplate(x, tm.args.types[i]!, make)) } };
    case 'tuple':
      if (tm.kind !== 'tuple' || tm.elems.length !== t.elems.length) return allFree(t);
      return t.elems.length === 0 ? t : { ...t, elems: t.elems.map((x, i) => withTemplate(x, tm.elems[i]!, make)) };
    case 'array': case 'slice':
      if (tm.kind !== 'array' && tm.kind !== 'slice') return allFree(t);
      return { ...t, elem: withTemplate(t.elem, tm.elem, make) };
    default:
      return allFree(t);
  }
}

/**
 * Requirements name the parent's lifetime parameter `p` as `PARAM_REGION_BASE - p` (-2, -3, …);
 * -1 is 'static, and non-negative numbers are positions among the closure type's regions.
 */
export const PARAM_REGION_BASE = -2;

/**
 * The closure's region errors and the requirements it passes to its parent (rustc's
 * `check_universal_regions` with `propagated_outlives_requirements`): an external region that
 * must outlive another external one (or 'static) becomes a requirement; one that must outlive a
 * local region needs 'static (the local region's only known non-local upper bound); a local
 * region that must outlive anything it is not known to is an error in the body.
 */
export function closureRegionErrors(cx: RegionCx, rv: RegionValues, ex: ExplainCx): { errors: BorrowckError[]; requirements: ClosureRequirement[] } {
  const U = cx.universals.length;
  const errors: BorrowckError[] = [];
  const requirements: ClosureRequirement[] = [];
  const seen = new Set<string>();
  for (let a = 1; a < U; a++) {
    const va = cx.universals[a]!.vr;
    const value = rv.values[va]!;
    const roleA = cx.universalRole[a]!;
    let paths: ((to: number) => number[]) | null = null;
    for (let b = 0; b < U; b++) {
      if (a === b || cx.known[a * U + b] || !value.has(rv.numPoints + b)) continue;
      const blame = () => { paths ??= constraintPathsFrom(ex, va); return blameConstraint(ex, paths(cx.universals[b]!.vr)); };
      const roleB = b === 0 ? 'static' : cx.universalRole[b]!;
      if (roleA === 'external') {
        const longer = cx.universalUpvar[a]!;
        if (longer === -1) continue;
        let shorter = -1;
        if (roleB === 'external') {
          shorter = cx.universalUpvar[b]!;
          if (shorter === -1) continue;
        }
        const key = `${longer}:${shorter}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const { category, span } = blame();
        requirements.push({ longer, shorter, category, span });
        continue;
      }
      const { category, span, variance } = blame();
      // rustc's "borrowed data escapes": the closure's region or the outlived one can be named
      // (an argument's, a capture's), and an assignment or a call argument needs it.
      const outlivedUpvar = roleB === 'external' && cx.universals[b]!.info.upvar !== undefined;
      const arg = cx.universalArg[a]!;
      const escapes = ((arg > 0 && roleB === 'static') || outlivedUpvar) && (category === 'assignment' || category === 'callArgument');
      // rustc's `report_fnmut_error`: an FnMut closure's environment returned.
      const fnMut = roleA === 'env' && category === 'return' && roleB !== 'env' && roleB !== 'bound' && ex.body.closure?.kind === 'FnMut';
      errors.push({ kind: 'lifetimeMayNotLiveLongEnough', span, longer: cx.universals[a]!.info, shorter: cx.universals[b]!.info, category, variance, longerArg: arg > 0 ? arg : null, ...(escapes ? { escapesClosure: true } : {}), ...(fnMut ? { fnMutEscape: true } : {}) });
      break;
    }
  }
  // Type tests (`T: 'r`) pass up as well: the parent proves them from its own bounds (rustc's
  // `try_promote_type_test`). A test on a region local to the closure is left unjudged.
  const seenTests = new Set<string>();
  for (const t of cx.typeTests) {
    // A test on a projection is not passed up (rustc would try its components): left unjudged.
    if (t.alias !== undefined) continue;
    const value = rv.values[t.region]!;
    for (let k = 0; k < U; k++) {
      if (!value.has(rv.numPoints + k)) continue;
      let shorter: number;
      if (k === 0) shorter = -1;
      else if (cx.universalRole[k] === 'external' && cx.universalUpvar[k]! !== -1) shorter = cx.universalUpvar[k]!;
      else continue;
      const key = `${t.param}:${shorter}:${t.span.lo}:${t.span.hi}`;
      if (seenTests.has(key)) continue;
      seenTests.add(key);
      requirements.push({ longer: -1, shorter, category: 'other', span: t.propagatedSpan ?? t.span, param: { index: t.param, name: t.name } });
    }
  }
  return { errors, requirements };
}

/** The constraint category a requirement brings into the parent: the closure's own blame. */
export function requirementCategory(c: BlameCategory): 'return' | 'typeAnnotation' | 'cast' | 'callArgument' | 'assignment' | 'copyBound' | 'predicate' {
  return c === 'other' ? 'predicate' : c;
}

/**
 * A closure type as the parent sees it: the regions its signature binds erased (each call
 * instantiates them afresh), the others kept.
 */
export function eraseBoundSig(t: Ty, templates: ReadonlyMap<number, ClosureSigTemplate>): Ty {
  if (templates.size === 0) return t;
  switch (t.kind) {
    case 'closure': {
      const upvars = t.upvars.map((u) => eraseBoundSig(u, templates));
      const tm = templates.get(t.node);
      if (tm === undefined) return { ...t, upvars };
      const keep = (bound: boolean, r: Region): Region => (bound ? { kind: 'erased' } : r);
      const inputs = t.sig.inputs.map((x, i) => withTemplate(x, tm.inputs[i] ?? null, keep));
      return { ...t, upvars, sig: { ...t.sig, inputs, output: withTemplate(t.sig.output, tm.output, keep) } };
    }
    case 'ref': case 'ptr': return { ...t, inner: eraseBoundSig(t.inner, templates) };
    case 'tuple': return t.elems.length === 0 ? t : { ...t, elems: t.elems.map((e) => eraseBoundSig(e, templates)) };
    case 'array': case 'slice': return { ...t, elem: eraseBoundSig(t.elem, templates) };
    case 'adt': return t.args.types.length === 0 ? t : { ...t, args: { ...t.args, types: t.args.types.map((x) => eraseBoundSig(x, templates)) } };
    default: return t;
  }
}

/** The region vars of a closure type in the order its body numbers its external regions: captures, then the signature's free regions. */
export function closureRegionVars(c: Ty & { kind: 'closure' }): (number | null)[] {
  const vars: (number | null)[] = [];
  const visit = { region: (r: Region): Region => { vars.push(r.kind === 'var' ? r.id : null); return r; }, param: () => null };
  for (const t of c.upvars) foldTy(t, visit);
  const sig = { region: (r: Region): Region => { if (r.kind !== 'erased') vars.push(r.kind === 'var' ? r.id : null); return r; }, param: () => null };
  for (const t of c.sig.inputs) foldTy(t, sig);
  foldTy(c.sig.output, sig);
  return vars;
}

/** Every closure signature template of a body and the closures inside it. */
export function collectSigTemplates(body: Body, into: Map<number, ClosureSigTemplate>): Map<number, ClosureSigTemplate> {
  for (const c of body.children) {
    if (c.closure !== null && c.closure.sigTemplate !== undefined) into.set(c.closure.node, c.closure.sigTemplate);
    collectSigTemplates(c, into);
  }
  return into;
}
