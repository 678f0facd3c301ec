import type { Span } from '../../syntax/span.js';
import { mayUnify, rollback, snapshot, unify } from '../infer.js';
import type { Adjustment, MethodCallee } from '../results.js';
import { confirmUniqueImpl, normalizeProjection, solve } from '../traits.js';
import type { DefId, FnSigTy, GenericArgsTy, Ty } from '../ty.js';
import { ERASED } from '../ty.js';
import { eraseTy, substTy } from '../ty-ops.js';
import type { ImplInfo, Tcx } from '../tcx.js';
import type { Fcx } from './fcx.js';
import { curModule, fresh, instantiateFn, normalize, register, sh, solveCx } from './fcx.js';
import { lookupName } from '../../resolve/paths.js';
import { accessible } from '../privacy.js';

export interface Step {
  readonly ty: Ty;
  /** Adjustments that lead from the original type to this step. */
  readonly adj: readonly Adjustment[];
}

/** The overloaded `Deref::deref` callee for a type, or null if it has no Deref impl. */
export function overloadedDeref(fcx: Fcx, t: Ty, span: Span): { callee: MethodCallee; target: Ty } | null {
  const deref = fcx.tcx.lang('Deref');
  if (deref < 0) return null;
  const target = normalizeProjection(solveCx(fcx), t, deref, [], 'Target');
  if (!target) return null;
  const def = fcx.tcx.assocItems(deref).get('deref')!;
  const args: GenericArgsTy = { regions: [], types: [t], consts: [] };
  const tn = normalize(fcx, eraseTy(target));
  return { callee: { def, args, sig: { inputs: [ref(t, false)], output: ref(tn, false), unsafe: false, variadic: false }, span }, target: tn };
}

export function ref(inner: Ty, mut: boolean): Ty {
  return { kind: 'ref', region: ERASED, mut, inner };
}

/** Autoderef: the type itself, then each dereference (builtin for & and Box, overloaded Deref). */
export function autoderef(fcx: Fcx, t0: Ty, span: Span, includeUnsize = false): Step[] {
  const steps: Step[] = [];
  let t = sh(fcx, t0);
  let adj: Adjustment[] = [];
  for (let i = 0; i < 10; i++) {
    steps.push({ ty: t, adj });
    if (t.kind === 'infer') break;
    let next: Ty | null = null;
    let a: Adjustment | null = null;
    if (t.kind === 'ref') {
      next = t.inner;
      a = { kind: 'deref', overloaded: null, target: t.inner };
    } else if (t.kind === 'adt' && fcx.tcx.adt(t.def).isBox) {
      next = t.args.types[0]!;
      a = { kind: 'deref', overloaded: null, target: next };
    } else if (t.kind === 'adt' || t.kind === 'param') {
      const o = overloadedDeref(fcx, t, span);
      if (o) {
        next = o.target;
        a = { kind: 'deref', overloaded: o.callee, target: o.target };
      }
    }
    if (!next || !a) break;
    t = sh(fcx, next);
    adj = [...adj, a];
  }
  if (includeUnsize) {
    const last = steps[steps.length - 1]!;
    if (last.ty.kind === 'array') steps.push({ ty: { kind: 'slice', elem: last.ty.elem }, adj: [...last.adj, { kind: 'unsize', target: { kind: 'slice', elem: last.ty.elem } }] });
  }
  return steps;
}

export interface Pick {
  readonly def: DefId;
  readonly args: GenericArgsTy;
  readonly sig: FnSigTy;
  readonly adj: readonly Adjustment[];
  readonly receiverTy: Ty;
}

interface Candidate {
  readonly def: DefId;
  /** Impl for inherent candidates, trait for trait candidates. */
  readonly container: DefId;
  readonly trait: boolean;
}

/** Per crate: the traits (in DefId order) and the method candidates of each name, found once. */
interface MethodIndex {
  readonly traits: readonly DefId[];
  readonly byName: Map<string, readonly Candidate[]>;
  /** Inherent impls that have an associated item of each name, in impl order. */
  readonly inherentByName: Map<string, readonly ImplInfo[]>;
}

const methodIndexes = new WeakMap<Tcx, MethodIndex>();

function methodIndex(tcx: Tcx): MethodIndex {
  let ix = methodIndexes.get(tcx);
  if (ix === undefined) {
    const traits: DefId[] = [];
    for (const d of tcx.table.defs) if (d.kind === 'trait') traits.push(d.id);
    const inherentByName = new Map<string, ImplInfo[]>();
    for (const ii of tcx.inherentImpls()) {
      for (const name of ii.items.keys()) {
        const l = inherentByName.get(name);
        if (l) l.push(ii);
        else inherentByName.set(name, [ii]);
      }
    }
    ix = { traits, byName: new Map(), inherentByName };
    methodIndexes.set(tcx, ix);
  }
  return ix;
}

function candidates(fcx: Fcx, name: string): readonly Candidate[] {
  const all = candidatesByName(fcx.tcx, name);
  // Whether a trait is in scope depends on the module being checked: filtered per probe, rarely needed.
  return all.some((c) => c.trait && !traitInScope(fcx, c.container)) ? all.filter((c) => !c.trait || traitInScope(fcx, c.container)) : all;
}

/** Every inherent and trait method of a name, scope aside (found once per name per crate). */
function candidatesByName(tcx: Tcx, name: string): readonly Candidate[] {
  const ix = methodIndex(tcx);
  const hit = ix.byName.get(name);
  if (hit !== undefined) return hit;
  const out: Candidate[] = [];
  for (const ii of ix.inherentByName.get(name) ?? []) {
    const m = ii.items.get(name);
    if (m !== undefined && ii.def !== null && tcx.info(m).kind === 'assocFn' && tcx.fnSig(m).hasSelf) out.push({ def: m, container: ii.def, trait: false });
  }
  for (const t of ix.traits) {
    const m = tcx.assocItems(t).get(name);
    if (m !== undefined && tcx.info(m).kind === 'assocFn' && tcx.fnSig(m).hasSelf) out.push({ def: m, container: t, trait: true });
  }
  ix.byName.set(name, out);
  return out;
}

/** Std traits whose methods need the trait imported (and which every type implements, so it matters). */
const IMPORT_ONLY: ReadonlySet<string> = new Set(['Borrow', 'BorrowMut']);

/** rustc considers a trait's methods only when the trait is in scope. */
function traitInScope(fcx: Fcx, trait: DefId): boolean {
  const d = fcx.tcx.info(trait);
  if (!d.std || !IMPORT_ONLY.has(d.name)) return true;
  return lookupName(fcx.tcx.table, curModule(fcx), d.name, 'type') === trait;
}

/**
 * rustc's method probe: by value, then `&`, then `&mut`, at each autoderef step; inherent before
 * trait methods. An inherent method the caller's module may not see is passed over (the probe goes
 * on); if nothing else applies, `hidden.def` names it (rustc's E0624).
 */
export function probeMethod(fcx: Fcx, recv: Ty, name: string, span: Span, hidden: { def: DefId | null } = { def: null }): Pick | null | 'ambiguous' {
  const steps = autoderef(fcx, recv, span, true);
  const cands = candidates(fcx, name);
  if (cands.length === 0) return null;
  for (const step of steps) {
    if (step.ty.kind === 'infer' && step.ty.flavor === 'general') return 'ambiguous';
    for (const mode of ['value', 'ref', 'refMut'] as const) {
      const adjusted = mode === 'value' ? step.ty : ref(step.ty, mode === 'refMut');
      for (const pass of [false, true]) {
        // `{integer}` receivers only see trait methods (rustc cannot pick an inherent impl yet).
        if (!pass && step.ty.kind === 'infer') continue;
        for (const c of cands) {
          if (c.trait !== pass) continue;
          if (!c.trait && !accessible(fcx.tcx, c.def, curModule(fcx))) {
            if (hidden.def === null && tryWithoutEffects(fcx, () => tryCandidate(fcx, c, adjusted, step, mode, span) !== null)) hidden.def = c.def;
            continue;
          }
          const p = tryCandidate(fcx, c, adjusted, step, mode, span);
          if (p) return p;
        }
      }
    }
  }
  return null;
}

/** Runs `f` and undoes what it did to the inference state and the pending obligations. */
function tryWithoutEffects(fcx: Fcx, f: () => boolean): boolean {
  const s = snapshot(fcx.icx);
  const savedObs = fcx.obligations.length;
  const savedProj = fcx.projections.length;
  const savedSend = fcx.sendObligations.length;
  try {
    return f();
  } finally {
    rollback(fcx.icx, s);
    fcx.sendObligations.length = savedSend;
    fcx.obligations.length = savedObs;
    fcx.projections.length = savedProj;
  }
}

function tryCandidate(fcx: Fcx, c: Candidate, adjusted: Ty, step: Step, mode: 'value' | 'ref' | 'refMut', span: Span): Pick | null {
  const tcx = fcx.tcx;
  const declared = tcx.fnSig(c.def).sig.inputs[0];
  if (!declared) return null;
  // The receiver must unify with `adjusted` below: most candidates fail that on their outermost types.
  if (!mayUnify(fcx.icx, declared, adjusted)) return null;
  const s = snapshot(fcx.icx);
  const savedObs = fcx.obligations.length;
  const savedProj = fcx.projections.length;
  const savedSend = fcx.sendObligations.length;
  const undo = (): null => {
    rollback(fcx.icx, s);
    fcx.sendObligations.length = savedSend;
    fcx.obligations.length = savedObs;
    fcx.projections.length = savedProj;
    return null;
  };
  const g = tcx.generics(c.def);
  const parentArgs: Ty[] = [];
  for (let i = 0; i < g.parentTypes; i++) parentArgs.push(fresh(fcx));
  const pa: GenericArgsTy = { regions: [], types: parentArgs, consts: [] };
  const xform = eraseTy(substTy(declared, pa));
  if (c.trait) {
    // Self must be known enough to check `Self: Trait`.
    if (!unify(fcx.icx, normalizeShallowParams(fcx, xform), adjusted)) return undo();
    const self = parentArgs[0]!;
    const r = solve({ ...solveCx(fcx), leakCheck: true }, { self, trait: c.container, args: parentArgs.slice(1), bindings: [] });
    if (r === 'no') return undo();
  } else {
    const ii = tcx.impl(c.container);
    if (!unify(fcx.icx, substTy(eraseTy(ii.selfTy), pa), sh(fcx, selfOfXform(fcx, xform, pa, ii.selfTy))) || !unify(fcx.icx, xform, adjusted)) return undo();
  }
  const inst = instantiateFn(fcx, c.def, span, { parent: parentArgs });
  if (c.trait) register(fcx, { self: parentArgs[0]!, trait: c.container, args: parentArgs.slice(1), bindings: [] }, span);
  if (!unify(fcx.icx, inst.sig.inputs[0]!, adjusted)) return undo();
  let adj: Adjustment[] = [...step.adj];
  if (mode === 'value') {
    if (step.ty.kind === 'ref') adj = [...adj, { kind: 'deref', overloaded: null, target: step.ty.inner }, { kind: 'borrow', mut: step.ty.mut, target: step.ty }];
  } else adj = [...adj, { kind: 'borrow', mut: mode === 'refMut', target: adjusted }];
  return { def: c.def, args: inst.args, sig: inst.sig, adj, receiverTy: adjusted };
}

function selfOfXform(_fcx: Fcx, _xform: Ty, pa: GenericArgsTy, implSelf: Ty): Ty {
  return substTy(eraseTy(implSelf), pa);
}

function normalizeShallowParams(_fcx: Fcx, t: Ty): Ty {
  return t;
}

/** `Type::name` (an associated fn or const of a type, inherent first, then traits it implements). */
export function probeAssoc(fcx: Fcx, base: Ty, name: string, span: Span): { def: DefId; parentArgs: Ty[] } | null {
  const tcx = fcx.tcx;
  for (const ii of methodIndex(tcx).inherentByName.get(name) ?? []) {
    const m = ii.items.get(name);
    if (m === undefined || ii.def === null) continue;
    const s = snapshot(fcx.icx);
    const parentArgs: Ty[] = [];
    for (let i = 0; i < ii.typeParams; i++) parentArgs.push(fresh(fcx));
    if (unify(fcx.icx, substTy(eraseTy(ii.selfTy), { regions: [], types: parentArgs, consts: [] }), base)) return { def: m, parentArgs };
    rollback(fcx.icx, s);
  }
  const matches: { def: DefId; parentArgs: Ty[] }[] = [];
  for (const t of methodIndex(tcx).traits) {
    const m = tcx.assocItems(t).get(name);
    if (m === undefined) continue;
    const s = snapshot(fcx.icx);
    const g = tcx.generics(t);
    const parentArgs: Ty[] = [base];
    for (let i = 1; i < g.types.length; i++) parentArgs.push(fresh(fcx));
    const r = solve({ ...solveCx(fcx), leakCheck: true }, { self: base, trait: t, args: parentArgs.slice(1), bindings: [] });
    rollback(fcx.icx, s);
    if (r !== 'no') matches.push({ def: m, parentArgs });
  }
  if (matches.length >= 1) {
    const m = matches[0]!;
    const pred = { self: base, trait: tcx.info(m.def).parent!, args: m.parentArgs.slice(1), bindings: [] };
    register(fcx, pred, span);
    confirmUniqueImpl(solveCx(fcx), pred);
    return m;
  }
  return null;
}
