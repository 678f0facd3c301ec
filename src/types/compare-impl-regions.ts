import type { DefId } from '../resolve/defs.js';
import type { Span } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { msg } from './messages.js';
import type { Tcx } from './tcx.js';
import type { Region, Ty } from './ty.js';
import { foldTy, substTypesOnly } from './ty-ops.js';
import { normalizeIn } from './compare-impl.js';

/**
 * The lifetimes of an impl method's signature against the trait's, after the types agreed
 * modulo regions (rustc's `compare_method_predicate_entailment`): the impl's signature, its
 * late-bound lifetimes inference variables, must be a subtype of the trait's, whose late-bound
 * lifetimes are placeholders and whose early-bound ones are the impl's (by position). What the
 * signatures may assume: the impl header's and the trait method's outlives bounds, 'static, and
 * what the trait signature's types imply. A variable whose lower bounds do not fit under an upper
 * bound is rustc's SubSupConflict, "`impl` item signature doesn't match `trait` item signature";
 * two fixed lifetimes that must relate but do not is its ConcreteFailure, E0308 "lifetime mismatch".
 * Anything not judged here (std ADTs of unknown variance, projections, trait objects' own
 * arguments) relates nothing, so no error is invented.
 */
export interface MethodRegions {
  /** Impl fn region index (parent's and own) → early-bound (fixed) or not. */
  readonly implEarly: (index: number) => boolean;
  /** Trait fn region index → the impl's region it stands for, or null for a late-bound one (a placeholder). */
  readonly traitRegion: (index: number) => Region | null;
  /** Outlives pairs [longer, shorter] the signatures may assume, in the impl fn's region indices ('static as STATIC). */
  readonly assumed: readonly (readonly [Region, Region])[];
  readonly typeArgs: readonly Ty[];
  /** The impl header's types (its self type, the trait's arguments): what they imply may be assumed too. */
  readonly headerTys: readonly Ty[];
}

/** A region in the comparison: a fixed lifetime (a key), or a variable (an impl late-bound lifetime). */
type R = { readonly fixed: string } | { readonly v: number };

const PLACEHOLDER_BASE = 1_000_000;

export function compareMethodRegions(tcx: Tcx, implFn: DefId, traitFn: DefId, m: MethodRegions, sigSpan: Span, traitSpan: Span | null, out: Diagnostic[]): void {
  const is = tcx.fnSig(implFn).sig;
  const ts = tcx.fnSig(traitFn).sig;
  let unknown = false;
  // The trait's signature in the impl's terms: its regions first (placeholders for late-bound
  // ones), then its type parameters (the impl's types, with the impl's lifetimes).
  const traitSide = (t: Ty): Ty => normalizeIn(tcx, substTypesOnly(foldTy(t, {
    region: (r) => {
      if (r.kind !== 'param') return r;
      const mapped = m.traitRegion(r.index);
      return mapped ?? { kind: 'param', index: PLACEHOLDER_BASE + r.index, name: r.name };
    },
  }), { regions: [], types: m.typeArgs, consts: [] }));
  const key = (r: Region): R | null => {
    switch (r.kind) {
      case 'static': return { fixed: 'static' };
      case 'param': return r.index >= PLACEHOLDER_BASE ? { fixed: `t${r.index - PLACEHOLDER_BASE}` } : { fixed: `i${r.index}` };
      case 'var': return { v: r.id };
      case 'erased': unknown = true; return null;
      default: unknown = true; return null;
    }
  };
  const implSide = (t: Ty): Ty => foldTy(t, { region: (r) => (r.kind === 'param' && !m.implEarly(r.index) ? { kind: 'var', id: r.index } : r) });

  // [longer, shorter]: longer outlives shorter.
  const constraints: [R, R][] = [];
  const outlives = (a: Region, b: Region): void => {
    const x = key(a), y = key(b);
    if (x !== null && y !== null) constraints.push([x, y]);
  };
  const variance = new VarianceMemo(tcx);
  /** sub <: sup under variance v ('co': sub <: sup). */
  const relate = (sub: Ty, sup: Ty, v: V): void => {
    if (v === 'bi' || unknown) return;
    const regions = (a: Region, b: Region): void => {
      // `&'a T <: &'b T` needs 'a: 'b.
      if (v === 'co' || v === 'inv') outlives(a, b);
      if (v === 'contra' || v === 'inv') outlives(b, a);
    };
    switch (sub.kind) {
      case 'ref':
        if (sup.kind !== 'ref') { unknown = true; return; }
        regions(sub.region, sup.region);
        relate(sub.inner, sup.inner, sub.mut ? xform(v, 'inv') : v);
        return;
      case 'ptr':
        if (sup.kind !== 'ptr') { unknown = true; return; }
        relate(sub.inner, sup.inner, sub.mut ? xform(v, 'inv') : v);
        return;
      case 'adt': {
        if (sup.kind !== 'adt' || sup.def !== sub.def) { unknown = true; return; }
        const vs = variance.of(sub.def);
        sub.args.regions.forEach((r, i) => { const w = sup.args.regions[i]; if (w !== undefined) { const pv = xform(v, vs.regions[i] ?? 'bi'); if (pv === 'co' || pv === 'inv') outlives(r, w); if (pv === 'contra' || pv === 'inv') outlives(w, r); } });
        sub.args.types.forEach((t, i) => { const w = sup.args.types[i]; if (w !== undefined) relate(t, w, xform(v, vs.types[i] ?? 'bi')); });
        return;
      }
      case 'tuple':
        if (sup.kind !== 'tuple') { unknown = true; return; }
        sub.elems.forEach((t, i) => { const w = sup.elems[i]; if (w !== undefined) relate(t, w, v); });
        return;
      case 'array': case 'slice':
        if (sup.kind !== sub.kind) { unknown = true; return; }
        relate(sub.elem, (sup as Ty & { elem: Ty }).elem, v);
        return;
      case 'dyn':
        if (sup.kind !== 'dyn') { unknown = true; return; }
        regions(sub.region, sup.region);
        // The object's own trait arguments: not judged here.
        if ((sub.principal?.args.types.length ?? 0) > 1 || (sub.principal?.args.regions.length ?? 0) > 0) unknown = true;
        return;
      case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'param':
        return;
      default:
        // Fn pointers (their bound regions), projections, opaque types: not judged here.
        unknown = true;
        return;
    }
  };
  if (is.inputs.length !== ts.inputs.length) return;
  const traitInputs = ts.inputs.map(traitSide);
  const traitOutput = traitSide(ts.output);
  for (let i = 0; i < is.inputs.length; i++) relate(traitInputs[i]!, implSide(is.inputs[i]!), 'co');
  relate(implSide(is.output), traitOutput, 'co');
  if (unknown) return;

  // What may be assumed between fixed lifetimes: declared bounds and the trait signature's implied ones.
  const known: [string, string][] = [];
  for (const [a, b] of m.assumed) {
    const x = key(a), y = key(b);
    if (x !== null && y !== null && 'fixed' in x && 'fixed' in y) known.push([x.fixed, y.fixed]);
  }
  for (const t of [...traitInputs, traitOutput, ...m.headerTys]) implied(t, [], known, variance);
  if (unknown) return;
  const holds = (a: string, b: string, seen: Set<string> = new Set()): boolean => {
    if (a === b || a === 'static') return true;
    if (seen.has(a)) return false;
    seen.add(a);
    return known.some(([x, y]) => x === a && holds(y, b, seen));
  };

  // Each variable's lower bounds: the fixed lifetimes it must outlive (through other variables too).
  const lower = new Map<number, Set<string>>();
  const lowerOf = (v: number): Set<string> => { let s = lower.get(v); if (s === undefined) { s = new Set(); lower.set(v, s); } return s; };
  let changed = true;
  while (changed) {
    changed = false;
    for (const [a, b] of constraints) {
      if (!('v' in a)) continue;
      const into = lowerOf(a.v);
      const add = 'fixed' in b ? [b.fixed] : [...lowerOf(b.v)];
      for (const x of add) if (!into.has(x)) { into.add(x); changed = true; }
    }
  }
  const named = (fixed: string): { name: string; span: Span | null } => {
    if (fixed === 'static') return { name: "'static", span: null };
    const implSide = fixed.startsWith('i');
    const sig = tcx.fnSig(implSide ? implFn : traitFn);
    const k = Number(fixed.slice(1));
    const name = sig.regionParams[k] ?? "'_";
    // A std trait's lifetimes are declared in the std model's source: named, not shown.
    const shown = implSide || !tcx.info(traitFn).std;
    return { name: name.startsWith("'_") ? "'_" : name, span: shown ? sig.regionParamSpans?.[k] ?? null : null };
  };
  const mismatches: [string, string][] = [];
  let conflicts = 0;
  const conflicted = new Set<number>();
  for (const [a, b] of constraints) {
    if (!('fixed' in a)) continue;
    if ('fixed' in b) {
      if (!holds(a.fixed, b.fixed)) mismatches.push([a.fixed, b.fixed]);
      continue;
    }
    if (conflicted.has(b.v)) continue;
    if ([...lowerOf(b.v)].some((l) => !holds(a.fixed, l))) {
      conflicted.add(b.v);
      conflicts++;
    }
  }
  for (const [a, b] of mismatches) out.push(msg.methodLifetimeMismatch(sigSpan, named(a), named(b)));
  for (let i = 0; i < conflicts; i++) out.push(msg.implSignatureMismatch(sigSpan, traitSpan));
}

type V = 'co' | 'contra' | 'inv' | 'bi';

function xform(outer: V, inner: V): V {
  if (outer === 'co') return inner;
  if (outer === 'bi' || inner === 'bi') return 'bi';
  if (outer === 'inv') return 'inv';
  return inner === 'co' ? 'contra' : inner === 'contra' ? 'co' : inner;
}

/**
 * What a well-formed type implies between its fixed lifetimes: in `&'x T` every lifetime of T
 * outlives 'x; inside an ADT, lifetimes are taken as related both ways (its fields may relate
 * them; assuming more only ever hides an error).
 */
function implied(t: Ty, enclosing: readonly string[], known: [string, string][], variance: VarianceMemo): void {
  const fixed = (r: Region): string | null => (r.kind === 'static' ? 'static' : r.kind === 'param' ? (r.index >= PLACEHOLDER_BASE ? `t${r.index - PLACEHOLDER_BASE}` : `i${r.index}`) : null);
  const here = (r: Region): void => {
    const x = fixed(r);
    if (x !== null) for (const e of enclosing) known.push([x, e]);
  };
  switch (t.kind) {
    case 'ref': {
      here(t.region);
      const x = fixed(t.region);
      implied(t.inner, x === null ? enclosing : [...enclosing, x], known, variance);
      return;
    }
    case 'adt': {
      const own = t.args.regions.map(fixed).filter((x): x is string => x !== null);
      t.args.regions.forEach(here);
      for (const a of own) for (const b of own) if (a !== b) known.push([a, b]);
      t.args.types.forEach((x) => implied(x, [...enclosing, ...own], known, variance));
      return;
    }
    case 'tuple': t.elems.forEach((x) => implied(x, enclosing, known, variance)); return;
    case 'array': case 'slice': implied(t.elem, enclosing, known, variance); return;
    case 'ptr': implied(t.inner, enclosing, known, variance); return;
    case 'dyn': here(t.region); return;
    default: return;
  }
}

/** Variances of ADT parameters: user ADTs from their fields; std ones a short table, others not judged. */
class VarianceMemo {
  private readonly memo = new Map<DefId, { regions: V[]; types: V[] }>();
  constructor(private readonly tcx: Tcx) {}

  of(def: DefId): { readonly regions: readonly V[]; readonly types: readonly V[] } {
    const hit = this.memo.get(def);
    if (hit !== undefined) return hit;
    const adt = this.tcx.adt(def);
    const res = { regions: adt.regionParams.map((): V => 'bi'), types: adt.typeParams.map((): V => 'bi') };
    this.memo.set(def, res);
    if (this.tcx.info(def).std) {
      // Owning containers are covariant; anything else std hides is not judged.
      if (adt.lang !== null && COVARIANT_STD.has(adt.lang)) res.types = res.types.map((): V => 'co');
      return res;
    }
    const join = (a: V, b: V): V => (a === 'bi' ? b : b === 'bi' ? a : a === b ? a : 'inv');
    const walk = (t: Ty, v: V): void => {
      switch (t.kind) {
        case 'ref': if (t.region.kind === 'param') res.regions[t.region.index] = join(res.regions[t.region.index] ?? 'bi', v); walk(t.inner, t.mut ? xform(v, 'inv') : v); return;
        case 'ptr': walk(t.inner, t.mut ? xform(v, 'inv') : v); return;
        case 'param': res.types[t.index] = join(res.types[t.index] ?? 'bi', v); return;
        case 'adt': {
          const inner = t.def === def ? null : this.of(t.def);
          t.args.regions.forEach((r, i) => { if (r.kind === 'param') res.regions[r.index] = join(res.regions[r.index] ?? 'bi', inner === null ? 'inv' : xform(v, inner.regions[i] ?? 'inv')); });
          t.args.types.forEach((x, i) => walk(x, inner === null ? 'inv' : xform(v, inner.types[i] ?? 'inv')));
          return;
        }
        case 'tuple': t.elems.forEach((x) => walk(x, v)); return;
        case 'array': case 'slice': walk(t.elem, v); return;
        case 'dyn': if (t.region.kind === 'param') res.regions[t.region.index] = join(res.regions[t.region.index] ?? 'bi', v); forEachParamIn(t, (k, isRegion) => mark(k, isRegion)); return;
        case 'fnPtr': t.sig.inputs.forEach((x) => walk(x, xform(v, 'contra'))); walk(t.sig.output, v); return;
        case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': return;
        default: forEachParamIn(t, (k, isRegion) => mark(k, isRegion)); return;
      }
    };
    const mark = (k: number, isRegion: boolean): void => {
      if (isRegion) res.regions[k] = 'inv';
      else res.types[k] = 'inv';
    };
    adt.variants.forEach((vr) => vr.fields.forEach((f) => walk(f.ty, 'co')));
    return res;
  }
}

const COVARIANT_STD: ReadonlySet<string> = new Set(['Option', 'Vec', 'Box', 'Result', 'Rc', 'Arc', 'VecDeque']);

/** Every parameter (region or type) inside a type not walked precisely: made invariant. */
function forEachParamIn(t: Ty, f: (index: number, isRegion: boolean) => void): void {
  foldTy(t, {
    ty: (x) => { if (x.kind === 'param') f(x.index, false); return undefined; },
    region: (r) => { if (r.kind === 'param') f(r.index, true); return r; },
  });
}
