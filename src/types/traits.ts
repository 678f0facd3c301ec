import type { InferCtxt } from './infer.js';
import { freshVar, mayUnify, newInfer, rollback, shallow, snapshot, unify, resolveTy } from './infer.js';
import type { ImplInfo, Predicate, Tcx } from './tcx.js';
import type { GenericArgsTy, Region, Ty } from './ty.js';
import { ERASED } from './ty.js';
import { eraseTy, foldTy, hasInfer, someTy, substTy, jsonKey } from './ty-ops.js';
import { isPrimOpTrait, primOpOutput, solvePrimOp } from './prim-ops.js';
import { assertNever } from '../util/assert.js';

/**
 * Trait selection for inference and for the TypeContext questions (Copy, Send, drop): impls of
 * the std model and the user's crate, derives, builtin impls (primitives, tuples, closures, fn
 * items), auto traits structurally, and the bounds in scope (param env).
 */
export type Answer = 'yes' | 'no' | 'maybe';

export interface SolveCx {
  readonly tcx: Tcx;
  readonly icx: InferCtxt;
  readonly env: readonly Predicate[];
  /** Closure kinds known so far (by closure NodeId); unknown ones satisfy every Fn trait. */
  readonly closureKind?: (node: number) => 'Fn' | 'FnMut' | 'FnOnce' | null;
  /**
   * Method and associated-item probing: impls are matched with rustc's leak check, so an impl
   * for `fn(&'a T)` or `fn(T)` is no candidate for `for<'r> fn(&'r T)`. (Proving an obligation
   * instead selects such an impl and borrowck finds it not general enough.)
   */
  readonly leakCheck?: boolean;
}

const FN_TRAITS = ['Fn', 'FnMut', 'FnOnce'];
/** Traits every integer and float type implements (so `{integer}: Ord` holds before the type is known). */
const PRIM_TRAITS: ReadonlySet<string> = new Set(['Copy', 'Clone', 'Send', 'Sync', 'Debug', 'Display', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default', 'ToString']);
/** Of those, the ones floats lack (NaN breaks total equality and order). */
const FLOAT_LACKS: ReadonlySet<string> = new Set(['Eq', 'Ord', 'Hash']);

function langName(tcx: Tcx, trait: number): string | null {
  return tcx.info(trait).lang ?? (tcx.info(trait).std ? tcx.info(trait).name : null);
}

export function instantiateImpl(cx: SolveCx, ii: ImplInfo): GenericArgsTy {
  const types: Ty[] = [];
  for (let i = 0; i < ii.typeParams; i++) types.push(freshVar(cx.icx));
  const regions = [];
  for (let i = 0; i < ii.regionParams; i++) regions.push(ERASED);
  return { regions, types, consts: [] };
}

/**
 * An impl's self type with projections on concrete types normalised (`impl NonZero for <i32 as
 * Int>::T` is an impl for `i32`), as rustc normalises impl headers. Cached per impl.
 */
const implSelfCache = new WeakMap<ImplInfo, Ty>();
function implSelf(cx: SolveCx, ii: ImplInfo): Ty {
  if (!someTy(ii.selfTy, (x) => x.kind === 'projection')) return ii.selfTy;
  let t = implSelfCache.get(ii);
  if (t === undefined) {
    const concrete = !someTy(ii.selfTy, (x) => x.kind === 'param');
    implSelfCache.set(ii, ii.selfTy); // a header normalising through itself stays as written
    t = concrete ? deepNormalize({ tcx: cx.tcx, icx: newInfer(), env: [] }, ii.selfTy) : ii.selfTy;
    implSelfCache.set(ii, t);
  }
  return t;
}

function implMatches(cx: SolveCx, ii: ImplInfo, self: Ty, args: readonly Ty[]): GenericArgsTy | null {
  const selfTy = implSelf(cx, ii);
  if (!mayUnify(cx.icx, selfTy, self)) return null;
  const a = instantiateImpl(cx, ii);
  if (!unify(cx.icx, substTy(selfTy, a), self)) return null;
  if (cx.leakCheck === true && bindsAwayFromImpl(selfTy, resolveTy(cx.icx, self), false)) return null;
  const targs = ii.trait ? ii.trait.args.types.slice(1) : [];
  for (let i = 0; i < Math.min(targs.length, args.length); i++) if (!unify(cx.icx, substTy(targs[i]!, a), args[i]!)) return null;
  return a;
}

/**
 * rustc's selection when a concrete type has exactly one impl of the trait that can match: the
 * trait's open arguments become that impl's (`S2::shl(s, &mut 3)` under `impl Shl<&u32> for S`
 * coerces the argument to `&u32`). Nothing changes when no impl or several impls may apply.
 */
export function confirmUniqueImpl(cx: SolveCx, p: Predicate): void {
  const self = shallow(cx.icx, p.self);
  const concrete = self.kind === 'adt' || self.kind === 'int' || self.kind === 'float' || self.kind === 'bool' || self.kind === 'char' || self.kind === 'str';
  if (!concrete || !p.args.some((t) => someTy(t, (x) => x.kind === 'infer'))) return;
  // The std model lacks impls (`From<u8> for u16`): only a user trait, or a std trait of a user
  // type, has all its impls in view.
  const userSelf = self.kind === 'adt' && !cx.tcx.info(self.def).std;
  if (cx.tcx.info(p.trait).std && !userSelf) return;
  let only: ImplInfo | null = null;
  let count = 0;
  for (const ii of cx.tcx.traitImpls(p.trait)) {
    if (ii.negative) continue;
    const s = snapshot(cx.icx);
    const a = implMatches(cx, ii, self, p.args);
    const ok = a !== null && ii.predicates.every((np) => solve(cx, substPred(np, a), 1) !== 'no');
    rollback(cx.icx, s);
    if (ok) {
      count++;
      only = ii;
    }
  }
  if (count === 1 && only !== null) implMatches(cx, only, self, p.args);
}

/**
 * Whether the impl's self type `pat` cannot stand for `t` because of a higher-ranked fn pointer:
 * inside `t`'s binder a region the pointer binds meets a lifetime parameter of the impl
 * (`impl<'a> X for fn(&'a ())` is not `for<'r> fn(&'r ())`) or would end up inside a type
 * parameter (`impl<T> Y for fn(T)`). Outside fn pointers bound regions are not judged.
 */
function bindsAwayFromImpl(pat: Ty, t: Ty, inBinder: boolean): boolean {
  const boundR = (r: Region): boolean => r.kind === 'erased' && r.bound !== undefined;
  switch (pat.kind) {
    case 'param': return inBinder && hasFreeBound(t);
    case 'ref':
      if (t.kind !== 'ref') return false;
      if (inBinder && boundR(t.region) && !boundR(pat.region)) return true;
      return bindsAwayFromImpl(pat.inner, t.inner, inBinder);
    case 'fnPtr':
      if (t.kind !== 'fnPtr' || t.sig.inputs.length !== pat.sig.inputs.length) return false;
      return pat.sig.inputs.some((x, i) => bindsAwayFromImpl(x, t.sig.inputs[i]!, true)) || bindsAwayFromImpl(pat.sig.output, t.sig.output, true);
    case 'adt':
      if (t.kind !== 'adt' || t.def !== pat.def) return false;
      if (inBinder && pat.args.regions.some((r, i) => { const x = t.args.regions[i]; return x !== undefined && boundR(x) && !boundR(r); })) return true;
      return pat.args.types.some((x, i) => { const y = t.args.types[i]; return y !== undefined && bindsAwayFromImpl(x, y, inBinder); });
    case 'tuple':
      return t.kind === 'tuple' && pat.elems.some((x, i) => { const y = t.elems[i]; return y !== undefined && bindsAwayFromImpl(x, y, inBinder); });
    case 'array': case 'slice':
      return (t.kind === 'array' || t.kind === 'slice') && bindsAwayFromImpl(pat.elem, t.elem, inBinder);
    case 'ptr':
      return t.kind === 'ptr' && bindsAwayFromImpl(pat.inner, t.inner, inBinder);
    default: return false;
  }
}

/** Whether `t` holds a bound region outside any fn pointer of its own (one bound further out). */
function hasFreeBound(t: Ty): boolean {
  let found = false;
  foldTy(t, {
    ty: (x) => (found || x.kind === 'fnPtr' || x.kind === 'dyn' || x.kind === 'closure' ? x : undefined),
    region: (r) => { if (r.kind === 'erased' && r.bound !== undefined) found = true; return r; },
  });
  return found;
}

/** Elaborate env predicates with supertraits. */
function envCandidates(cx: SolveCx, self: Ty, trait: number): Predicate[] {
  const out: Predicate[] = [];
  const seen = new Set<string>();
  const stack = cx.env.filter((p) => sameRigid(cx, p.self, self));
  if (self.kind === 'opaque') stack.push(...cx.tcx.opaqueBounds(self.def, self.index).map((p) => ({ ...p, self })));
  if (self.kind === 'projection') stack.push(...projectionItemBounds(cx.tcx, self));
  while (stack.length > 0) {
    const p = stack.pop()!;
    const k = `${p.trait}`;
    if (p.trait === trait) out.push(p);
    if (seen.has(k)) continue;
    seen.add(k);
    for (const s of cx.tcx.superPredicates(p.trait)) stack.push({ self: p.self, trait: s.trait, args: s.args.map((t) => elaboratedArg(cx, substTy(t, { regions: [], types: [p.self, ...p.args], consts: [] }))), bindings: s.bindings });
  }
  return out;
}

/**
 * A supertrait's argument with the projections the environment decides normalised, as rustc's
 * elaborated `param_env` holds them (`trait A: B<<Self as A>::Item>` under `T: A<Item = u32>`
 * gives `T: B<u32>`).
 */
function elaboratedArg(cx: SolveCx, t: Ty): Ty {
  if (!someTy(t, (y) => y.kind === 'projection')) return t;
  return foldTy(t, {
    ty: (x) => {
      if (x.kind !== 'projection') return undefined;
      const n = normalizeProjection(cx, x.self, x.trait.trait, x.trait.args.types.slice(1), x.name);
      return n !== null && n.kind !== 'projection' && !hasInfer(n) ? n : undefined;
    },
  });
}

/**
 * The bounds an associated type declares (`type Fu: Fut<Item = Self> + Send`, and the trait's
 * `where Self::Fu: B` clauses), for a rigid projection `<X as Trait>::Fu`: rustc's item bounds.
 */
function projectionItemBounds(tcx: Tcx, proj: Ty & { kind: 'projection' }): Predicate[] {
  const assoc = tcx.assocItems(proj.trait.trait).get(proj.name);
  if (assoc === undefined || tcx.info(assoc).kind !== 'assocType') return [];
  const args: GenericArgsTy = { regions: proj.trait.args.regions, types: [proj.self, ...proj.trait.args.types.slice(1)], consts: proj.trait.args.consts };
  const out: Predicate[] = [];
  for (const p of tcx.predicates(assoc)) {
    if (p.self.kind !== 'projection' || p.self.name !== proj.name || p.self.trait.trait !== proj.trait.trait) continue;
    out.push({ self: proj, trait: p.trait, args: p.args.map((t) => substTy(t, args)), bindings: p.bindings.map((b) => ({ ...b, ty: substTy(b.ty, args) })) });
  }
  return out;
}

/** What a where-clause on a concrete self type binds the associated type to (`where &'x T: Add<&'x T, Output = T>`). */
function concreteEnvBinding(cx: SolveCx, self: Ty, trait: number, args: readonly Ty[], name: string): Ty | null {
  for (const c of cx.env) {
    if (c.trait !== trait || c.self.kind === 'param') continue;
    const b = c.bindings.find((x) => x.name === name);
    if (b === undefined) continue;
    const s = snapshot(cx.icx);
    const hit = unify(cx.icx, c.self, self) && c.args.every((t, i) => args[i] === undefined || unify(cx.icx, t, args[i]!));
    rollback(cx.icx, s);
    if (hit) return b.ty;
  }
  return null;
}

function sameRigid(cx: SolveCx, a0: Ty, b0: Ty): boolean {
  const a = shallow(cx.icx, a0);
  const b = shallow(cx.icx, b0);
  if (a.kind === 'param' && b.kind === 'param') return a.index === b.index;
  if (a.kind === 'opaque' && b.kind === 'opaque') return a.def === b.def && a.index === b.index;
  if (a.kind === 'projection' && b.kind === 'projection') return a.name === b.name && sameRigid(cx, a.self, b.self);
  return false;
}

export function solve(cx: SolveCx, p: Predicate, depth = 0): Answer {
  if (depth > 12 || normDepth > 8) return 'maybe';
  const tcx = cx.tcx;
  const self = shallow(cx.icx, p.self);
  const name = langName(tcx, p.trait);
  if (self.kind === 'error') return 'yes';
  if (name === 'Sized') return self.kind === 'str' || self.kind === 'slice' || self.kind === 'dyn' ? 'no' : 'yes';
  if (self.kind === 'infer') {
    if (self.flavor !== 'general' && name !== null && PRIM_TRAITS.has(name) && !(self.flavor === 'float' && FLOAT_LACKS.has(name))) return 'yes';
    if (self.flavor !== 'general' && name !== null && isPrimOpTrait(name)) {
      const a = primOp(cx, p, self, name);
      if (a !== null) return a;
    }
    if (self.flavor !== 'general') return solveImpls(cx, p, self, depth);
    return 'maybe';
  }
  if (name !== null && isPrimOpTrait(name)) {
    const a = primOp(cx, p, self, name);
    if (a !== null) return a;
  }
  if (name === 'Send' || name === 'Sync' || name === 'Unpin') return autoTrait(cx, self, name, depth, new Set());
  if (self.kind === 'param' || self.kind === 'opaque' || self.kind === 'projection') {
    const cands = envCandidates(cx, self, p.trait);
    const fits = (c: Predicate): boolean => c.args.every((t, i) => p.args[i] === undefined || unify(cx.icx, t, p.args[i]!)) && bindingsUnify(cx, c, p);
    const matching = cands.filter((c) => {
      const s = snapshot(cx.icx);
      const ok = fits(c);
      rollback(cx.icx, s);
      return ok;
    });
    // Two bounds that would infer different arguments (`Self::A: D<Self::B>` and `T::A: D<i32>`
    // for `T::A: D<?U>`) leave the choice to what is learnt later, as rustc's ambiguity does.
    if (matching.length > 1 && p.args.some((a) => hasInferVar(cx, a))) {
      const first = matching[0]!;
      if (matching.some((c) => c.args.some((t, i) => !sameTy(cx, t, first.args[i]!)))) return 'maybe';
    }
    if (matching.length > 0) {
      fits(matching[0]!);
      return 'yes';
    }
    if (self.kind === 'projection') return solveImpls(cx, p, self, depth);
    return cands.length > 0 ? 'maybe' : 'no';
  }
  if (name === 'Copy' || name === 'Clone') {
    const b = builtinCopy(cx, self, name, depth);
    if (b !== null) return b;
  }
  if (name !== null && FN_TRAITS.includes(name)) {
    const sig = fnLikeSig(cx, self);
    // An unsafe fn (item or pointer) implements no `Fn*` trait: it cannot be called generically.
    if (self.kind === 'fnPtr' ? self.sig.unsafe : self.kind === 'fnDef' && tcx.fnSig(self.def).sig.unsafe) return 'no';
    if (sig) {
      if (self.kind === 'closure' && cx.closureKind) {
        const k = cx.closureKind(self.node);
        if (k !== null && FN_TRAITS.indexOf(k) > FN_TRAITS.indexOf(name)) return 'no';
      }
      if (p.args[0]) unify(cx.icx, p.args[0], { kind: 'tuple', elems: sig.inputs });
      for (const b of p.bindings) if (b.name === 'Output') unify(cx.icx, b.ty, sig.output);
      return 'yes';
    }
    if (self.kind === 'ref' && !self.mut) return solve(cx, { ...p, self: self.inner }, depth + 1);
    if (self.kind === 'ref' && self.mut && name !== 'Fn') return solve(cx, { ...p, self: self.inner }, depth + 1);
    // std's `impl<Args, F: Fn<Args> + ?Sized> Fn<Args> for Box<F>` (and the same for FnMut, FnOnce).
    if (self.kind === 'adt' && self.def === tcx.lang('Box') && self.args.types[0] !== undefined) return solve(cx, { ...p, self: self.args.types[0] }, depth + 1);
  }
  if (self.kind === 'dyn') {
    const pr = self.principal;
    if (pr && (pr.trait === p.trait || superTraitsOf(tcx, pr.trait).has(p.trait))) {
      if (pr.trait === p.trait) {
        pr.args.types.forEach((t, i) => p.args[i] && unify(cx.icx, t, p.args[i]!));
        for (const b of p.bindings) {
          const hit = self.bindings?.find((x) => x.name === b.name);
          if (hit) unify(cx.icx, b.ty, hit.ty);
        }
      }
      return 'yes';
    }
    if (self.autoTraits.includes(p.trait)) return 'yes';
  }
  // A where-clause on a concrete type (`where Box<T>: X`, `for<'x> &'x T: Add<&'x T>`) is a
  // candidate like an impl; normalizeProjectionInner reads the associated types it binds.
  for (const c of cx.env) {
    if (c.trait !== p.trait || c.self.kind === 'param') continue;
    const s = snapshot(cx.icx);
    if (unify(cx.icx, c.self, self) && c.args.every((t, i) => p.args[i] === undefined || unify(cx.icx, t, p.args[i]!)) && bindingsUnify(cx, c, p)) return 'yes';
    rollback(cx.icx, s);
  }
  if (name === 'IntoIterator' && (self.kind === 'array' || (self.kind === 'ref' && shallow(cx.icx, self.inner).kind === 'array'))) return 'yes';
  if (name === 'Debug' || name === 'PartialEq' || name === 'Eq' || name === 'PartialOrd' || name === 'Ord' || name === 'Hash' || name === 'Default') {
    if (self.kind === 'float' && FLOAT_LACKS.has(name)) return 'no';
    // Element-wise, as std's impls for tuples, arrays, slices and references require.
    if (name !== 'PartialEq' && name !== 'PartialOrd') {
      const elem = (t: Ty): Answer => solve(cx, { ...p, self: t }, depth + 1);
      if (self.kind === 'tuple') return all(self.elems.map(elem));
      if (self.kind === 'array' || self.kind === 'slice') return elem(self.elem);
      if (self.kind === 'ref' && name !== 'Default') return elem(self.inner);
    }
    if (self.kind === 'tuple' || self.kind === 'array' || self.kind === 'slice' || self.kind === 'ref' || self.kind === 'bool' || self.kind === 'char' || self.kind === 'int' || self.kind === 'float' || self.kind === 'str' || self.kind === 'never') return 'yes';
  }
  return solveImpls(cx, p, self, depth);
}

/** A primitive operand's built-in operator impl, with the `Output = …` the predicate asks for. */
function primOp(cx: SolveCx, p: Predicate, self: Ty, name: string): Answer | null {
  const a = solvePrimOp(cx.icx, self, name, p.args[0]);
  if (a !== 'yes') return a;
  const out = primOpOutput(cx.icx, self, name);
  for (const b of p.bindings) if (b.name === 'Output' && out !== null && !unify(cx.icx, b.ty, out)) return 'no';
  return 'yes';
}

function hasInferVar(cx: SolveCx, t: Ty): boolean {
  return someTy(resolveTy(cx.icx, t), (x) => x.kind === 'infer');
}

/** Equal without binding anything (a trial unification, rolled back). */
function sameTy(cx: SolveCx, a: Ty, b: Ty): boolean {
  const s = snapshot(cx.icx);
  const ok = unify(cx.icx, a, b) && snapshot(cx.icx).mark === s.mark;
  rollback(cx.icx, s);
  return ok;
}

/**
 * An impl's where-clause for the arguments it matched with, its projections normalised now
 * that their self types are known (`U::Image: IsU32` once `U = u32`).
 */
function implPred(cx: SolveCx, p: Predicate, a: GenericArgsTy): Predicate {
  return normalizePredicate(cx, substPred(p, a));
}

const hasProjection = (t: Ty): boolean => someTy(t, (x) => x.kind === 'projection');

/** The predicate with the projections in its self type and arguments normalised (itself when it has none). */
function normalizePredicate(cx: SolveCx, p: Predicate): Predicate {
  if (!hasProjection(p.self) && !p.args.some(hasProjection)) return p;
  return { ...p, self: deepNormalize(cx, p.self), args: p.args.map((t) => deepNormalize(cx, t)) };
}

function bindingsUnify(cx: SolveCx, have: Predicate, want: Predicate): boolean {
  for (const b of want.bindings) {
    const h = have.bindings.find((x) => x.name === b.name);
    if (h && !unify(cx.icx, h.ty, b.ty)) return false;
  }
  return true;
}

export function superTraitsOf(tcx: Tcx, trait: number): Set<number> {
  const out = new Set<number>();
  const stack = [trait];
  while (stack.length > 0) {
    const t = stack.pop()!;
    for (const s of tcx.superPredicates(t)) if (!out.has(s.trait)) {
      out.add(s.trait);
      stack.push(s.trait);
    }
  }
  return out;
}

function solveImpls(cx: SolveCx, p: Predicate, self: Ty, depth: number): Answer {
  const matches: { ii: ImplInfo }[] = [];
  for (const ii of cx.tcx.traitImpls(p.trait)) {
    if (ii.negative) continue;
    const s = snapshot(cx.icx);
    const a = implMatches(cx, ii, self, p.args);
    if (a) {
      let ok: Answer = 'yes';
      for (const np of ii.predicates) {
        const r = solve(cx, implPred(cx, np, a), depth + 1);
        if (r === 'no') {
          ok = 'no';
          break;
        }
      }
      if (ok !== 'no') matches.push({ ii });
    }
    rollback(cx.icx, s);
  }
  if (matches.length === 0) return 'no';
  if (matches.length > 1) return 'maybe';
  const ii = matches[0]!.ii;
  const a = implMatches(cx, ii, self, p.args)!;
  let res: Answer = 'yes';
  for (const np of ii.predicates) {
    const r = solve(cx, implPred(cx, np, a), depth + 1);
    if (r === 'maybe') res = 'maybe';
  }
  // `S: Shape<Unit = f64>` with `type Unit = f32` in the impl: the trait holds, the projection
  // does not (E0271, reported apart from a missing impl).
  for (const b of p.bindings) {
    const t = normalizeVia(cx, ii, a, b.name);
    // A nested `impl Trait` (`Iterator<Item = impl Sized>`) is defined by what it is bound to here.
    if (t === null) continue;
    const want = deepNormalize(cx, b.ty);
    const nt = deepNormalize(cx, t);
    if (!unify(cx.icx, want, nt) && !someTy(want, (x) => x.kind === 'opaque')) {
      // A projection left unnormalised on either side may still be equal to the other: no answer.
      if (someTy(want, (x) => x.kind === 'projection') || someTy(nt, (x) => x.kind === 'projection')) res = 'maybe';
      else return 'no';
    }
  }
  return res;
}

/** `[T; N]: IntoIterator` (by value) and `&[T; N]` (as `&[T]`), which need const generics in real std. */
function arrayIntoIter(cx: SolveCx, self: Ty, name: string): Ty | null {
  if (self.kind === 'array') {
    if (name === 'Item') return self.elem;
    const def = cx.tcx.lang('ArrayIntoIter');
    return def < 0 ? null : { kind: 'adt', def, args: { regions: [], types: [self.elem], consts: [] } };
  }
  if (self.kind === 'ref') {
    const inner = shallow(cx.icx, self.inner);
    if (inner.kind === 'array') return normalizeProjection(cx, { kind: 'ref', region: self.region, mut: self.mut, inner: { kind: 'slice', elem: inner.elem } }, cx.tcx.lang('IntoIterator'), [], name);
  }
  return null;
}

export function substPred(p: Predicate, a: GenericArgsTy): Predicate {
  return { self: substTy(p.self, a), trait: p.trait, args: p.args.map((t) => substTy(t, a)), bindings: p.bindings.map((b) => ({ name: b.name, ty: substTy(b.ty, a) })) };
}

function normalizeVia(cx: SolveCx, ii: ImplInfo, a: GenericArgsTy, name: string): Ty | null {
  const item = ii.items.get(name);
  if (item === undefined) {
    const b = ii.bindings.find((x) => x.name === name);
    return b ? substTy(b.ty, a) : null;
  }
  const t = implAssocTy(cx.tcx, item);
  return t === null ? null : substTy(t, a);
}

/** Per crate: each impl's associated type as written (lowered once; normalisation asks for it on every projection). */
const assocTyCache = new WeakMap<Tcx, Map<number, Ty | null>>();

function implAssocTy(tcx: Tcx, item: number): Ty | null {
  let cache = assocTyCache.get(tcx);
  if (cache === undefined) assocTyCache.set(tcx, (cache = new Map()));
  const hit = cache.get(item);
  if (hit !== undefined) return hit;
  const info = tcx.info(item);
  const t = info.node.kind !== 'item' || info.node.item.kind !== 'typeAlias' || !info.node.item.ty ? null : tcx.lowerTy({ ...tcx.lowerEnvFor(item), report: false }, info.node.item.ty);
  cache.set(item, t);
  return t;
}

/** Normalise nested projections (`<Iter<T> as Iterator>::Item` inside an impl's associated type). */
export function deepNormalize(cx: SolveCx, t: Ty, depth = 0): Ty {
  if (depth > 6) return t;
  return foldTy(t, {
    ty: (x) => {
      if (x.kind !== 'projection') return undefined;
      const self = deepNormalize(cx, x.self, depth + 1);
      const n = normalizeProjection(cx, self, x.trait.trait, x.trait.args.types.slice(1), x.name);
      return n ? deepNormalize(cx, n, depth + 1) : { ...x, self };
    },
  });
}

/** The signature a value of this type is callable with, if it is a closure, fn item or fn pointer. */
export function fnLikeSig(cx: SolveCx, t: Ty): { inputs: readonly Ty[]; output: Ty } | null {
  if (t.kind === 'closure' || t.kind === 'fnPtr') return t.sig;
  if (t.kind === 'fnDef') {
    const s = cx.tcx.fnSig(t.def).sig;
    return { inputs: s.inputs.map((x) => substTy(x, t.args)), output: substTy(s.output, t.args) };
  }
  return null;
}

/** `<self as trait<args>>::name` to a type, or null when it cannot be decided yet. */
let normDepth = 0;

export function normalizeProjection(cx: SolveCx, self0: Ty, trait: number, args: readonly Ty[], name: string): Ty | null {
  if (normDepth > 8) return null;
  // Every body asks the same few projections of the same concrete types (`<Vec<Item> as
  // Deref>::Target` at each method call): a top-level question about a ground type has one answer
  // per crate, unless a where-clause on a concrete type could take part in selection.
  const key = normDepth === 0 && cx.env.every((p) => p.self.kind === 'param') ? projectionKey(self0, trait, args, name) : null;
  let cache: Map<string, Ty | null> | undefined;
  if (key !== null) {
    cache = projectionCache.get(cx.tcx);
    if (cache === undefined) projectionCache.set(cx.tcx, (cache = new Map()));
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
  }
  normDepth++;
  try {
    const r = normalizeProjectionInner(cx, self0, trait, args, name);
    if (cache !== undefined && key !== null && (r === null || groundKey(r) !== null)) cache.set(key, r);
    return r;
  } finally {
    normDepth--;
  }
}

const projectionCache = new WeakMap<Tcx, Map<string, Ty | null>>();

function projectionKey(self: Ty, trait: number, args: readonly Ty[], name: string): string | null {
  let k = groundKey(self);
  if (k === null) return null;
  k = `${trait}:${name}:${k}`;
  for (const a of args) {
    const ak = groundKey(a);
    if (ak === null) return null;
    k += `,${ak}`;
  }
  return k;
}

/**
 * A string naming a type that holds nothing a body or an inference context gives meaning to (no
 * inference variable, type parameter, projection, opaque type, closure, trait object or error),
 * so the same string always names the same type; null for any other type.
 */
export function groundKey(t: Ty): string | null {
  switch (t.kind) {
    case 'bool': case 'char': case 'str': case 'never': return t.kind;
    case 'int': return t.int;
    case 'float': return t.float;
    case 'tuple': return listKey('(', t.elems);
    case 'array': {
      const e = groundKey(t.elem);
      return e === null || t.len.kind !== 'value' ? null : `[${e};${t.len.value}]`;
    }
    case 'slice': { const e = groundKey(t.elem); return e === null ? null : `[${e}]`; }
    case 'ref': { const e = groundKey(t.inner); return e === null ? null : `&${regionKey(t.region)}${t.mut ? 'mut ' : ''}${e}`; }
    case 'ptr': { const e = groundKey(t.inner); return e === null ? null : `*${t.mut ? 'mut ' : ''}${e}`; }
    case 'adt': case 'fnDef': {
      if (t.args.consts.some((c) => c.kind !== 'value')) return null;
      const ts = listKey('<', t.args.types);
      if (ts === null) return null;
      return `${t.kind === 'adt' ? 'a' : 'f'}${t.def}${t.args.regions.map(regionKey).join('')}${ts}${t.args.consts.map((c) => (c.kind === 'value' ? `#${c.value}` : '')).join('')}`;
    }
    case 'fnPtr': {
      const ins = listKey('fn(', t.sig.inputs);
      const out = groundKey(t.sig.output);
      return ins === null || out === null ? null : `${t.sig.unsafe ? 'u' : ''}${t.sig.variadic ? 'v' : ''}${ins}->${out}`;
    }
    case 'dyn': case 'closure': case 'param': case 'projection': case 'opaque': case 'infer': case 'error': return null;
    default: return assertNever(t);
  }
}

function listKey(open: string, ts: readonly Ty[]): string | null {
  let k = open;
  for (const x of ts) {
    const e = groundKey(x);
    if (e === null) return null;
    k += `${e},`;
  }
  return `${k})`;
}

function regionKey(r: Region): string {
  switch (r.kind) {
    case 'static': return "'s ";
    case 'erased': return "'_ ";
    case 'param': return `'p${r.index} `;
    case 'var': return `'v${r.id} `;
    default: return assertNever(r);
  }
}

function normalizeProjectionInner(cx: SolveCx, self0: Ty, trait: number, args: readonly Ty[], name: string): Ty | null {
  const self = shallow(cx.icx, self0);
  if (self.kind === 'infer' && self.flavor === 'general') return null;
  const tcx = cx.tcx;
  const tname = langName(tcx, trait);
  if (tname !== null && FN_TRAITS.includes(tname) && name === 'Output') {
    const sig = fnLikeSig(cx, self);
    if (sig) return sig.output;
  }
  if (self.kind === 'dyn') {
    const b = self.bindings?.find((x) => x.name === name);
    if (b) return b.ty;
  }
  if (tname !== null && name === 'Output' && isPrimOpTrait(tname)) {
    const out = primOpOutput(cx.icx, self, tname);
    if (out !== null) return out;
  }
  if (tname === 'IntoIterator') {
    const arr = arrayIntoIter(cx, self, name);
    if (arr) return arr;
  }
  if (self.kind === 'param' || self.kind === 'opaque' || self.kind === 'projection') {
    for (const c of envCandidates(cx, self, trait)) {
      const b = c.bindings.find((x) => x.name === name);
      if (b) return b.ty;
    }
    // IntoIterator::Item of a bound `I: Iterator` etc. via the blanket impl below; otherwise rigid.
    if (self.kind !== 'projection' && envCandidates(cx, self, trait).length > 0) return { kind: 'projection', self, trait: { trait, args: { regions: [], types: args, consts: [] } }, name };
  }
  if (self.kind !== 'param' && self.kind !== 'opaque' && self.kind !== 'projection') {
    const bound = concreteEnvBinding(cx, self, trait, args, name);
    if (bound !== null) return bound;
  }
  const found: { ii: ImplInfo; a: GenericArgsTy }[] = [];
  for (const ii of tcx.traitImpls(trait)) {
    if (ii.negative) continue;
    const s = snapshot(cx.icx);
    const a = implMatches(cx, ii, self, args);
    let ok = a !== null;
    if (a) for (const np of ii.predicates) if (solve(cx, implPred(cx, np, a), 1) === 'no') ok = false;
    rollback(cx.icx, s);
    if (ok) found.push({ ii, a: a! });
  }
  // Types with lifetimes are left out: which region the clause names matters (borrowck), and we
  // would accept what rustc's region check of the clause rejects.
  const regionFree = !someTy(self, (x) => x.kind === 'ref' || x.kind === 'dyn' || x.kind === 'fnPtr' || x.kind === 'opaque' || (x.kind === 'adt' && x.args.regions.length > 0));
  if (found.length === 0 && !hasInfer(self) && regionFree) {
    // A where-clause on a concrete type (`(): Foo` from `where Self::Assoc: Foo`) holds the
    // projection rigid, as rustc's param-env candidate does, unless it names the type.
    const keyOf = (t: Ty): string => jsonKey(eraseTy(t));
    const key = keyOf(self);
    const c = cx.env.find((p) => p.trait === trait && !hasInfer(p.self) && keyOf(p.self) === key);
    if (c !== undefined) return c.bindings.find((x) => x.name === name)?.ty ?? { kind: 'projection', self, trait: { trait, args: { regions: [], types: args, consts: [] } }, name };
  }
  if (found.length !== 1) return null;
  const ii = found[0]!.ii;
  const a = implMatches(cx, ii, self, args)!;
  for (const np of ii.predicates) solve(cx, implPred(cx, np, a), 1);
  const t = normalizeVia(cx, ii, a, name);
  return t ? resolveTy(cx.icx, deepNormalize(cx, t)) : null;
}

function builtinCopy(cx: SolveCx, t: Ty, name: 'Copy' | 'Clone', depth: number): Answer | null {
  switch (t.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'never': case 'ptr': case 'fnDef': case 'fnPtr':
      return 'yes';
    case 'ref':
      return t.mut ? 'no' : 'yes';
    case 'str': case 'slice': case 'dyn':
      return 'no';
    case 'tuple':
      return all(t.elems.map((e) => solve(cx, { self: e, trait: cx.tcx.lang(name), args: [], bindings: [] }, depth + 1)));
    case 'array':
      return solve(cx, { self: t.elem, trait: cx.tcx.lang(name), args: [], bindings: [] }, depth + 1);
    case 'closure':
      return all(t.upvars.map((e) => solve(cx, { self: e, trait: cx.tcx.lang(name), args: [], bindings: [] }, depth + 1)));
    default:
      return null;
  }
}

function all(xs: Answer[]): Answer {
  if (xs.includes('no')) return 'no';
  if (xs.includes('maybe')) return 'maybe';
  return 'yes';
}

/** Send, Sync and Unpin: an explicit (or negative) impl decides, else every field must have the trait. */
function autoTrait(cx: SolveCx, t0: Ty, name: 'Send' | 'Sync' | 'Unpin', depth: number, seen: Set<number>): Answer {
  const t = shallow(cx.icx, t0);
  const tcx = cx.tcx;
  const trait = tcx.lang(name);
  const rec = (x: Ty, n: 'Send' | 'Sync' | 'Unpin' = name): Answer => autoTrait(cx, x, n, depth + 1, seen);
  // std implements Unpin for every reference and raw pointer, whatever they point to.
  if (name === 'Unpin' && (t.kind === 'ref' || t.kind === 'ptr')) return 'yes';
  switch (t.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'fnDef': case 'fnPtr': case 'error':
      return 'yes';
    case 'infer':
      return t.flavor === 'general' ? 'maybe' : 'yes';
    case 'tuple': return all(t.elems.map((e) => rec(e)));
    case 'array': case 'slice': return rec(t.elem);
    case 'ptr': return rec(t.inner);
    case 'ref': return name === 'Send' ? rec(t.inner, t.mut ? 'Send' : 'Sync') : rec(t.inner, 'Sync');
    case 'closure': return all(t.upvars.map((e) => rec(e)));
    case 'dyn': return t.autoTraits.includes(trait) ? 'yes' : 'no';
    case 'param': case 'opaque': case 'projection': {
      // A field `<B as ToOwned>::Owned` of `Cow<str>` is `String` once normalised.
      if (t.kind === 'projection') {
        const n = normalizeProjection(cx, t.self, t.trait.trait, t.trait.args.types.slice(1), t.name);
        if (n !== null && n.kind !== 'projection') return rec(n);
        if (n === null && someTy(t, (x) => x.kind === 'infer')) return 'maybe';
      }
      return envCandidates(cx, t, trait).length > 0 ? 'yes' : 'no';
    }
    case 'adt': {
      for (const ii of tcx.traitImpls(trait)) {
        const s = snapshot(cx.icx);
        const a = implMatches(cx, ii, t, []);
        if (a) {
          if (ii.negative) {
            rollback(cx.icx, s);
            return 'no';
          }
          const r = all(ii.predicates.map((p) => solve(cx, implPred(cx, p, a), depth + 1)));
          rollback(cx.icx, s);
          return r;
        }
        rollback(cx.icx, s);
      }
      if (seen.has(t.def)) return 'yes';
      seen.add(t.def);
      const adt = tcx.adt(t.def);
      const res = all(adt.variants.flatMap((v) => v.fields.map((f) => rec(deepNormalize(cx, substTy(f.ty, t.args))))));
      seen.delete(t.def);
      return res;
    }
    default:
      return 'yes';
  }
}

/**
 * An item's where-clauses with their projections normalised by the clauses themselves
 * (`I: Int<T = J>, <I as Int>::T: NonZero` gives `J: NonZero`), as rustc normalises the param env.
 */
export function normalizedEnv(tcx: Tcx, def: number): readonly Predicate[] {
  const preds = tcx.predicates(def);
  if (!preds.some((p) => hasProjection(p.self) || p.args.some(hasProjection))) return preds;
  const cx: SolveCx = { tcx, icx: newInfer(), env: preds };
  return preds.map((p) => normalizePredicate(cx, p));
}

function rootCx(tcx: Tcx): SolveCx {
  return { tcx, icx: newInfer(), env: copyEnv(tcx) };
}

/** The TypeContext has no param env; `T: Copy` declared anywhere in the crate makes a `T` Copy. */
const copyEnvCache = new WeakMap<Tcx, Predicate[]>();

/** The crate's `T: Copy` bounds (all of them: see isCopyTy). Computed once per crate: it walks every definition. */
function copyEnv(tcx: Tcx): Predicate[] {
  const hit = copyEnvCache.get(tcx);
  if (hit) return hit;
  const out: Predicate[] = [];
  copyEnvCache.set(tcx, out);
  const copy = tcx.lang('Copy');
  for (const d of tcx.table.defs) {
    if (d.std || (d.kind !== 'fn' && d.kind !== 'assocFn' && d.kind !== 'struct' && d.kind !== 'enum' && d.kind !== 'impl')) continue;
    for (const p of tcx.predicates(d.id)) if (p.trait === copy && p.self.kind === 'param') out.push(p);
  }
  return out;
}

/**
 * Is `t` Copy? With `owner` (the fn or item whose body holds the value), type parameters are
 * judged by that item's own bounds and its parents' (rustc's param env), so `T: Copy` on another
 * fn or impl says nothing here. Without it, the crate-wide approximation of copyEnv.
 */
export function isCopyTy(tcx: Tcx, t: Ty, owner?: number): boolean {
  const goal = { self: t, trait: tcx.lang('Copy'), args: [], bindings: [] };
  if (owner !== undefined) return solve({ tcx, icx: newInfer(), env: tcx.predicates(owner) }, goal) === 'yes';
  if (t.kind === 'param') return copyEnv(tcx).some((p) => p.self.kind === 'param' && p.self.name === t.name);
  return solve(rootCx(tcx), goal) === 'yes';
}

export function isSizedTy(t: Ty): boolean {
  return !(t.kind === 'str' || t.kind === 'slice' || t.kind === 'dyn');
}

export function hasDropImpl(tcx: Tcx, t: Ty): boolean {
  if (t.kind !== 'adt') return false;
  const drop = tcx.lang('Drop');
  return tcx.traitImpls(drop).some((ii) => ii.selfTy.kind === 'adt' && ii.selfTy.def === t.def);
}

const HEAP_OWNERS = new Set(['Vec', 'String', 'Box', 'Rc', 'Arc', 'HashMap', 'Weak']);

export function needsDropTy(tcx: Tcx, t: Ty, seen: Set<number> = new Set()): boolean {
  switch (t.kind) {
    case 'adt': {
      if (hasDropImpl(tcx, t)) return true;
      const info = tcx.info(t.def);
      if (info.std && (HEAP_OWNERS.has(info.name) || info.lang !== null && HEAP_OWNERS.has(info.lang))) return true;
      // A union never drops its fields, nor ManuallyDrop its value.
      if (info.lang === 'ManuallyDrop' || tcx.adt(t.def).kind === 'union') return false;
      if (seen.has(t.def)) return false;
      seen.add(t.def);
      const adt = tcx.adt(t.def);
      const r = adt.variants.some((v) => v.fields.some((f) => needsDropTy(tcx, substTy(f.ty, t.args), seen)));
      seen.delete(t.def);
      return r;
    }
    case 'tuple': return t.elems.some((e) => needsDropTy(tcx, e, seen));
    case 'array': case 'slice': return needsDropTy(tcx, t.elem, seen);
    case 'closure': return t.upvars.some((e) => needsDropTy(tcx, e, seen));
    case 'dyn': case 'param': case 'opaque': case 'projection': return true;
    case 'ptr': return false;
    default: return false;
  }
}

const MAY_DANGLE = new Set(['Vec', 'Box', 'Rc', 'Arc', 'Weak', 'HashMap', 'String']);

/**
 * rustc's `dropck_outlives`: the parts of `t` whose regions must be live where a value of `t` is
 * dropped. A type with its own `Drop` impl (or one we cannot see into: `dyn`, parameters) needs
 * all its regions; std containers with `#[may_dangle]` parameters, structs, tuples, arrays and
 * closures need only what their contents need; references and raw pointers need nothing.
 */
export function dropLiveParts(tcx: Tcx, t: Ty, out: Ty[], seen: Set<number> = new Set()): void {
  switch (t.kind) {
    case 'adt': {
      const info = tcx.info(t.def);
      if (info.std && MAY_DANGLE.has(info.lang ?? info.name)) { for (const a of t.args.types) dropLiveParts(tcx, a, out, seen); return; }
      if (hasDropImpl(tcx, t)) { out.push(t); return; }
      if (info.lang === 'ManuallyDrop' || tcx.adt(t.def).kind === 'union') return;
      if (seen.has(t.def)) return;
      seen.add(t.def);
      for (const v of tcx.adt(t.def).variants) for (const f of v.fields) dropLiveParts(tcx, substTy(f.ty, t.args), out, seen);
      seen.delete(t.def);
      return;
    }
    case 'tuple': for (const e of t.elems) dropLiveParts(tcx, e, out, seen); return;
    case 'array': case 'slice': dropLiveParts(tcx, t.elem, out, seen); return;
    case 'closure': for (const e of t.upvars) dropLiveParts(tcx, e, out, seen); return;
    case 'dyn': case 'param': case 'opaque': case 'projection': out.push(t); return;
    default: return;
  }
}

export function dropUsesBorrows(tcx: Tcx, t: Ty, seen: Set<number> = new Set()): boolean {
  switch (t.kind) {
    case 'adt': {
      const info = tcx.info(t.def);
      if (info.std && MAY_DANGLE.has(info.lang ?? info.name)) return t.args.types.some((a) => dropUsesBorrows(tcx, a, seen));
      if (hasDropImpl(tcx, t)) return true;
      if (info.lang === 'ManuallyDrop' || tcx.adt(t.def).kind === 'union') return false;
      if (seen.has(t.def)) return false;
      seen.add(t.def);
      const adt = tcx.adt(t.def);
      const r = adt.variants.some((v) => v.fields.some((f) => dropUsesBorrows(tcx, substTy(f.ty, t.args), seen)));
      seen.delete(t.def);
      return r;
    }
    case 'tuple': return t.elems.some((e) => dropUsesBorrows(tcx, e, seen));
    case 'array': case 'slice': return dropUsesBorrows(tcx, t.elem, seen);
    case 'closure': return t.upvars.some((e) => dropUsesBorrows(tcx, e, seen));
    case 'dyn': case 'param': case 'opaque': case 'projection': return true;
    default: return false;
  }
}

/**
 * `<X as Trait>::Name` normalised with X's lifetimes kept (borrowck's view): the one impl that
 * matches X, its lifetime parameters read off X where its self type names them. Null when no
 * single impl decides it.
 */
export function normalizeKeepingRegions(tcx: Tcx, proj: Ty & { kind: 'projection' }): Ty | null {
  // A function of the projection's structure alone (no env, a fresh inference context): borrowck
  // asks it at every relation through a projection, with the same few types.
  const key = projectionKey(proj.self, proj.trait.trait, proj.trait.args.types.slice(1), proj.name);
  if (key === null) return normalizeKeepingRegionsUncached(tcx, proj);
  let cache = keepingRegionsCache.get(tcx);
  if (cache === undefined) keepingRegionsCache.set(tcx, (cache = new Map()));
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const r = normalizeKeepingRegionsUncached(tcx, proj);
  cache.set(key, r);
  return r;
}

const keepingRegionsCache = new WeakMap<Tcx, Map<string, Ty | null>>();

function normalizeKeepingRegionsUncached(tcx: Tcx, proj: Ty & { kind: 'projection' }): Ty | null {
  const cx: SolveCx = { tcx, icx: newInfer(), env: [] };
  const args = proj.trait.args.types.slice(1);
  const found: { ii: ImplInfo; a: GenericArgsTy }[] = [];
  for (const ii of tcx.traitImpls(proj.trait.trait)) {
    if (ii.negative || ii.def === null) continue;
    const s = snapshot(cx.icx);
    const a = implMatches(cx, ii, proj.self, args);
    rollback(cx.icx, s);
    if (a !== null) found.push({ ii, a });
  }
  if (found.length !== 1) return null;
  const ii = found[0]!.ii;
  const a = implMatches(cx, ii, proj.self, args);
  if (a === null) return null;
  const regions: Region[] = [...a.regions];
  const readRegions = (pattern: Ty, actual: Ty): void => {
    if (pattern.kind === 'ref' && actual.kind === 'ref') {
      if (pattern.region.kind === 'param' && pattern.region.index < regions.length) regions[pattern.region.index] = actual.region;
      readRegions(pattern.inner, actual.inner);
    } else if (pattern.kind === 'adt' && actual.kind === 'adt' && pattern.def === actual.def) {
      pattern.args.regions.forEach((r, i) => { const x = actual.args.regions[i]; if (r.kind === 'param' && r.index < regions.length && x !== undefined) regions[r.index] = x; });
      pattern.args.types.forEach((t, i) => { const x = actual.args.types[i]; if (x !== undefined) readRegions(t, x); });
    }
  };
  readRegions(ii.selfTy, proj.self);
  const t = normalizeVia(cx, ii, { ...a, regions }, proj.name);
  if (t === null) return null;
  const r = resolveTy(cx.icx, t);
  return someInfer(r) ? null : r;
}

function someInfer(t: Ty): boolean {
  let found = false;
  foldTy(t, { ty: (x) => { if (x.kind === 'infer') found = true; return undefined; } });
  return found;
}
