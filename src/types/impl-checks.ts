import type { DefId } from '../resolve/defs.js';
import type { GenericArg, Generics, Item, TypeExpr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { newInfer } from './infer.js';
import { msg } from './messages.js';
import type { Tcx } from './tcx.js';
import { solve } from './traits.js';
import type { GenericArgsTy, Ty } from './ty.js';
import { substTy } from './ty-ops.js';

type ImplItem = Item & { kind: 'impl' };

/**
 * Coherence checks on a trait impl, as rustc makes them before any body: the orphan rule for std
 * traits (E0117, E0210), and that a `Drop` impl is for a local ADT (E0120). False when the impl
 * of `Drop` failed them.
 */
export function checkImplCoherence(tcx: Tcx, def: DefId, item: ImplItem, out: Diagnostic[]): boolean {
  const ii = tcx.impl(def);
  if (ii.trait === null || ii.selfTy.kind === 'error' || ii.trait.args.types.some((t) => t.kind === 'error')) return true;
  const before = out.length;
  if (tcx.info(ii.trait.trait).std) orphanCheck(tcx, item, headerSpan(item), ii.selfTy, ii.trait.args.types.slice(1), out);
  if (ii.trait.trait !== tcx.lang('Drop') || item.negative) return true;
  const self = ii.selfTy;
  if (self.kind !== 'adt' || tcx.info(self.def).std) out.push(msg.dropNotLocalAdt(item.selfTy.span));
  return out.length === before;
}

/**
 * A `Drop` impl must be for its ADT named with exactly its own parameters (E0366) and require no
 * bounds beyond the ADT's (E0367). rustc judges this when it computes destructors, which it does
 * only once every `Drop` impl of the crate passed coherence.
 */
export function checkDropImpl(tcx: Tcx, def: DefId, item: ImplItem, out: Diagnostic[]): void {
  const ii = tcx.impl(def);
  const self = ii.selfTy;
  if (ii.trait === null || ii.trait.trait !== tcx.lang('Drop') || item.negative || self.kind !== 'adt' || tcx.info(self.def).std) return;
  const header = headerSpan(item);
  if (!paramsCorrespond(tcx, item, header, out)) return;
  predicatesImplied(tcx, def, item, self.def, self.args, header, out);
}

function headerSpan(item: ImplItem): Span {
  return { lo: item.span.lo, hi: item.selfTy.span.hi };
}

/** Is `t` local for the orphan rule: a local ADT or trait object, possibly behind `&`, `&mut` or `Box` (fundamental). */
function isLocal(tcx: Tcx, t: Ty): boolean {
  switch (t.kind) {
    case 'adt': {
      if (!tcx.info(t.def).std) return true;
      return t.def === tcx.lang('Box') && t.args.types[0] !== undefined && isLocal(tcx, t.args.types[0]);
    }
    case 'ref': return isLocal(tcx, t.inner);
    case 'dyn': return t.principal !== null && !tcx.info(t.principal.trait).std;
    default: return false;
  }
}

/** A type parameter not under a local type (`T`, `&T`, `Box<T>`). */
function uncoveredParam(tcx: Tcx, t: Ty): (Ty & { kind: 'param' }) | null {
  if (t.kind === 'param') return t;
  if (t.kind === 'ref') return uncoveredParam(tcx, t.inner);
  if (t.kind === 'adt' && t.def === tcx.lang('Box') && t.args.types[0] !== undefined) return uncoveredParam(tcx, t.args.types[0]);
  return null;
}

/** The type a "not defined in the current crate" label names: references and `Box` are looked through. */
function foreignCore(tcx: Tcx, t: Ty): Ty {
  if (t.kind === 'ref') return foreignCore(tcx, t.inner);
  if (t.kind === 'adt' && t.def === tcx.lang('Box') && t.args.types[0] !== undefined) return foreignCore(tcx, t.args.types[0]);
  return t;
}

/**
 * rustc's orphan rule for an impl of a foreign trait: some type among Self and the trait's
 * arguments must be local, with no uncovered type parameter before it.
 */
function orphanCheck(tcx: Tcx, item: ImplItem, header: Span, self: Ty, traitArgs: readonly Ty[], out: Diagnostic[]): void {
  if (item.negative) return;
  const tys = [self, ...traitArgs];
  for (const t of tys) {
    if (isLocal(tcx, t)) return;
    const p = uncoveredParam(tcx, t);
    if (p !== null) {
      const decl = item.generics.params.find((x) => x.kind === 'type' && x.name.name === p.name);
      if (decl !== undefined && decl.kind === 'type') out.push(msg.uncoveredTypeParam(decl.name.span, p.name));
      return;
    }
  }
  // Labels for the foreign types, Self first, with the spans they are written at.
  const written: TypeExpr[] = [item.selfTy, ...traitArgExprs(item)];
  const labels: { span: Span; label: string }[] = [];
  tys.forEach((t, i) => {
    const w = written[i];
    if (w === undefined) return;
    const core = foreignCore(tcx, t);
    const span = coreSpan(w);
    if (core.kind === 'tuple') labels.push({ span, label: 'this is not defined in the current crate because tuples are always foreign' });
    else labels.push({ span, label: `\`${core.kind === 'adt' ? tcx.info(core.def).name : tcx.displayTy(core)}\` is not defined in the current crate` });
  });
  const what = self.kind === 'adt' ? 'types defined outside of the crate' : self.kind === 'bool' || self.kind === 'char' || self.kind === 'int' || self.kind === 'float' ? 'primitive types' : 'arbitrary types';
  out.push(msg.orphanImpl(header, what, labels));
}

function traitArgExprs(item: ImplItem): TypeExpr[] {
  const seg = item.trait?.segments[item.trait.segments.length - 1];
  if (!seg?.args || seg.args.kind !== 'angle') return [];
  return seg.args.args.flatMap((a) => (a.kind === 'type' ? [a.ty] : []));
}

/** The span a "not defined in the current crate" label points at: the whole written type (`&'a mut isize`). */
function coreSpan(t: TypeExpr): Span {
  return t.kind === 'paren' ? coreSpan(t.inner) : t.span;
}

/**
 * E0366: a `Drop` impl's self type must be the ADT applied to distinct generic parameters of
 * the impl, in the ADT's own order (rustc's `ensure_impl_params_and_item_params_correspond`).
 */
function paramsCorrespond(tcx: Tcx, item: ImplItem, header: Span, out: Diagnostic[]): boolean {
  let st = item.selfTy;
  while (st.kind === 'paren') st = st.inner;
  if (st.kind !== 'path') return true;
  const seg = st.path.segments[st.path.segments.length - 1]!;
  const args: readonly GenericArg[] = seg.args?.kind === 'angle' ? seg.args.args : [];
  const lifetimes = new Set(item.generics.params.flatMap((p) => (p.kind === 'lifetime' ? [p.lifetime.name] : [])));
  const typesOrConsts = new Set(item.generics.params.flatMap((p) => (p.kind === 'lifetime' ? [] : [p.name.name])));
  const seen = new Set<string>();
  const text = (s: Span): string => tcx.file.text.slice(s.lo, s.hi);
  for (const a of args) {
    let name: string | null = null;
    let shown: string;
    if (a.kind === 'lifetime') {
      shown = a.lifetime.name;
      if (a.lifetime.name === "'_") continue;
      if (lifetimes.has(a.lifetime.name)) name = a.lifetime.name;
    } else if (a.kind === 'type') {
      shown = text(a.ty.span);
      const t = a.ty;
      if (t.kind === 'path' && t.qself === null && t.path.segments.length === 1 && t.path.segments[0]!.args === null && typesOrConsts.has(t.path.segments[0]!.ident.name)) name = t.path.segments[0]!.ident.name;
    } else if (a.kind === 'const') shown = text(a.expr.span);
    else continue;
    if (name === null) {
      out.push(msg.dropSpecialized(header, `\`${shown}\` is not a generic parameter`));
      return false;
    }
    if (seen.has(name)) {
      out.push(msg.dropSpecialized(header, `\`${name}\` is mentioned multiple times`));
      return false;
    }
    seen.add(name);
  }
  return true;
}

interface Outlives {
  /** Region names: `'a: 'b`, or a type parameter's name: `T: 'b`. */
  readonly sub: string;
  readonly region: string;
  readonly isType: boolean;
  readonly span: Span | null;
}

/** The outlives bounds written on generics, inline and in where-clauses (only on plain parameters). */
function writtenOutlives(g: Generics): Outlives[] {
  const out: Outlives[] = [];
  for (const p of g.params) {
    if (p.kind === 'lifetime') for (const b of p.bounds) out.push({ sub: p.lifetime.name, region: b.name, isType: false, span: null });
    else if (p.kind === 'type') for (const b of p.bounds) if (b.kind === 'lifetime') out.push({ sub: p.name.name, region: b.lifetime.name, isType: true, span: b.lifetime.span });
  }
  for (const w of g.where) {
    if (w.kind === 'region') for (const b of w.bounds) out.push({ sub: w.lifetime.name, region: b.name, isType: false, span: null });
    else if (w.ty.kind === 'path' && w.ty.qself === null && w.ty.path.segments.length === 1 && w.ty.path.segments[0]!.args === null) {
      for (const b of w.bounds) if (b.kind === 'lifetime') out.push({ sub: w.ty.path.segments[0]!.ident.name, region: b.lifetime.name, isType: true, span: b.lifetime.span });
    }
  }
  return out;
}

/** Names of the parameters a written type mentions. */
function mentioned(t: TypeExpr, into: Set<string>): void {
  switch (t.kind) {
    case 'path':
      if (t.qself) mentioned(t.qself.ty, into);
      into.add(t.path.segments[0]!.ident.name);
      for (const s of t.path.segments) {
        if (s.args?.kind === 'angle') for (const a of s.args.args) { if (a.kind === 'lifetime') into.add(a.lifetime.name); else if (a.kind === 'type') mentioned(a.ty, into); }
        else if (s.args?.kind === 'paren') { s.args.inputs.forEach((x) => mentioned(x, into)); if (s.args.output) mentioned(s.args.output, into); }
      }
      return;
    case 'ref': if (t.lifetime) into.add(t.lifetime.name); mentioned(t.inner, into); return;
    case 'ptr': case 'paren': mentioned(t.inner, into); return;
    case 'slice': case 'array': mentioned(t.elem, into); return;
    case 'tuple': t.elems.forEach((e) => mentioned(e, into)); return;
    case 'fn': t.inputs.forEach((e) => mentioned(e, into)); if (t.output) mentioned(t.output, into); return;
    case 'implTrait': case 'dynTrait':
      for (const b of t.bounds) {
        if (b.kind === 'lifetime') into.add(b.lifetime.name);
        else mentioned({ kind: 'path', id: -1, qself: null, path: b.path, span: b.span }, into);
      }
      return;
    case 'never': case 'infer': case 'macro': case 'err': return;
    default: return;
  }
}

/**
 * E0367: every bound of a `Drop` impl, read with the ADT's parameter names, must hold under the
 * ADT's own bounds (rustc's `ensure_impl_predicates_are_implied_by_item_defn`). Outlives bounds
 * the ADT's fields could imply (rustc infers those for ADTs) are not judged.
 */
function predicatesImplied(tcx: Tcx, def: DefId, item: ImplItem, adt: DefId, selfArgs: GenericArgsTy, header: Span, out: Diagnostic[]): void {
  const adtItem = tcx.info(adt).node;
  if (adtItem.kind !== 'item') return;
  const a = adtItem.item;
  if (a.kind !== 'struct' && a.kind !== 'enum' && a.kind !== 'union') return;
  const what = a.kind;
  // Impl parameter → the ADT's, by the position it is written at in the self type.
  const ig = tcx.generics(def);
  const ag = tcx.generics(adt);
  const typeMap: Ty[] = ig.types.map((n, i): Ty => ({ kind: 'param', index: i, name: n }));
  const typeName = new Map<string, string>();
  selfArgs.types.forEach((t, j) => {
    if (t.kind === 'param' && ag.types[j] !== undefined) {
      typeMap[t.index] = { kind: 'param', index: j, name: ag.types[j]! };
      typeName.set(t.name, ag.types[j]!);
    }
  });
  const regionName = new Map<string, string>();
  selfArgs.regions.forEach((r, j) => {
    if (r.kind === 'param' && ag.regions[j] !== undefined) regionName.set(r.name, ag.regions[j]!);
  });
  const subst: GenericArgsTy = { regions: [], types: typeMap, consts: [] };
  const cx = { tcx, icx: newInfer(), env: tcx.predicates(adt) };
  for (const p of tcx.predicates(def)) {
    if (p.span === undefined) continue;
    const mapped = { ...p, self: substTy(p.self, subst), args: p.args.map((t) => substTy(t, subst)) };
    if (solve(cx, mapped) === 'no') out.push(msg.dropExtraBound(p.span, `${tcx.displayTy(p.self)}: ${traitText(tcx, p.trait, p.args)}`, what));
  }
  // Outlives bounds: the ADT's written ones, closed under transitivity, and what a field could imply.
  const adtOut = writtenOutlives(a.generics);
  const fieldMentions: Set<string>[] = fieldsOf(a).map((f) => {
    const s = new Set<string>();
    mentioned(f, s);
    return s;
  });
  const regionOutlives = (x: string, y: string, depth = 0): boolean => {
    if (x === y || x === "'static" || depth > 16) return x === y || x === "'static";
    if (fieldMentions.some((m) => m.has(x) && m.has(y))) return true;
    return adtOut.some((o) => !o.isType && o.sub === x && (o.region === y || regionOutlives(o.region, y, depth + 1)));
  };
  const typeOutlives = (t: string, r: string): boolean => {
    if (fieldMentions.some((m) => m.has(t) && m.has(r))) return true;
    return adtOut.some((o) => o.isType && o.sub === t && regionOutlives(o.region, r));
  };
  for (const o of writtenOutlives(item.generics)) {
    const region = o.region === "'static" ? "'static" : regionName.get(o.region);
    // A lifetime the self type does not name is unconstrained: rustc does not judge its bounds here.
    if (region === undefined) continue;
    if (o.isType) {
      const t = typeName.get(o.sub);
      if (t !== undefined && !typeOutlives(t, region)) out.push(msg.dropExtraBound(o.span ?? header, `${o.sub}: ${o.region}`, what));
    } else {
      const sub = o.sub === "'static" ? "'static" : regionName.get(o.sub);
      if (sub !== undefined && !regionOutlives(sub, region)) out.push(msg.dropExtraBound(headerWithWhere(item, header), `${o.sub}: ${o.region}`, what));
    }
  }
}

function headerWithWhere(item: ImplItem, header: Span): Span {
  const last = item.generics.where[item.generics.where.length - 1];
  return last === undefined ? header : { lo: header.lo, hi: Math.max(header.hi, last.span.hi) };
}

function fieldsOf(a: Item & { kind: 'struct' | 'enum' | 'union' }): TypeExpr[] {
  const fs = a.kind === 'struct' ? (a.data.kind === 'unit' ? [] : a.data.fields) : a.kind === 'union' ? a.fields : a.variants.flatMap((v) => (v.data.kind === 'unit' ? [] : v.data.fields));
  return fs.map((f) => f.ty);
}

function traitText(tcx: Tcx, trait: DefId, args: readonly Ty[]): string {
  const name = tcx.info(trait).name;
  return args.length === 0 ? name : `${name}<${args.map((t) => tcx.displayTy(t)).join(', ')}>`;
}
