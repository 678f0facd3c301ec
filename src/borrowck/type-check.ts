import type { Cfg } from '../dataflow/cfg.js';
import { pointOf } from '../dataflow/cfg.js';
import { projectTy } from '../dataflow/move-paths.js';
import type { Body, BorrowKind, Location, Operand, Place, Rvalue } from '../mir/mir.js';
import type { Span } from '../syntax/span.js';
import type { PolyFnSig, TypeContext } from '../types/context.js';
import type { DefId, FnSigTy, Region, Ty } from '../types/ty.js';
import { adtRegionOutlives, type AdtRegionOutlives } from './adt-outlives.js';
import { ERROR } from '../types/ty.js';
import { assertNever } from '../util/assert.js';
import { addLiveAt, addOutlives, type ConstraintCategory, type InvarianceCause, newRegionCx, newUniversal, newVar, type RegionCx, STATIC_VAR } from './region-cx.js';
import { foldTy, forEachRegionVar } from './ty-fold.js';
import { closureLocalTys, closureRegionVars, eraseBoundSig, PARAM_REGION_BASE, requirementCategory } from './closure-regions.js';
import type { ClosureSigTemplate } from '../types/results.js';
import type { ClosureRequirement } from './facts.js';
import { type Variance, VarianceCache, xform } from './variance.js';

/**
 * The part of rustc's MIR type check that borrowck needs: renumber every region of the body to
 * a fresh variable, relate the types at each assignment and call (outlives constraints), make
 * the signature's lifetimes universal regions, and collect the loans (`&place`).
 */
export interface LoanDraft {
  readonly location: Location;
  readonly kind: BorrowKind;
  readonly place: Place;
  readonly assigned: number;
  readonly region: number;
  readonly span: Span;
}

export interface TypeCheckResult {
  readonly cx: RegionCx;
  readonly loans: LoanDraft[];
  /** Universal region var of each `param` region index of the body's own signature. */
  readonly sigRegionVars: ReadonlyMap<number, number>;
}

/** What borrowck knows of the closures a body builds or calls: their bodies' requirements and which signature regions they bind. */
export interface ClosureFacts {
  readonly requirements: ReadonlyMap<number, readonly ClosureRequirement[]>;
  readonly templates: ReadonlyMap<number, ClosureSigTemplate>;
}

const NO_CLOSURES: ClosureFacts = { requirements: new Map(), templates: new Map() };

export function typeCheck(body: Body, tcx: TypeContext, cfg: Cfg, closures: ClosureFacts = NO_CLOSURES): TypeCheckResult {
  const closureRequirements = closures.requirements;
  const templates = closures.templates;
  const cx = newRegionCx();
  const variances = new VarianceCache(tcx);
  const loans: LoanDraft[] = [];
  const adtMemo = new Map<DefId, AdtRegionOutlives>();
  const sigRegionVars = new Map<number, number>();

  const fresh = (ty: Ty, point: number): Ty =>
    eraseBoundSig(foldTy(ty, {
      region: () => { const v = newVar(cx); if (point >= 0) addLiveAt(cx, v, point); return { kind: 'var', id: v }; },
      param: () => null,
    }), templates);

  // Locals: every region a fresh variable; a closure's environment, arguments and return place
  // hold its universal regions.
  const closureTys = closureLocalTys(body, cx);
  // A closure sees the lifetime parameters of the item it is in as external regions too (the
  // parent's own universal regions): a lifetime written in the body names them.
  const parentParams = new Map<number, number>();
  if (body.closure !== null) {
    const k = tcx.defKind(body.def);
    if (k === 'fn' || k === 'assocFn') {
      tcx.fnSig(body.def).regionParams.forEach((name, index) => {
        parentParams.set(index, newUniversal(cx, { kind: name.startsWith("'_") || name === '' ? 'anon' : 'named', name, param: null }, 'external', PARAM_REGION_BASE - index));
      });
    }
  }
  // Clauses `for<'r> &'r T: 'r` of the enclosing fn, which it cannot use to prove its own
  // closures well-formed (they inherit the clause as a predicate): each closure built needs T: 'static.
  const enclosingKind = tcx.defKind(body.def);
  const closureForall = enclosingKind === 'fn' || enclosingKind === 'assocFn' ? (tcx.fnSig(body.def).typeOutlivesForall ?? []).filter((c) => !c.direct) : [];
  for (let l = 0; l < body.locals.length; l++) {
    const t = fresh(normalizeDeep(tcx, body.locals[l]!.ty), -1);
    cx.localTys.push(t);
    const rs: number[] = [];
    forEachRegionVar(t, (id) => rs.push(id));
    // A closure's signature is part of its type: its free regions are live with it.
    forEachClosureSigVar(t, (id) => rs.push(id));
    cx.localRegions.push(rs);
  }

  const regionId = (r: Region): number | null => (r.kind === 'var' ? r.id : r.kind === 'static' ? STATIC_VAR : null);

  let category: ConstraintCategory = 'boring';
  let span: Span = body.span;
  let invariance: InvarianceCause | null = null;
  const relateRegions = (a: Region, b: Region, v: Variance): void => {
    const x = regionId(a), y = regionId(b);
    if (x === null || y === null || v === 'bi') return;
    if (v === 'co' || v === 'inv') addOutlives(cx, x, y, category, span, invariance);
    if (v === 'contra' || v === 'inv') addOutlives(cx, y, x, category, span, invariance);
  };
  /**
   * `t: 'r` broken into its components (rustc's outlives components): every region in t outlives
   * 'r, every type parameter must be proven to (a type test). Projections are not tested.
   */
  const outlivesComponents = (t: Ty, r: number, cat: ConstraintCategory, regionSpan: Span | null = null, forall: Span | null = null): void => {
    const at = regionSpan ?? span;
    const out = (id: number): void => addOutlives(cx, id, r, cat, at, null, forall);
    const walk = (x: Ty): void => {
      switch (x.kind) {
        case 'param': cx.typeTests.push({ param: x.index, name: x.name, region: r, span: forall !== null ? at : span, forall: forall !== null, propagatedSpan: at }); return;
        case 'ref': { const id = regionId(x.region); if (id !== null) out(id); walk(x.inner); return; }
        case 'adt': case 'fnDef':
          for (const g of x.args.regions) { const id = regionId(g); if (id !== null) out(id); }
          x.args.types.forEach(walk);
          return;
        case 'tuple': x.elems.forEach(walk); return;
        case 'array': case 'slice': walk(x.elem); return;
        case 'ptr': walk(x.inner); return;
        case 'projection': projectionOutlives(x, r, out, forall !== null ? at : span, at, forall !== null); return;
        // A closure's components are its captures' types (rustc's tupled upvars).
        case 'closure': x.upvars.forEach(walk); return;
        case 'opaque': case 'fnPtr':
          forEachRegionVar(x, out);
          return;
        case 'dyn': {
          const id = regionId(x.region);
          if (id !== null) out(id);
          return;
        }
        default: return;
      }
    };
    walk(t);
  };
  /**
   * `<T as Trait>::Name: 'r` as rustc's `alias_ty_must_outlive`: with no bound declared in the
   * environment or on the associated type, every component (the projection's arguments) must
   * outlive 'r; with one unique bound 'b on the associated type, 'b: 'r; otherwise a type test
   * verified after solving: some declared bound outlives 'r, or all the components do.
   */
  const projectionOutlives = (x: Ty & { kind: 'projection' }, r: number, out: (id: number) => void, testSpan: Span, at: Span, forall: boolean): void => {
    const declared = tcx.projectionDeclaredBounds?.(x, body.def) ?? null;
    // The associated type cannot be found: rustc would know its bounds, we do not judge.
    if (declared === null) return;
    const traitBounds = declared.map((d) => (d.kind === 'param' ? (body.closure === null ? sigRegionVars.get(d.index) : parentParams.get(d.index)) ?? null : regionId(d)));
    if (traitBounds.some((b) => b === null)) return;
    const envBounds = cx.aliasBounds.get(aliasKey(tcx, x)) ?? [];
    const params: number[] = [];
    const regions: number[] = [];
    let unjudged = false;
    const components = (t: Ty): void => {
      switch (t.kind) {
        case 'param': params.push(t.index); return;
        case 'projection':
          components(t.self);
          for (const g of t.trait.args.regions) { const id = regionId(g); if (id !== null) regions.push(id); }
          t.trait.args.types.forEach(components);
          return;
        case 'ref': { const id = regionId(t.region); if (id !== null) regions.push(id); components(t.inner); return; }
        case 'adt': case 'fnDef': case 'opaque':
          for (const g of t.args.regions) { const id = regionId(g); if (id !== null) regions.push(id); }
          t.args.types.forEach(components);
          return;
        case 'tuple': t.elems.forEach(components); return;
        case 'array': case 'slice': components(t.elem); return;
        case 'ptr': components(t.inner); return;
        case 'dyn': { const id = regionId(t.region); if (id !== null) regions.push(id); return; }
        case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': return;
        case 'closure': t.upvars.forEach(components); return;
        case 'fnPtr': forEachRegionVar(t, (id) => regions.push(id)); return;
        case 'infer': case 'error': unjudged = true; return;
        default: return assertNever(t);
      }
    };
    components(x);
    if (unjudged) return;
    let hasRegions = false;
    forEachRegionVar(x, () => { hasRegions = true; });
    if (envBounds.length === 0 && traitBounds.length === 0 && hasRegions) {
      // rustc's `args_must_outlive`: the arguments' regions and type parameters.
      for (const id of regions) out(id);
      for (const p of params) cx.typeTests.push({ param: p, name: paramName(x, p), region: r, span: testSpan, forall, propagatedSpan: at });
      return;
    }
    const first = traitBounds[0];
    if (first !== undefined && first !== null && traitBounds.every((b) => b === first) && envBounds.every((b) => b === first)) {
      out(first);
      return;
    }
    const anyOf = [...envBounds, ...traitBounds.filter((b): b is number => b !== null)];
    cx.typeTests.push({ param: -1, name: '', region: r, span: testSpan, forall, propagatedSpan: at, alias: { display: tcx.displayTy(x), anyOf, params, regions } });
  };
  /** Runs `f` with `cause` as the reason for invariance, unless an outer one is already recorded. */
  const underInvariance = (cause: InvarianceCause, f: () => void): void => {
    const saved = invariance;
    if (saved === null) invariance = cause;
    f();
    invariance = saved;
  };
  /** a <: b under variance v (co: a <: b, contra: b <: a, inv: both). Mismatched shapes relate nothing. */
  const relate = (a: Ty, b: Ty, v: Variance): void => {
    if (v === 'bi') return;
    if (a.kind === 'projection' && b.kind !== 'projection') {
      const n = tcx.normalize?.(a);
      if (n !== undefined && n.kind !== 'projection') { relate(n, b, v); return; }
      // Unnormalised `<T as Trait>::Assoc`: what it names is built from T, so T's lifetimes
      // flow into it (`<IterMut<'a, T> as Iterator>::Item` is `&'a mut T`).
      if (v === 'co' || v === 'inv') {
        const bs: number[] = [];
        forEachRegionVar(b, (r) => bs.push(r));
        if (bs.length > 0) forEachRegionVar(a, (r) => { for (const y of bs) addOutlives(cx, r, y, category, span); });
      }
      return;
    }
    if (b.kind === 'opaque' && a.kind !== 'opaque') {
      if (v !== 'co') return;
      const caps = tcx.opaqueCaptures?.(b.def, b.index) ?? null;
      if (caps === null) {
        // What the opaque type captures is unknown: one that has no lifetime parameter at all
        // may hold no borrow shorter than 'static; otherwise we stay silent rather than guess.
        if (b.args.regions.length === 0) forEachRegionVar(a, (r) => addOutlives(cx, r, STATIC_VAR, category, span));
        return;
      }
      // Each region of the hidden type must become a lifetime the opaque type captures (rustc's
      // member constraints, applied once the other constraints are known: `applyMemberConstraints`).
      // In the defining fn the captures are its own lifetimes (elided ones too, which the opaque
      // type's arguments do not list); elsewhere they are the opaque type's arguments.
      const own = b.def === body.def && body.closure === null;
      const choices: number[] = [];
      for (const i of caps.regions) {
        const id = own ? sigRegionVars.get(i) ?? null : regionId(b.args.regions[i] ?? { kind: 'erased' });
        if (id === null) return;
        if (!choices.includes(id)) choices.push(id);
      }
      forEachRegionVar(a, (r) => cx.memberConstraints.push({ region: r, choices, span, hidden: a, opaqueSpan: caps.span, opaque: b }));
      return;
    }
    if (b.kind === 'dyn' && a.kind !== 'dyn') {
      // Unsizing to a trait object: everything the value holds must outlive the object's lifetime.
      if (v === 'co') { const r = regionId(b.region); if (r !== null) outlivesComponents(a, r, category); }
      return;
    }
    switch (a.kind) {
      case 'ref':
        if (b.kind !== 'ref') return;
        // Tolerate one extra level of reference on either side (an autoref made twice): relating
        // the outer reference would tie a temporary's loan to the result, which rustc never sees.
        if (a.inner.kind === 'ref' && b.inner.kind !== 'ref' && isConcrete(b.inner)) { relate(a.inner, b, v); return; }
        if (b.inner.kind === 'ref' && a.inner.kind !== 'ref' && isConcrete(a.inner)) { relate(a, b.inner, v); return; }
        relateRegions(a.region, b.region, v);
        if (a.mut || b.mut) underInvariance({ kind: 'mutRef', pointee: a.inner }, () => relate(a.inner, b.inner, xform(v, 'inv')));
        else relate(a.inner, b.inner, v);
        return;
      case 'adt': {
        if (b.kind !== 'adt' || a.def !== b.def) return;
        const vs = variances.of(a.def);
        const n = Math.min(a.args.regions.length, b.args.regions.length);
        for (let i = 0; i < n; i++) {
          const pv = vs.regions[i] ?? 'inv';
          if (pv === 'inv') underInvariance({ kind: 'adt', ty: a, param: i, isRegion: true }, () => relateRegions(a.args.regions[i]!, b.args.regions[i]!, xform(v, pv)));
          else relateRegions(a.args.regions[i]!, b.args.regions[i]!, xform(v, pv));
        }
        const m = Math.min(a.args.types.length, b.args.types.length);
        for (let i = 0; i < m; i++) {
          const pv = vs.types[i] ?? 'inv';
          if (pv === 'inv') underInvariance({ kind: 'adt', ty: a, param: i, isRegion: false }, () => relate(a.args.types[i]!, b.args.types[i]!, xform(v, pv)));
          else relate(a.args.types[i]!, b.args.types[i]!, xform(v, pv));
        }
        return;
      }
      case 'tuple':
        if (b.kind !== 'tuple') return;
        for (let i = 0; i < Math.min(a.elems.length, b.elems.length); i++) relate(a.elems[i]!, b.elems[i]!, v);
        return;
      case 'array':
        if (b.kind === 'array' || b.kind === 'slice') relate(a.elem, b.elem, v);
        return;
      case 'slice':
        if (b.kind === 'slice' || b.kind === 'array') relate(a.elem, b.elem, v);
        return;
      case 'ptr':
        if (b.kind !== 'ptr') return;
        if (a.mut || b.mut) underInvariance({ kind: 'mutPtr', pointee: a.inner }, () => relate(a.inner, b.inner, xform(v, 'inv')));
        else relate(a.inner, b.inner, v);
        return;
      case 'fnPtr':
        if (b.kind !== 'fnPtr') return;
        for (let i = 0; i < Math.min(a.sig.inputs.length, b.sig.inputs.length); i++) relate(a.sig.inputs[i]!, b.sig.inputs[i]!, xform(v, 'contra'));
        relate(a.sig.output, b.sig.output, v);
        return;
      case 'closure':
        if (b.kind !== 'closure' || a.node !== b.node) return;
        for (let i = 0; i < Math.min(a.upvars.length, b.upvars.length); i++) relate(a.upvars[i]!, b.upvars[i]!, v);
        // The signature is among the closure's generic arguments, which are invariant.
        for (let i = 0; i < Math.min(a.sig.inputs.length, b.sig.inputs.length); i++) relate(a.sig.inputs[i]!, b.sig.inputs[i]!, xform(v, 'inv'));
        relate(a.sig.output, b.sig.output, xform(v, 'inv'));
        return;
      case 'dyn':
        if (b.kind !== 'dyn') return;
        relateRegions(a.region, b.region, v);
        if (a.principal && b.principal) {
          for (let i = 0; i < Math.min(a.principal.args.regions.length, b.principal.args.regions.length); i++) relateRegions(a.principal.args.regions[i]!, b.principal.args.regions[i]!, xform(v, 'inv'));
          for (let i = 0; i < Math.min(a.principal.args.types.length, b.principal.args.types.length); i++) relate(a.principal.args.types[i]!, b.principal.args.types[i]!, xform(v, 'inv'));
        }
        return;
      case 'fnDef':
      case 'opaque':
        if (b.kind !== a.kind || a.def !== b.def) return;
        for (let i = 0; i < Math.min(a.args.regions.length, b.args.regions.length); i++) relateRegions(a.args.regions[i]!, b.args.regions[i]!, xform(v, 'inv'));
        for (let i = 0; i < Math.min(a.args.types.length, b.args.types.length); i++) relate(a.args.types[i]!, b.args.types[i]!, xform(v, 'inv'));
        return;
      case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'param': case 'projection': case 'infer': case 'error':
        return;
      default: return assertNever(a);
    }
  };

  /**
   * A value flowing into a place (assignments, call arguments and results): a coercion site,
   * where `&'a mut (dyn Tr + 'a)` may become `&'b mut (dyn Tr + 'b)` (an unsizing coercion
   * shortens the object lifetime, which plain subtyping under `&mut` would not).
   */
  const relateAtCoercion = (a: Ty, b: Ty): void => {
    if (a.kind === 'ref' && b.kind === 'ref' && a.inner.kind === 'dyn' && b.inner.kind === 'dyn' && (a.mut || b.mut)) {
      relateRegions(a.region, b.region, 'co');
      // The object lifetime may shrink; the rest of the object type stays invariant.
      underInvariance({ kind: 'mutRef', pointee: a.inner }, () => relate(a.inner, b.inner, 'co'));
      return;
    }
    relate(a, b, 'co');
  };

  /**
   * rustc's `CoerceUnsized` then `Unsize` obligations for an unsizing cast (`&T` to `&dyn Tr`,
   * `Box<[T; N]>` to `Box<[T]>`, `&RefCell<T>` to `&RefCell<dyn Tr>`): the pointers' own
   * lifetimes relate covariantly, the pointee is unsized, which needs the source to outlive the
   * object's lifetime rather than to be its subtype. False when the pair is no unsizing.
   */
  const coerceUnsized = (a: Ty, b: Ty): boolean => {
    if ((a.kind === 'ref' || a.kind === 'ptr') && (b.kind === 'ref' || b.kind === 'ptr')) {
      if (!unsizes(a.inner, b.inner)) return false;
      if (a.kind === 'ref' && b.kind === 'ref') relateRegions(a.region, b.region, 'co');
      unsize(a.inner, b.inner);
      return true;
    }
    if (a.kind === 'adt' && b.kind === 'adt' && a.def === b.def && a.args.types.length > 0) {
      // Box, Rc, Arc and the like: the pointee is the first type argument.
      if (!unsizes(a.args.types[0]!, b.args.types[0]!)) return false;
      const n = Math.min(a.args.regions.length, b.args.regions.length);
      for (let i = 0; i < n; i++) relateRegions(a.args.regions[i]!, b.args.regions[i]!, 'inv');
      for (let i = 1; i < Math.min(a.args.types.length, b.args.types.length); i++) relate(a.args.types[i]!, b.args.types[i]!, 'inv');
      unsize(a.args.types[0]!, b.args.types[0]!);
      return true;
    }
    return false;
  };
  /** Whether `a: Unsize<b>` is what a cast from a pointer to `a` into one to `b` needs. */
  const unsizes = (a: Ty, b: Ty): boolean => {
    if (b.kind === 'dyn') return true;
    if (b.kind === 'slice') return a.kind === 'array';
    if (a.kind === 'adt' && b.kind === 'adt' && a.def === b.def) return a.args.types.some((x, i) => b.args.types[i] !== undefined && unsizes(x, b.args.types[i]!) && !(x.kind === 'dyn' && b.args.types[i]!.kind === 'dyn') && !(x.kind === 'slice' && b.args.types[i]!.kind === 'slice'));
    return false;
  };
  /** `a: Unsize<b>`: into a trait object, `a` outlives the object's lifetime; a struct unsizes its last type argument, the rest stay equal. */
  const unsize = (a: Ty, b: Ty): void => {
    if (b.kind === 'dyn' && a.kind !== 'dyn') {
      const r = regionId(b.region);
      if (r !== null) outlivesComponents(a, r, category);
      return;
    }
    if (b.kind === 'dyn' && a.kind === 'dyn') {
      // Upcasting or dropping auto traits: the object lifetime may shrink, the principal is invariant.
      relateRegions(a.region, b.region, 'co');
      relate({ ...a, region: b.region }, b, 'inv');
      return;
    }
    if (a.kind === 'array' && b.kind === 'slice') { relate(a.elem, b.elem, 'inv'); return; }
    if (a.kind === 'adt' && b.kind === 'adt' && a.def === b.def) {
      const n = Math.min(a.args.regions.length, b.args.regions.length);
      for (let i = 0; i < n; i++) relateRegions(a.args.regions[i]!, b.args.regions[i]!, 'inv');
      a.args.types.forEach((x, i) => {
        const y = b.args.types[i];
        if (y === undefined) return;
        if (unsizes(x, y) && !(x.kind === 'dyn' && y.kind === 'dyn')) unsize(x, y);
        else relate(x, y, 'inv');
      });
      return;
    }
    relate(a, b, 'inv');
  };

  // The signature: its lifetimes become universal regions, related to the argument and return locals.
  const defKind = body.closure === null ? tcx.defKind(body.def) : 'closure';
  let bodySig: PolyFnSig | null = null;
  if (defKind === 'fn' || defKind === 'assocFn') bodySig = tcx.fnSig(body.def);
  if (body.closure !== null) cx.lenientUniversals = true;
  const paramOfRegion = new Map<number, string>();
  if (bodySig !== null) {
    bodySig.sig.inputs.forEach((t, i) => {
      const name = bodySig!.paramNames[i];
      if (name === undefined || name === 'self') return;
      const visit = (x: Ty): void => {
        if (x.kind === 'ref') { if (x.region.kind === 'param' && !paramOfRegion.has(x.region.index)) paramOfRegion.set(x.region.index, name); visit(x.inner); }
        else if (x.kind === 'adt') { for (const r of x.args.regions) if (r.kind === 'param' && !paramOfRegion.has(r.index)) paramOfRegion.set(r.index, name); x.args.types.forEach(visit); }
      };
      visit(t);
    });
  }
  if (bodySig !== null) {
    const univ = (r: Region): Region => {
      if (r.kind === 'static') return { kind: 'var', id: STATIC_VAR };
      if (r.kind === 'param') {
        let v = sigRegionVars.get(r.index);
        if (v === undefined) {
          const name = bodySig!.regionParams[r.index] ?? r.name;
          const anon = name.startsWith("'_") || name === '';
          const header = bodySig!.regionParamImplHeader?.[r.index] ?? null;
          v = newUniversal(cx, { kind: anon ? 'anon' : 'named', name, param: paramOfRegion.get(r.index) ?? null, span: bodySig!.regionParamSpans?.[r.index] ?? null, ...(header !== null ? { implHeader: header } : {}) });
          sigRegionVars.set(r.index, v);
        }
        return { kind: 'var', id: v };
      }
      if (r.kind === 'var') return r;
      // An elided lifetime of the impl header (`impl Foo<'_>`): a universal region of its own.
      return { kind: 'var', id: newUniversal(cx, { kind: 'anon', name: "'_", param: null }) };
    };
    // Every lifetime parameter is a universal region, named in the signature or not.
    bodySig.regionParams.forEach((name, index) => univ({ kind: 'param', index, name }));
    const f = { region: univ, param: () => null };
    // Regions bound inside fn pointer types (`for<'c> fn(&'c u8)`) are not the fn's own: leave them free.
    const freeBound = (t: Ty): Ty => mapFnPtrs(t, (fp) => foldTy(fp, { region: (r) => (r.kind === 'erased' ? { kind: 'var', id: newVar(cx) } : r), param: () => null }));
    // Normalising a projection of the signature through a user impl needs the impl's own
    // lifetime bounds (`impl<'a, 'd: 'a> Tr<'d> for &'a ()`), proven from the fn's.
    if (tcx.projectionImplBounds !== undefined && body.closure === null) {
      const header = tcx.fnHeaderSpan?.(body.def) ?? body.span;
      const visit = (t: Ty): void => {
        if (t.kind === 'projection') {
          for (const [a, b] of tcx.projectionImplBounds!(t) ?? []) {
            const x = univ(a), y = univ(b);
            if (x.kind === 'var' && y.kind === 'var') addOutlives(cx, x.id, y.id, 'predicate', header);
          }
          return;
        }
        switch (t.kind) {
          case 'ref': case 'ptr': visit(t.inner); return;
          case 'adt': t.args.types.forEach(visit); return;
          case 'tuple': t.elems.forEach(visit); return;
          case 'array': case 'slice': visit(t.elem); return;
          default: return;
        }
      };
      for (const t of [...bodySig.sig.inputs, bodySig.sig.output]) visit(t);
    }
    // rustc borrow-checks against the normalised signature (`Self::Assoc` is `&'a u32`).
    const inputs = bodySig.sig.inputs.map((t) => foldTy(freeBound(normalizeDeep(tcx, t)), f));
    const output = foldTy(freeBound(normalizeDeep(tcx, bodySig.sig.output)), f);
    category = 'boring';
    for (let i = 0; i < Math.min(inputs.length, body.argCount); i++) relate(cx.localTys[i + 1]!, inputs[i]!, 'inv');
    relate(output, cx.localTys[0]!, 'inv');
    // What the body may assume of its type parameters: declared bounds and those its argument types imply.
    const addAliasBound = (t: Ty, vr: number): void => {
      const key = aliasKey(tcx, t);
      let list = cx.aliasBounds.get(key);
      if (list === undefined) { list = []; cx.aliasBounds.set(key, list); }
      list.push(vr);
    };
    const addBound = (param: number, vr: number): void => {
      let list = cx.paramBounds.get(param);
      if (list === undefined) { list = []; cx.paramBounds.set(param, list); }
      list.push(vr);
    };
    for (const [ti, r] of bodySig.typeOutlivesAssumed ?? bodySig.typeOutlives ?? []) {
      const v = f.region(r);
      if (v.kind === 'var') addBound(ti, v.id);
    }
    // `for<'r> T: 'r` proves itself (and what needs T to outlive any lifetime): T outlives 'static.
    for (const c of bodySig.typeOutlivesForall ?? []) if (c.direct) addBound(c.param, STATIC_VAR);
    const implied = (t: Ty, enclosing: readonly number[]): void => {
      switch (t.kind) {
        case 'param': for (const e of enclosing) addBound(t.index, e); return;
        case 'projection': for (const e of enclosing) addAliasBound(t, e); return;
        case 'ref': implied(t.inner, t.region.kind === 'var' ? [...enclosing, t.region.id] : enclosing); return;
        case 'adt': {
          // Lenient: a parameter inside an ADT is taken to outlive the ADT's lifetime arguments.
          const rs = t.args.regions.flatMap((r) => (r.kind === 'var' ? [r.id] : []));
          for (const x of t.args.types) implied(x, [...enclosing, ...rs]);
          return;
        }
        case 'tuple': for (const x of t.elems) implied(x, enclosing); return;
        case 'array': case 'slice': implied(t.elem, enclosing); return;
        case 'ptr': implied(t.inner, enclosing); return;
        default: return;
      }
    };
    for (const t of inputs) implied(t, []);
    implied(output, []);
    for (const { ty, region } of bodySig.projectionOutlives ?? []) {
      const v = f.region(region);
      if (v.kind === 'var') addAliasBound(foldTy(ty, f), v.id);
    }
    inputs.forEach((t, i) => {
      if (i >= body.argCount) return;
      forEachRegionVar(t, (r) => { const u = cx.universalOf[r] ?? -1; if (u > 0 && cx.universalArg[u] === -1) cx.universalArg[u] = i + 1; });
    });
    computeKnownOutlives(cx, tcx, bodySig, inputs, output);
  } else if (body.closure !== null) {
    // What the closure may assume: what its environment's and arguments' types imply (every
    // capture outlives the environment reference), and 'static outlives all.
    const inputs: Ty[] = [];
    for (let l = 1; l <= body.argCount; l++) { const u = closureTys.get(l); if (u !== undefined) inputs.push(u); }
    computeKnownOutlives(cx, tcx, null, inputs, closureTys.get(0) ?? ERROR);
    // As for a fn, the locals get fresh regions equal to the universal ones (rustc's
    // `equate_inputs_and_outputs`): a later use of `_1` does not explain a borrow that must
    // outlive a capture's region.
    category = 'boring';
    for (const [l, u] of closureTys) relate(cx.localTys[l]!, u, 'inv');
  } else {
    computeKnownOutlives(cx, tcx, null, [], ERROR);
  }

  const projectPlace = (base: Ty, place: Place): Ty => {
    let ty = base;
    let variant = 0;
    for (const e of place.projection) {
      const next = projectTy(tcx, ty, e, variant);
      variant = e.kind === 'downcast' ? e.variant : 0;
      ty = next;
    }
    return ty;
  };
  /**
   * `A::<'a>::X`: the associated const's impl must be for the written type. Its impl's self type
   * (its lifetimes fresh, a written `'static` kept) is equated with it; a trait's const goes
   * through the one user impl selected for it (rustc's user self type and impl selection).
   */
  const userSelfOfConst = (def: DefId, written: Ty, at: Span): void => {
    const owner = tcx.defParent(def);
    if (owner === null) return;
    const saved = category; const savedSpan = span;
    category = 'predicate'; span = at;
    const user = userTyVars(written);
    if (tcx.defKind(owner) === 'impl') {
      const implSelf = tcx.implSelfTy?.(owner) ?? null;
      if (implSelf !== null && sameShape(implSelf, written)) {
        const vars = new Map<number, number>();
        const inst = foldTy(implSelf, { region: (r) => {
          if (r.kind === 'static') return { kind: 'var', id: STATIC_VAR };
          if (r.kind !== 'param') return r;
          let v = vars.get(r.index);
          if (v === undefined) { v = newVar(cx); vars.set(r.index, v); }
          return { kind: 'var', id: v };
        }, param: () => null });
        relate(inst, user, 'inv');
      }
    } else if (tcx.defKind(owner) === 'trait') {
      const header = tcx.selectedImplHeader?.(owner, { regions: [], types: [written], consts: [] }) ?? null;
      const vars = new Map<number, number>();
      if (header !== null && header.types[0] !== undefined) zipRegions(header.types[0], user, (pat, act) => {
        const a = regionId(act);
        if (a === null) return;
        let p: number | null = null;
        if (pat.kind === 'static') p = STATIC_VAR;
        else if (pat.kind === 'param') { const k = vars.get(pat.index); if (k === undefined) { vars.set(pat.index, a); return; } p = k; }
        if (p === null) return;
        addOutlives(cx, p, a, 'predicate', span);
        addOutlives(cx, a, p, 'predicate', span);
      });
    }
    category = saved; span = savedSpan;
  };
  const placeTy = (place: Place): Ty => projectPlace(cx.localTys[place.local] ?? ERROR, place);
  /** A place's type as MIR declares it (regions erased, a written `'static` kept). */
  const mirPlaceTy = (place: Place): Ty => projectPlace(body.locals[place.local]?.ty ?? ERROR, place);
  const operandTy = (op: Operand, point: number): Ty => {
    switch (op.kind) {
      case 'copy': case 'move': return placeTy(op.place);
      case 'const': {
        const t = op.value.kind === 'item' ? itemOperandTy(op.value.def, op.ty, point) : fresh(op.ty, point);
        applyClosureRequirementsIn(t);
        return t;
      }
      default: return assertNever(op);
    }
  };

  /**
   * A const or static item as an operand: its type is the item's declared one, whose lifetimes
   * are all 'static (rustc relates a static's address to `type_of(static)`, a const to its user
   * type annotation). A static is used through its address (`&T`, `*mut T` for `static mut`).
   */
  const itemOperandTy = (def: number, ty: Ty, point: number): Ty => {
    const k = tcx.defKind(def);
    const declared = k === 'static' || k === 'const' ? tcx.itemTy?.(def) : undefined;
    if (declared === undefined || declared.kind === 'error') return fresh(ty, point);
    const asVars = (t: Ty): Ty => foldTy(t, { region: (r) => (r.kind === 'static' ? { kind: 'var', id: STATIC_VAR } : { kind: 'var', id: newVar(cx) }), param: () => null });
    if (k === 'static') {
      if ((ty.kind !== 'ref' && ty.kind !== 'ptr') || !sameShape(ty.inner, declared)) return fresh(ty, point);
      const addr = fresh(ty, point);
      return addr.kind === 'ref' || addr.kind === 'ptr' ? { ...addr, inner: asVars(declared) } : addr;
    }
    return sameShape(ty, declared) ? asVars(declared) : fresh(ty, point);
  };

  /**
   * Copying needs `T: Copy`; a user impl for particular lifetimes (`impl Copy for Foo<'static>`)
   * makes the copied value's lifetimes those (rustc's CopyBound constraints).
   */
  const copyBound = (t: Ty, at: Span): void => {
    switch (t.kind) {
      case 'tuple': for (const e of t.elems) copyBound(e, at); return;
      case 'array': copyBound(t.elem, at); return;
      case 'adt': {
        const impl = tcx.copyImplSelfTy?.(t.def) ?? null;
        if (impl === null || impl.kind !== 'adt') return;
        impl.args.regions.forEach((r, i) => {
          const actual = t.args.regions[i];
          const id = actual === undefined ? null : regionId(actual);
          if (r.kind === 'static' && id !== null) addOutlives(cx, id, STATIC_VAR, 'copyBound', at);
        });
        return;
      }
      default: return;
    }
  };

  const rvalueTy = (rv: Rvalue, dest: Place, loc: Location, point: number, stmtSpan: Span): Ty | null => {
    switch (rv.kind) {
      case 'use': {
        const t = operandTy(rv.operand, point);
        if (rv.operand.kind === 'copy') copyBound(t, stmtSpan);
        return t;
      }
      case 'copyForDeref': return placeTy(rv.place);
      case 'repeat': {
        const d = placeTy(dest);
        const t = operandTy(rv.operand, point);
        if (d.kind === 'array') relate(t, d.elem, 'co');
        // More than one element copies a moved operand, so its type must be `Copy` (a constant
        // or a copied place already is).
        if (rv.count > 1n && rv.operand.kind === 'move') copyBound(t, stmtSpan);
        return null;
      }
      case 'ref': {
        const region = newVar(cx);
        addLiveAt(cx, region, point);
        const inner = placeTy(rv.place);
        const mut = rv.borrow === 'mut' || rv.borrow === 'twoPhaseMut';
        reborrowConstraints(rv.place, region);
        if (!ignoreBorrow(rv.place)) {
          loans.push({ location: loc, kind: rv.borrow, place: rv.place, assigned: dest.local, region, span: stmtSpan });
        }
        return { kind: 'ref', region: { kind: 'var', id: region }, mut, inner };
      }
      case 'rawPtr': return { kind: 'ptr', mut: rv.mut, inner: placeTy(rv.place) };
      case 'binary': {
        // Pointers compared with the built-in operator must have a common supertype (rustc relates
        // both operands to a fresh type, as call arguments).
        // Both operands are typed (a constant's written path may constrain lifetimes).
        const l = operandTy(rv.lhs, point);
        const r = operandTy(rv.rhs, point);
        if (!COMPARISONS.has(rv.op)) return null;
        if (l.kind !== 'ptr' && l.kind !== 'fnPtr') return null;
        const common = foldTy(l, { region: () => ({ kind: 'var', id: newVar(cx) }), param: () => null });
        const saved = category;
        category = 'callArgument';
        relate(l, common, 'co');
        relate(r, common, 'co');
        category = saved;
        return null;
      }
      case 'checkedBinary': operandTy(rv.lhs, point); operandTy(rv.rhs, point); return null;
      case 'unary': operandTy(rv.operand, point); return null;
      case 'len': case 'discriminant':
        return null;
      case 'cast': {
        const res = rv.userTy !== undefined && sameShape(rv.userTy, rv.ty) ? userTyVars(rv.userTy) : fresh(rv.ty, point);
        const from = operandTy(rv.operand, point);
        if (rv.cast === 'reifyFnPointer' && from.kind === 'fnDef' && res.kind === 'fnPtr') {
          // A fn item made a pointer: its signature, with the item's early-bound lifetimes (its
          // region arguments), must be a subtype of the pointer's. Late-bound ones stay bound in
          // the pointer type, so nothing relates them.
          const sig = reifiedSig(from);
          if (sig !== null) relate({ kind: 'fnPtr', sig }, res, 'co');
          return res;
        }
        if (res.kind === 'ptr' && !res.mut && (from.kind === 'ptr' || from.kind === 'ref')) {
          // To a `*const` pointer (`*mut T` to `*const T`, `&[T; N]` to `*const T`): the pointee
          // is only read through it, so it relates covariantly.
          const pointee = from.inner.kind === 'array' && !sameShape(from.inner, res.inner) ? from.inner.elem : from.inner;
          relate(pointee, res.inner, 'co');
          return res;
        }
        // A closure coerced to a fn pointer: its signature becomes the pointer's (regions it binds stay free).
        if (from.kind === 'closure' && res.kind === 'fnPtr') relate({ kind: 'fnPtr', sig: from.sig }, res, 'co');
        else if (rv.cast === 'unsize' || rv.cast === 'other') {
          // rustc proves an unsizing under `ConstraintCategory::Cast`.
          const saved = category;
          if (rv.cast === 'unsize') category = 'cast';
          if (!coerceUnsized(from, res)) relate(from, res, 'co');
          category = saved;
        } else relate(from, res, 'co');
        return res;
      }
      case 'aggregate': {
        const a = rv.aggregate;
        switch (a.kind) {
          case 'tuple': return { kind: 'tuple', elems: rv.operands.map((o) => operandTy(o, point)) };
          case 'array': {
            const d = placeTy(dest);
            if (d.kind === 'array') for (const o of rv.operands) relate(operandTy(o, point), d.elem, 'co');
            return null;
          }
          case 'adt': {
            const adtTy = fresh({ kind: 'adt', def: a.def, args: a.args }, point);
            if (adtTy.kind !== 'adt') return null;
            const adt = tcx.adt(a.def);
            if (adt.kind === 'union') return adtTy;
            // The value's type must be well-formed: its lifetimes related as the ADT declares.
            const declared = adtRegionOutlives(tcx, a.def, adtMemo);
            for (const [i, j] of declared ?? []) {
              const x = adtTy.args.regions[i], y = j < 0 ? { kind: 'static' as const } : adtTy.args.regions[j];
              const xi = x === undefined ? null : regionId(x), yi = y === undefined ? null : regionId(y);
              if (xi !== null && yi !== null) addOutlives(cx, xi, yi, 'boring', span);
            }
            // `Self { .. }` / `Foo::<'a> { .. }`: the value's type is the written one (rustc's user
            // type annotation on the aggregate, related invariantly as a boring constraint).
            if (a.userTy !== undefined && sameShape(a.userTy, adtTy)) {
              const saved = category;
              category = 'boring';
              relate(adtTy, userTyVars(a.userTy), 'inv');
              category = saved;
            }
            const variant = adt.variants[a.variant];
            if (variant === undefined) return adtTy;
            // rustc relates each operand to its field as a boring constraint; the assignment of
            // the whole value is what carries the statement's category.
            const saved = category;
            category = 'boring';
            rv.operands.forEach((o, i) => {
              if (i < variant.fields.length) relate(operandTy(o, point), tcx.fieldTy(a.def, a.variant, i, adtTy.args), 'co');
            });
            category = saved;
            return adtTy;
          }
          case 'closure': {
            const d = placeTy(dest);
            if (d.kind === 'closure') {
              // As rustc: the closure value gets its own regions, the captures flow into them as
              // `Boring` (a requirement the closure hands up is what to blame), and the value
              // flows into the place like any assigned value.
              const agg = foldTy(d, { region: (r) => { if (r.kind === 'erased') return r; const v = newVar(cx); addLiveAt(cx, v, point); return { kind: 'var', id: v }; }, param: () => null });
              if (agg.kind !== 'closure') return null;
              const saved = category;
              category = 'boring';
              rv.operands.forEach((o, i) => { if (i < agg.upvars.length) relate(operandTy(o, point), agg.upvars[i]!, 'co'); });
              category = saved;
              for (const c of closureForall) cx.typeTests.push({ param: c.param, name: c.name ?? '_', region: STATIC_VAR, span, forall: true, propagatedSpan: span });
              applyClosureRequirements(a.node, agg, agg.upvars);
              return agg;
            }
            // Built straight into an `impl Fn` / `dyn Fn` place: what matters is the captures' regions.
            const captures = rv.operands.map((o) => operandTy(o, point));
            applyClosureRequirements(a.node, null, captures);
            return { kind: 'tuple', elems: captures };
          }
          default: return assertNever(a);
        }
      }
      default: return assertNever(rv);
    }
  };

  /**
   * Where the parent builds a closure (or a promoted constant holds one), the outlives the
   * closure body required of its captures' regions (rustc's `prove_closure_bounds`), blamed as
   * the closure blamed them.
   */
  const applyClosureRequirements = (node: number, closure: Ty & { kind: 'closure' } | null, upvars: readonly Ty[]): void => {
    const reqs = closureRequirements.get(node);
    if (reqs === undefined || reqs.length === 0) return;
    const vars: (number | null)[] = [];
    if (closure !== null) vars.push(...closureRegionVars(closure));
    else for (const t of upvars) foldTy(t, { region: (r) => { vars.push(regionId(r)); return r; }, param: () => null });
    const at = (i: number): number | null | undefined => {
      if (i >= 0) return vars[i];
      if (i === -1) return STATIC_VAR;
      const p = PARAM_REGION_BASE - i;
      return body.closure === null ? sigRegionVars.get(p) : parentParams.get(p);
    };
    for (const q of reqs) {
      const x = at(q.longer);
      const y = at(q.shorter);
      if (q.param !== undefined) {
        if (y !== undefined && y !== null) cx.typeTests.push({ param: q.param.index, name: q.param.name, region: y, span: q.span });
        continue;
      }
      if (x === undefined || y === undefined || x === null || y === null) continue;
      if (x !== y) cx.consFromClosure.add(cx.consSup.length);
      addOutlives(cx, x, y, requirementCategory(q.category), q.span);
    }
  };
  const applyClosureRequirementsIn = (t: Ty): void => {
    switch (t.kind) {
      case 'closure': applyClosureRequirements(t.node, t, t.upvars); for (const u of t.upvars) applyClosureRequirementsIn(u); return;
      case 'ref': case 'ptr': applyClosureRequirementsIn(t.inner); return;
      case 'tuple': for (const e of t.elems) applyClosureRequirementsIn(e); return;
      case 'array': case 'slice': applyClosureRequirementsIn(t.elem); return;
      default: return;
    }
  };

  /** `&'r (*p).f`: the reference `p` must outlive 'r; through `&mut` the chain continues, a shared `&` ends it. */
  const reborrowConstraints = (place: Place, region: number): void => {
    for (let i = place.projection.length - 1; i >= 0; i--) {
      if (place.projection[i]!.kind !== 'deref') continue;
      const base = placeTy({ local: place.local, projection: place.projection.slice(0, i) });
      if (base.kind === 'ref') {
        const r = regionId(base.region);
        if (r !== null) addOutlives(cx, r, region, 'boring', span);
        if (!base.mut) return;
      } else if (base.kind === 'ptr') {
        return;
      }
    }
  };

  /** Borrows through a shared reference or a raw pointer can never be invalidated: not tracked. */
  const ignoreBorrow = (place: Place): boolean => {
    for (let i = 0; i < place.projection.length; i++) {
      if (place.projection[i]!.kind !== 'deref') continue;
      const base = placeTy({ local: place.local, projection: place.projection.slice(0, i) });
      if (base.kind === 'ptr') return true;
      if (base.kind === 'ref' && !base.mut) return true;
    }
    return false;
  };

  /** The callee's declared output is a type parameter that no input mentions. */
  const outputIsFreeParam = (func: Operand): boolean => {
    if (func.kind !== 'const' || func.value.kind !== 'fn') return false;
    const poly = tcx.fnSig(func.value.def);
    const out = poly.sig.output;
    if (out.kind !== 'param') return false;
    const mentions = (t: Ty): boolean => {
      switch (t.kind) {
        case 'param': return t.index === out.index;
        case 'ref': case 'ptr': return mentions(t.inner);
        case 'adt': case 'fnDef': case 'opaque': return t.args.types.some(mentions);
        case 'tuple': return t.elems.some(mentions);
        case 'array': case 'slice': return mentions(t.elem);
        case 'projection': return mentions(t.self) || t.trait.args.types.some(mentions);
        default: return false;
      }
    };
    return !poly.sig.inputs.some(mentions);
  };

  /** rustc's WF obligations of a written type, as outlives requirements: `&'r T` needs `T: 'r`. */
  const typeWellFormed = (t: Ty): void => {
    switch (t.kind) {
      case 'ref': {
        const r = regionId(t.region);
        if (r !== null) outlivesComponents(t.inner, r, 'predicate');
        typeWellFormed(t.inner);
        return;
      }
      case 'adt': for (const x of t.args.types) typeWellFormed(x); return;
      case 'tuple': for (const x of t.elems) typeWellFormed(x); return;
      case 'array': case 'slice': typeWellFormed(t.elem); return;
      case 'ptr': typeWellFormed(t.inner); return;
      default: return;
    }
  };

  const instantiateCallee = (func: Operand, callArgs: readonly Operand[], point: number, predicateSpan: Span): FnSigTy | null => {
    // A fn item kept in a local (`let f = check; f(x, y)`) is called like the item itself.
    const local = func.kind === 'const' ? null : placeTy(func.place);
    const item = func.kind === 'const' ? (func.value.kind === 'fn' ? func.value : null) : local !== null && local.kind === 'fnDef' ? local : null;
    if (item !== null) {
      const c = item;
      const poly = tcx.fnSig(c.def);
      const args = fresh({ kind: 'fnDef', def: c.def, args: c.args }, point);
      const argTys = args.kind === 'fnDef' ? args.args.types : [];
      const regionMap = new Map<number, number>();
      const f = {
        region: (r: Region): Region => {
          if (r.kind === 'static') return { kind: 'var', id: STATIC_VAR };
          if (r.kind === 'var') return r;
          const key = r.kind === 'param' ? r.index : -1 - regionMap.size;
          let v = regionMap.get(key);
          if (v === undefined) { v = newVar(cx); addLiveAt(cx, v, point); regionMap.set(key, v); }
          return { kind: 'var', id: v };
        },
        param: (index: number): Ty | null => argTys[index] ?? null,
      };
      // A trait method called on a type parameter bounded by `P: Trait<'r, ..>`: rustc proves
      // `P: Trait<'?, ..>` from that bound, so the trait's lifetimes are the bound's.
      const traitDef = tcx.defParent(c.def);
      const selfArg = argTys[0];
      if (bodySig !== null && body.closure === null && traitDef !== null && tcx.defKind(traitDef) === 'trait' && selfArg !== undefined && selfArg.kind === 'param') {
        const bounds = (bodySig.traitBoundRegions ?? []).filter((bd) => bd.param === selfArg.index && bd.trait === traitDef);
        if (bounds.length === 1) {
          bounds[0]!.regions.forEach((r, i) => {
            const mine = r.kind === 'static' ? STATIC_VAR : r.kind === 'param' ? sigRegionVars.get(r.index) ?? null : null;
            const theirs = f.region({ kind: 'param', index: i, name: '' });
            if (mine === null || theirs.kind !== 'var') return;
            addOutlives(cx, mine, theirs.id, 'boring', predicateSpan);
            addOutlives(cx, theirs.id, mine, 'boring', predicateSpan);
          });
        }
      }
      // A trait method whose Self is a concrete type: the one user impl that proves the trait
      // bound is selected modulo regions, then its header is equated with the trait's arguments
      // (`impl Tr<dyn D> for X` makes the call's `dyn D` `'static`). The impl's lifetimes are
      // fresh for the call; a `'static` it writes is `'static`.
      if (traitDef !== null && tcx.defKind(traitDef) === 'trait' && selfArg !== undefined && selfArg.kind !== 'param' && tcx.selectedImplHeader !== undefined) {
        const header = tcx.selectedImplHeader(traitDef, { regions: [], types: argTys, consts: [] });
        if (header !== null) {
          const implVars = new Map<number, number>();
          const saved = category; const savedSpan = span;
          category = 'boring'; span = predicateSpan;
          const equate = (pat: Region, actual: Region): void => {
            const a = regionId(actual);
            if (a === null) return;
            let p: number | null = null;
            if (pat.kind === 'static') p = STATIC_VAR;
            else if (pat.kind === 'param') {
              const known = implVars.get(pat.index);
              if (known === undefined) { implVars.set(pat.index, a); return; }
              p = known;
            }
            if (p === null) return;
            addOutlives(cx, p, a, 'boring', predicateSpan);
            addOutlives(cx, a, p, 'boring', predicateSpan);
          };
          header.types.forEach((t, i) => { const a = argTys[i]; if (a !== undefined) zipRegions(t, a, equate); });
          header.regions.forEach((r, i) => equate(r, f.region({ kind: 'param', index: i, name: '' })));
          category = saved; span = savedSpan;
        }
      }
      // `Foo::<'a, 'b>::f`: the written type must be well-formed (its lifetimes related as Foo declares).
      const selfTy = func.kind === 'const' && func.value.kind === 'fn' ? func.value.userSelfTy : undefined;
      // An impl's fn called through its written self type: the impl's self type, its lifetimes
      // the call's, must be that type (rustc's user self type: `A::<'a>::f` with
      // `impl Y for A<'static>` needs 'a = 'static).
      const owner = tcx.defParent(c.def);
      const implSelf = selfTy !== undefined && owner !== null && tcx.defKind(owner) === 'impl' ? tcx.implSelfTy?.(owner) ?? null : null;
      // A trait's fn reached through the written type (`A::<'a>::f` for `<A<'a> as Y>::f`): Self is it.
      const traitSelf = selfTy !== undefined && owner !== null && tcx.defKind(owner) === 'trait' ? argTys[0] ?? null : null;
      const fixed = implSelf !== null ? foldTy(implSelf, f) : traitSelf;
      if (selfTy !== undefined && fixed !== null && sameShape(fixed, selfTy)) {
        const saved = category; const savedSpan = span;
        category = 'predicate'; span = predicateSpan;
        relate(fixed, userTyVars(selfTy), 'inv');
        category = saved; span = savedSpan;
      }
      if (selfTy !== undefined && selfTy.kind === 'adt') {
        const written = userTyVars(selfTy);
        const declared = written.kind === 'adt' ? adtRegionOutlives(tcx, written.def, adtMemo) : null;
        if (written.kind === 'adt') for (const [i, j] of declared ?? []) {
          const x = written.args.regions[i], y = j < 0 ? { kind: 'static' as const } : written.args.regions[j];
          const xi = x === undefined ? null : regionId(x), yi = y === undefined ? null : regionId(y);
          if (xi !== null && yi !== null) addOutlives(cx, xi, yi, 'predicate', predicateSpan);
        }
      }
      // Turbofish type arguments are what the user wrote (rustc's user type annotations on the fn item).
      const userTypes = func.kind === 'const' && func.value.kind === 'fn' ? func.value.userTypes ?? [] : [];
      userTypes.forEach((u, i) => {
        const t = argTys[i];
        if (u === null || t === undefined || !sameShape(u, t)) return;
        const saved = category; const savedSpan = span;
        category = 'predicate'; span = predicateSpan;
        const written = userTyVars(u);
        relate(t, written, 'inv');
        // The written type must be well-formed: in `&'x T`, T outlives 'x (a type test for a parameter).
        typeWellFormed(written);
        category = saved; span = savedSpan;
      });
      // A trait method called on a trait object: the object's own trait arguments are the
      // trait's (rustc proves `dyn Fn(&'static u8): Fn<Args>`, which equates Args with them).
      // Regions bound in the object type (`dyn Fn(&u8)`) are instantiated afresh for the call;
      // the body's types keep only a written `'static` apart from them, so only it is related.
      const parent = tcx.defParent(c.def);
      const receiver = callArgs[0] === undefined || callArgs[0].kind === 'const' ? null : objectOf(mirPlaceTy(callArgs[0].place));
      if (parent !== null && receiver !== null && receiver.principal !== null && receiver.principal.trait === parent && tcx.defKind(parent) === 'trait') {
        const saved = category; const savedSpan = span;
        category = 'boring'; span = predicateSpan;
        const onlyStatic = (t: Ty): Ty => foldTy(t, { region: (r) => (r.kind === 'static' ? { kind: 'var', id: STATIC_VAR } : { kind: 'erased' }), param: () => null });
        receiver.principal.args.types.forEach((t, i) => { const a = argTys[1 + i]; if (a !== undefined) relate(a, onlyStatic(t), 'inv'); });
        category = saved; span = savedSpan;
      }
      const sig = { ...poly.sig, inputs: poly.sig.inputs.map((t) => foldTy(t, f)), output: foldTy(poly.sig.output, f) };
      for (const [a, b] of poly.outlives) {
        const x = f.region(a), y = f.region(b);
        if (x.kind === 'var' && y.kind === 'var') addOutlives(cx, x.id, y.id, 'predicate', predicateSpan);
      }
      // `T: 'r` bounds (`thread::spawn`'s `F: 'static`): every region in the argument type outlives 'r.
      for (const [ti, r] of poly.typeOutlives ?? []) {
        const t = argTys[ti];
        const y = f.region(r);
        // rustc points a region requirement at the fn path, a type test at the whole call.
        if (t !== undefined && y.kind === 'var') outlivesComponents(t, y.id, 'predicate', predicateSpan);
      }
      for (const u of poly.forallUnprovable ?? []) cx.unprovable.push({ span, predicate: u.predicate });
      // A closure whose signature was inferred (not higher-ranked) passed where a bound binds a region.
      for (const b of tcx.fnTraitBounds?.(c.def) ?? []) {
        const t = argTys[b.param];
        const tm = t !== undefined && t.kind === 'closure' ? templates.get(t.node) : undefined;
        if (tm === undefined || tm.inferred !== true) continue;
        if (b.inputs.some((bt, i) => needsBoundRegion(bt, tm.inputs[i] ?? null))) {
          // rustc reports the `Output` projection's (an `FnOnce` obligation) first.
          if (b.output !== null) cx.notGeneral.push({ span, trait: 'FnOnce' });
          cx.notGeneral.push({ span, trait: b.trait });
        } else if (b.output !== null && needsBoundRegion(b.output, tm.output)) cx.notGeneral.push({ span, trait: null });
      }
      // `for<'r> T: 'r`: T must outlive a lifetime the caller cannot name, in effect 'static.
      for (const { param, span: clause } of poly.typeOutlivesForall ?? []) {
        const t = argTys[param];
        if (t !== undefined) outlivesComponents(t, STATIC_VAR, 'predicate', predicateSpan, clause);
      }
      return sig;
    }
    const t = operandTy(func, point);
    if (t.kind === 'fnPtr') return t.sig;
    return null;
  };

  /**
   * The signature of the closure a call of `Fn::call` / `FnMut::call_mut` / `FnOnce::call_once`
   * invokes, when the callee is a closure type: its free regions are the closure type's, those
   * it binds are instantiated afresh for this call. Null for any other callee.
   */
  const closureCallSig = (func: Operand, args: readonly Operand[], point: number): FnSigTy | null => {
    if (func.kind !== 'const' || func.value.kind !== 'fn' || args.length !== 2) return null;
    const trait = tcx.defParent(func.value.def);
    if (trait === null || (trait !== tcx.langItem('Fn') && trait !== tcx.langItem('FnMut') && trait !== tcx.langItem('FnOnce'))) return null;
    let self = operandTy(args[0]!, point);
    if (self.kind === 'ref') self = self.inner;
    if (self.kind !== 'closure') return null;
    const inst = { region: (r: Region): Region => { if (r.kind !== 'erased') return r; const v = newVar(cx); addLiveAt(cx, v, point); return { kind: 'var', id: v }; }, param: () => null };
    return { ...self.sig, inputs: self.sig.inputs.map((x) => foldTy(x, inst)), output: foldTy(self.sig.output, inst) };
  };

  /** A fn item's signature for a reify cast: early-bound lifetimes are its region arguments, late-bound ones left out (erased). */
  const reifiedSig = (item: Ty & { kind: 'fnDef' }): FnSigTy | null => {
    const poly = tcx.fnSig(item.def);
    const early = earlyBoundRegions(poly);
    const f = {
      region: (r: Region): Region => {
        if (r.kind === 'static') return { kind: 'var', id: STATIC_VAR };
        if (r.kind === 'param' && early.has(r.index)) return item.args.regions[r.index] ?? { kind: 'erased' };
        return r.kind === 'var' ? r : { kind: 'erased' };
      },
      param: (index: number): Ty | null => item.args.types[index] ?? null,
    };
    return { ...poly.sig, inputs: poly.sig.inputs.map((t) => foldTy(t, f)), output: foldTy(poly.sig.output, f) };
  };

  /** rustc points a method's predicates at the method's name (`x.name::<T>(..)`), not the whole call. */
  const methodNameSpan = (func: Operand, fnSpan: Span): Span => {
    if (func.kind !== 'const' || func.value.kind !== 'fn') return fnSpan;
    const path = tcx.defPath(func.value.def);
    const name = path.slice(path.lastIndexOf(':') + 1);
    return name.length > 0 && fnSpan.lo + name.length <= fnSpan.hi ? { lo: fnSpan.lo, hi: fnSpan.lo + name.length } : fnSpan;
  };

  /** A written type's lifetimes as region vars: the signature's universals, 'static, or fresh for elided ones. */
  const userTyVars = (t: Ty): Ty => foldTy(t, {
    region: (r) => {
      if (r.kind === 'static') return { kind: 'var', id: STATIC_VAR };
      if (r.kind === 'param') { const v = body.closure === null ? sigRegionVars.get(r.index) : parentParams.get(r.index); if (v !== undefined) return { kind: 'var', id: v }; }
      return { kind: 'var', id: newVar(cx) };
    },
    param: () => null,
  });

  // User type annotations: a lifetime the user wrote is the signature's universal region (or
  // 'static); elided ones stay free. In a closure, the enclosing item's lifetimes are external regions.
  category = 'typeAnnotation';
  for (const u of body.userTypes ?? []) {
    span = u.span;
    const ty = userTyVars(u.ty);
    relate(placeTy(u.place), ty, u.variance);
    // The written type must be well-formed: in `&'r T` everything T holds outlives 'r.
    category = 'predicate';
    wellFormed(tcx, ty, (sup, sub) => addOutlives(cx, sup, sub, 'predicate', span));
    typeWellFormed(ty);
    category = 'typeAnnotation';
  }

  // rustc's category of an assignment: to the return place `return`; to a temporary holding a
  // field of a struct literal "this usage"; to another temporary nothing worth naming.
  const aggregateTemps = new Uint8Array(body.locals.length);
  for (const block of body.blocks) for (const st of block.statements) {
    if (st.kind.kind !== 'assign' || st.kind.rvalue.kind !== 'aggregate' || st.kind.rvalue.aggregate.kind !== 'adt') continue;
    for (const o of st.kind.rvalue.operands) if (o.kind !== 'const' && o.place.projection.length === 0) aggregateTemps[o.place.local] = 1;
  }
  const assignmentCategory = (place: Place): ConstraintCategory => {
    if (place.projection.length > 0) return 'assignment';
    if (place.local === 0) return 'return';
    const d = body.locals[place.local]!;
    if (d.kind === 'user' || (d.kind === 'arg' && d.name !== null)) return 'assignment';
    return aggregateTemps[place.local] === 1 ? 'usage' : 'boring';
  };

  for (let b = 0; b < body.blocks.length; b++) {
    const block = body.blocks[b]!;
    for (let i = 0; i < block.statements.length; i++) {
      const st = block.statements[i]!;
      if (st.kind.kind !== 'assign') continue;
      const loc = { block: b, index: i };
      const point = pointOf(cfg, loc);
      cx.atPoint = point;
      span = st.span;
      category = assignmentCategory(st.kind.place);
      // Associated consts reached through a written type, wherever the rvalue uses them.
      for (const op of rvalueOperands(st.kind.rvalue)) if (op.kind === 'const' && op.value.kind === 'item' && op.value.userSelfTy !== undefined) userSelfOfConst(op.value.def, op.value.userSelfTy, op.value.userSpan ?? st.span);
      const rt = rvalueTy(st.kind.rvalue, st.kind.place, loc, point, st.span);
      if (rt !== null) relateAtCoercion(rt, placeTy(st.kind.place));
    }
    const term = block.terminator;
    if (term.kind.kind === 'call') {
      const t = term.kind;
      const point = pointOf(cfg, { block: b, index: block.statements.length });
      cx.atPoint = point;
      span = term.span;
      category = 'callArgument';
      const closureSig = closureCallSig(t.func, t.args, point);
      const sig = closureSig ?? instantiateCallee(t.func, t.args, point, t.source === 'methodCall' ? methodNameSpan(t.func, t.fnSpan) : t.fnSpan);
      if (closureSig !== null) {
        // Calling the closure proves its type well-formed: the enclosing fn's clauses again.
        for (const c of closureForall) cx.typeTests.push({ param: c.param, name: c.name ?? '_', region: STATIC_VAR, span, forall: true, propagatedSpan: span });
        // `Fn::call(&c, (a, b))`: the arguments flow into the closure's signature, its output into the destination.
        const tupled = t.args[1] === undefined ? null : operandTy(t.args[1], point);
        if (tupled !== null && tupled.kind === 'tuple') tupled.elems.forEach((e, i) => { const inp = closureSig.inputs[i]; if (inp !== undefined) relateAtCoercion(e, inp); });
        category = t.destination.local === 0 && t.destination.projection.length === 0 ? 'return' : 'assignment';
        relate(closureSig.output, placeTy(t.destination), 'co');
      } else if (sig !== null) {
        // rustc proves the instantiated signature well-formed at every call: `&'a &'b T` as an
        // input makes the caller's `'b` outlive its `'a`.
        for (const x of [...sig.inputs, sig.output]) wellFormed(tcx, x, (sup, sub) => addOutlives(cx, sup, sub, 'boring', span));
        t.args.forEach((a, i) => { const inp = sig.inputs[i]; if (inp !== undefined) relateAtCoercion(operandTy(a, point), inp); });
        if (outputIsFreeParam(t.func)) {
          // `collect::<B>()`, `into()`: the result is built from the arguments through a trait
          // bound we do not see; let their lifetimes flow into it.
          const outs: number[] = [];
          forEachRegionVar(placeTy(t.destination), (r) => outs.push(r));
          // Closures' captures (a `filter` predicate's `&mut counter`) are not what the result holds.
          // rustc gets there through the trait's predicates and then the call's destination, whose
          // category (a return, an assignment) is what an error names.
          const destCategory = assignmentCategory(t.destination);
          if (outs.length > 0) for (const a of t.args) regionsOutsideClosures(operandTy(a, point), (r) => { for (const o of outs) addOutlives(cx, r, o, destCategory, span); });
        }
        category = assignmentCategory(t.destination);
        relate(sig.output, placeTy(t.destination), 'co');
      }
    }
  }
  cx.atPoint = -1;
  return { cx, loans, sigRegionVars };
}

/**
 * A fn's early-bound lifetimes, by region-param index: those its bounds mention or its inputs do
 * not (rustc makes every other lifetime late-bound, fixed anew at each call).
 */
function rvalueOperands(rv: Rvalue): readonly Operand[] {
  switch (rv.kind) {
    case 'use': case 'repeat': case 'cast': case 'unary': return [rv.operand];
    case 'binary': case 'checkedBinary': return [rv.lhs, rv.rhs];
    case 'aggregate': return rv.operands;
    case 'ref': case 'rawPtr': case 'len': case 'discriminant': case 'copyForDeref': return [];
    default: return assertNever(rv);
  }
}

/**
 * Calls `f` with each region of the impl header type `pattern` and the region at the same place
 * of `actual` (the call's type, the same shape modulo regions where the impl was selected). A type
 * parameter of the impl matches a whole type and ties no region.
 */
function zipRegions(pattern: Ty, actual: Ty, f: (pat: Region, act: Region) => void): void {
  const all = (ps: readonly Ty[], as: readonly Ty[]): void => { if (ps.length === as.length) ps.forEach((p, i) => zipRegions(p, as[i]!, f)); };
  switch (pattern.kind) {
    case 'ref': if (actual.kind === 'ref') { f(pattern.region, actual.region); zipRegions(pattern.inner, actual.inner, f); } return;
    case 'ptr': if (actual.kind === 'ptr') zipRegions(pattern.inner, actual.inner, f); return;
    case 'adt':
      if (actual.kind !== 'adt' || actual.def !== pattern.def) return;
      if (pattern.args.regions.length === actual.args.regions.length) pattern.args.regions.forEach((r, i) => f(r, actual.args.regions[i]!));
      all(pattern.args.types, actual.args.types);
      return;
    case 'tuple': if (actual.kind === 'tuple') all(pattern.elems, actual.elems); return;
    case 'array': case 'slice': if (actual.kind === pattern.kind) zipRegions(pattern.elem, actual.elem, f); return;
    case 'dyn':
      if (actual.kind !== 'dyn') return;
      f(pattern.region, actual.region);
      if (pattern.principal !== null && actual.principal !== null) {
        if (pattern.principal.args.regions.length === actual.principal.args.regions.length) pattern.principal.args.regions.forEach((r, i) => f(r, actual.principal!.args.regions[i]!));
        all(pattern.principal.args.types.slice(1), actual.principal.args.types.slice(1));
      }
      return;
    // Regions bound in a fn pointer are not the impl's; a type parameter ties nothing.
    default: return;
  }
}

function earlyBoundRegions(poly: PolyFnSig): Set<number> {
  const inInputs = new Set<number>();
  const noteRegion = (r: Region): Region => { if (r.kind === 'param') inInputs.add(r.index); return r; };
  for (const t of poly.sig.inputs) foldTy(t, { region: noteRegion, param: () => null });
  const bounded = new Set<number>();
  for (const [a, b] of poly.outlives) for (const r of [a, b]) if (r.kind === 'param') bounded.add(r.index);
  for (const [, r] of poly.typeOutlives ?? []) if (r.kind === 'param') bounded.add(r.index);
  const early = new Set<number>();
  poly.regionParams.forEach((_, i) => { if (bounded.has(i) || !inInputs.has(i)) early.add(i); });
  return early;
}

/** `t` with every projection the type context can normalise replaced by what it names. */
function normalizeDeep(tcx: TypeContext, t: Ty): Ty {
  switch (t.kind) {
    case 'projection': {
      const n = tcx.normalize?.(t);
      return n === undefined || n.kind === 'projection' ? t : normalizeDeep(tcx, n);
    }
    case 'ref': case 'ptr': { const inner = normalizeDeep(tcx, t.inner); return inner === t.inner ? t : { ...t, inner }; }
    case 'adt': {
      if (t.args.types.length === 0) return t;
      const types = t.args.types.map((x) => normalizeDeep(tcx, x));
      return types.every((x, i) => x === t.args.types[i]) ? t : { ...t, args: { ...t.args, types } };
    }
    case 'tuple': {
      const elems = t.elems.map((x) => normalizeDeep(tcx, x));
      return elems.every((x, i) => x === t.elems[i]) ? t : { ...t, elems };
    }
    case 'array': case 'slice': { const elem = normalizeDeep(tcx, t.elem); return elem === t.elem ? t : { ...t, elem }; }
    default: return t;
  }
}

/** The trait object a method receiver reaches through references and boxes, if any. */
function objectOf(t: Ty): (Ty & { kind: 'dyn' }) | null {
  let cur = t;
  for (let depth = 0; depth < 8; depth++) {
    if (cur.kind === 'dyn') return cur;
    if (cur.kind === 'ref' || cur.kind === 'ptr') cur = cur.inner;
    else if (cur.kind === 'adt' && cur.args.types.length > 0 && cur.args.regions.length === 0) cur = cur.args.types[0]!;
    else return null;
  }
  return null;
}

const COMPARISONS: ReadonlySet<string> = new Set(['Eq', 'Ne', 'Lt', 'Le', 'Gt', 'Ge']);

/** Whether two types have the same structure (regions aside): a written type usable in place of the inferred one. */
function sameShape(a: Ty, b: Ty): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'ref': return b.kind === 'ref' && a.mut === b.mut && sameShape(a.inner, b.inner);
    case 'ptr': return b.kind === 'ptr' && a.mut === b.mut && sameShape(a.inner, b.inner);
    case 'adt': return b.kind === 'adt' && a.def === b.def && a.args.regions.length === b.args.regions.length && a.args.types.length === b.args.types.length && a.args.types.every((t, i) => sameShape(t, b.args.types[i]!));
    case 'tuple': return b.kind === 'tuple' && a.elems.length === b.elems.length && a.elems.every((t, i) => sameShape(t, b.elems[i]!));
    case 'array': case 'slice': return (b.kind === 'array' || b.kind === 'slice') && sameShape(a.elem, b.elem);
    case 'dyn': return b.kind === 'dyn' && a.principal?.trait === b.principal?.trait;
    case 'param': return b.kind === 'param' && a.index === b.index;
    case 'int': return b.kind === 'int' && a.int === b.int;
    case 'float': return b.kind === 'float' && a.float === b.float;
    case 'bool': case 'char': case 'str': case 'never': return true;
    default: return false;
  }
}

/** Rebuilds `t` with every fn pointer type inside it replaced by `g` of it. */
function mapFnPtrs(t: Ty, g: (fp: Ty) => Ty): Ty {
  switch (t.kind) {
    case 'fnPtr': return g(t);
    case 'ref': return { ...t, inner: mapFnPtrs(t.inner, g) };
    case 'ptr': return { ...t, inner: mapFnPtrs(t.inner, g) };
    case 'adt': return t.args.types.length === 0 ? t : { ...t, args: { ...t.args, types: t.args.types.map((x) => mapFnPtrs(x, g)) } };
    case 'tuple': return t.elems.length === 0 ? t : { ...t, elems: t.elems.map((x) => mapFnPtrs(x, g)) };
    case 'array': case 'slice': return { ...t, elem: mapFnPtrs(t.elem, g) };
    default: return t;
  }
}

/** For each declared `T: 'r` of the ADT: every region var of its argument for T, with the var of 'r (`'static` included). */
function adtTypeOutlives(tcx: TypeContext, t: Ty & { kind: 'adt' }, fn: (sup: number, sub: number) => void): void {
  for (const [ti, rj] of tcx.adt(t.def).typeOutlives ?? []) {
    const r = rj < 0 ? null : t.args.regions[rj];
    const sub = rj < 0 || r?.kind === 'static' ? STATIC_VAR : r !== undefined && r !== null && r.kind === 'var' ? r.id : null;
    const arg = t.args.types[ti];
    if (sub !== null && arg !== undefined) forEachRegionVar(arg, (x) => fn(x, sub));
  }
}

/** The outlives requirements that make a type well-formed: `&'r T` needs every region of T to outlive 'r. */
function wellFormed(tcx: TypeContext, t: Ty, add: (sup: number, sub: number) => void): void {
  switch (t.kind) {
    case 'ref':
      if (t.region.kind === 'var') { const r = t.region.id; forEachRegionVar(t.inner, (x) => add(x, r)); }
      wellFormed(tcx, t.inner, add);
      return;
    case 'adt':
      // `S<X>` with `struct S<T: 'static>` needs every lifetime of X to outlive the bound.
      adtTypeOutlives(tcx, t, add);
      for (const x of t.args.types) wellFormed(tcx, x, add);
      return;
    case 'tuple': for (const x of t.elems) wellFormed(tcx, x, add); return;
    case 'array': case 'slice': wellFormed(tcx, t.elem, add); return;
    case 'ptr': wellFormed(tcx, t.inner, add); return;
    default: return;
  }
}

/** The region vars of the signatures of the closure types inside `t`. */
function forEachClosureSigVar(t: Ty, fn: (r: number) => void): void {
  switch (t.kind) {
    case 'closure':
      for (const x of t.sig.inputs) forEachRegionVar(x, fn);
      forEachRegionVar(t.sig.output, fn);
      for (const u of t.upvars) forEachClosureSigVar(u, fn);
      return;
    case 'ref': case 'ptr': forEachClosureSigVar(t.inner, fn); return;
    case 'tuple': for (const e of t.elems) forEachClosureSigVar(e, fn); return;
    case 'array': case 'slice': forEachClosureSigVar(t.elem, fn); return;
    case 'adt': for (const x of t.args.types) forEachClosureSigVar(x, fn); return;
    default: return;
  }
}

function regionsOutsideClosures(t: Ty, fn: (r: number) => void): void {
  switch (t.kind) {
    case 'closure': case 'fnPtr': case 'fnDef': return;
    case 'ref': if (t.region.kind === 'var') fn(t.region.id); regionsOutsideClosures(t.inner, fn); return;
    case 'adt': for (const r of t.args.regions) if (r.kind === 'var') fn(r.id); for (const x of t.args.types) regionsOutsideClosures(x, fn); return;
    case 'tuple': for (const x of t.elems) regionsOutsideClosures(x, fn); return;
    case 'array': case 'slice': regionsOutsideClosures(t.elem, fn); return;
    default: forEachRegionVar(t, fn);
  }
}

function isConcrete(t: Ty): boolean {
  return t.kind !== 'param' && t.kind !== 'projection' && t.kind !== 'error' && t.kind !== 'infer' && t.kind !== 'opaque';
}

/**
 * Which universal regions are known to outlive which: declared bounds, 'static, and the bounds
 * implied by the signature's types (`&'a &'b T` implies 'b: 'a; regions inside an ADT's
 * arguments are assumed to outlive its lifetime arguments, erring towards accepting).
 */
function computeKnownOutlives(cx: RegionCx, tcx: TypeContext, sig: PolyFnSig | null, inputs: readonly Ty[], output: Ty): void {
  const adtMemo = new Map<DefId, AdtRegionOutlives>();
  const U = cx.universals.length;
  const known = new Uint8Array(U * U);
  for (let a = 0; a < U; a++) { known[a * U + a] = 1; known[0 * U + a] = 1; }
  const u = (vr: number): number => cx.universalOf[vr] ?? -1;
  const rel = (a: number, b: number): void => { const x = u(a), y = u(b); if (x >= 0 && y >= 0) known[x * U + y] = 1; };
  const implied = (ty: Ty, enclosing: number[]): void => {
    const here = (id: number) => { for (const e of enclosing) rel(id, e); };
    switch (ty.kind) {
      case 'ref':
        if (ty.region.kind === 'var') { here(ty.region.id); implied(ty.inner, [...enclosing, ty.region.id]); } else implied(ty.inner, enclosing);
        return;
      case 'adt': {
        const rs = ty.args.regions.filter((r) => r.kind === 'var').map((r) => (r as { id: number }).id);
        for (const r of rs) here(r);
        const inner = [...enclosing, ...rs];
        for (const t of ty.args.types) implied(t, inner);
        // `S<&'a T>` with `struct S<T: 'static>`: every lifetime of the argument outlives the bound.
        adtTypeOutlives(tcx, ty, rel);
        // Lifetime arguments of one ADT are related as its declaration and fields say.
        const declared = adtRegionOutlives(tcx, ty.def, adtMemo);
        if (declared === null) for (const a of rs) for (const b of rs) rel(a, b);
        else {
          for (const [i, j] of declared) {
            const a = ty.args.regions[i], b = j < 0 ? ({ kind: 'static' } as const) : ty.args.regions[j];
            const x = a?.kind === 'var' ? a.id : null;
            const y = b === undefined ? null : b.kind === 'var' ? b.id : b.kind === 'static' ? STATIC_VAR : null;
            if (x !== null && y !== null) rel(x, y);
          }
        }
        return;
      }
      case 'tuple': for (const e of ty.elems) implied(e, enclosing); return;
      case 'array': case 'slice': implied(ty.elem, enclosing); return;
      case 'ptr': implied(ty.inner, enclosing); return;
      case 'dyn': if (ty.region.kind === 'var') here(ty.region.id); return;
      default:
        forEachRegionVar(ty, (id) => here(id));
        return;
    }
  };
  for (const t of inputs) implied(t, []);
  implied(output, []);
  if (sig !== null) {
    const lookup = (r: Region): number | null => {
      if (r.kind === 'static') return STATIC_VAR;
      if (r.kind === 'param') { for (const x of cx.universals) if (x.info.name === (sig.regionParams[r.index] ?? r.name)) return x.vr; }
      return null;
    };
    for (const [a, b] of sig.outlives) { const x = lookup(a), y = lookup(b); if (x !== null && y !== null) rel(x, y); }
  }
  for (let k = 0; k < U; k++) for (let i = 0; i < U; i++) if (known[i * U + k]) for (let j = 0; j < U; j++) if (known[k * U + j]) known[i * U + j] = 1;
  cx.known = known;
}

/**
 * A projection as rustc's `approx_declared_bounds_from_env` compares it: its regions erased, its
 * trait arguments without `Self` (which the written `<T as Trait>::Name` form carries first).
 */
function aliasKey(tcx: TypeContext, t: Ty): string {
  let x = foldTy(t, { region: () => ({ kind: 'erased' }), param: () => null });
  if (x.kind === 'projection' && x.trait.args.types.length > 0 && x.trait.args.types.length === tcx.traitTypeParamCount?.(x.trait.trait)) {
    x = { ...x, trait: { trait: x.trait.trait, args: { ...x.trait.args, types: x.trait.args.types.slice(1) } } };
  }
  return JSON.stringify(x);
}

/** The name of type parameter `index` as a type mentions it (for messages). */
function paramName(t: Ty, index: number): string {
  let name = '_';
  foldTy(t, { region: (r) => r, param: (i, n) => { if (i === index) name = n; return null; } });
  return name;
}

/**
 * Whether the bound type `bt` has a region its binder binds (`for<'a>`, Fn-sugar elision) at a
 * place where the closure's signature template `tm` has none of the closure's own (a region
 * inferred in the parent, the same for every call).
 */
function needsBoundRegion(bt: Ty, tm: Ty | null): boolean {
  const bound = (r: Region): boolean => r.kind === 'erased' && r.bound !== undefined;
  const own = (r: Region | undefined): boolean => r !== undefined && r.kind === 'erased';
  switch (bt.kind) {
    case 'ref':
      if (bound(bt.region) && !own(tm?.kind === 'ref' ? tm.region : undefined)) return true;
      return needsBoundRegion(bt.inner, tm?.kind === 'ref' ? tm.inner : null);
    case 'adt': {
      const same = tm?.kind === 'adt' && tm.def === bt.def ? tm : null;
      if (bt.args.regions.some((r, i) => bound(r) && !own(same?.args.regions[i]))) return true;
      return bt.args.types.some((x, i) => needsBoundRegion(x, same?.args.types[i] ?? null));
    }
    case 'tuple': return bt.elems.some((x, i) => needsBoundRegion(x, tm?.kind === 'tuple' ? tm.elems[i] ?? null : null));
    case 'array': case 'slice': return needsBoundRegion(bt.elem, tm?.kind === 'array' || tm?.kind === 'slice' ? tm.elem : null);
    default: return false;
  }
}
