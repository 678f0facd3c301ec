import type { DefId } from '../resolve/defs.js';
import type { Attribute, Item } from '../syntax/ast.js';
import type { Token, TokenTree } from '../syntax/token.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { msg } from './messages.js';
import type { ImplInfo, Tcx } from './tcx.js';
import type { Ty } from './ty.js';
import { someTy } from './ty-ops.js';

type ImplItem = Item & { kind: 'impl' };

/**
 * E0119: two impls of one trait whose headers unify (regions ignored) overlap, as rustc's
 * coherence overlap check. Judged only where no where-clause could keep them apart: both impls
 * without trait bounds (other than `Sized`); std's impls count only when they are bound-free
 * blankets over a parameter (`impl<T> From<T> for T`), the ones the model declares exactly.
 * Reported at the later impl, once. Derived impls are left out (rustc reports at the derive).
 */
export function checkOverlap(tcx: Tcx, def: DefId, item: ImplItem, out: Diagnostic[]): void {
  const ii = tcx.impl(def);
  if (ii.trait === null || ii.negative || !boundFree(tcx, ii)) return;
  const header = [...ii.trait.args.types];
  if (header.some((t) => someTy(t, (x) => x.kind === 'error'))) return;
  for (const other of tcx.traitImpls(ii.trait.trait)) {
    if (other === ii || other.def === def || other.negative || other.trait === null || !boundFree(tcx, other)) continue;
    if (other.trait.args.types.some((t) => someTy(t, (x) => x.kind === 'error'))) continue;
    let firstSpan = null;
    // A derived impl: rustc reports the conflict at the derive, which is not judged here.
    if (other.def === null) continue;
    if (tcx.info(other.def).std) {    } else if (tcx.info(other.def).std) {
      if (other.selfTy.kind !== 'param') continue;
    } else {
      const at = tcx.defSpan(other.def);
      if (at === null || at.lo >= item.span.lo) continue;
      firstSpan = at;
    }
    const u = new Unifier();
    let ok = true;
    for (let i = 0; i < header.length && ok; i++) {
      const b = other.trait.args.types[i];
      ok = b !== undefined && u.unify(u.side(header[i]!, 0), u.side(b, 1));
    }
    if (!ok || u.unknown) continue;
    const own = ii.trait.args.types.slice(1).map((t) => tcx.displayTy(t));
    const traitShown = `${tcx.info(ii.trait.trait).name}${own.length > 0 ? `<${own.join(', ')}>` : ''}`;
    out.push(msg.conflictingImpls({ lo: item.span.lo, hi: item.selfTy.span.hi }, traitShown, tcx.displayTy(ii.selfTy), firstSpan));
    return;
  }
}

function boundFree(tcx: Tcx, ii: ImplInfo): boolean {
  const sized = tcx.lang('Sized');
  return ii.predicates.every((p) => p.trait === sized);
}

type UTy = Ty | { readonly kind: 'uvar'; readonly id: number };

/** Unification of two impls' headers, each impl's type parameters variables of their own. */
class Unifier {
  private readonly binds = new Map<number, UTy>();
  unknown = false;

  /** The impl's header type with its parameters as variables (side 0 or 1). */
  side(t: Ty, side: number): UTy {
    return mapParams(t, (index) => ({ kind: 'uvar', id: index * 2 + side }));
  }

  private resolve(t: UTy): UTy {
    while (t.kind === 'uvar') {
      const b = this.binds.get(t.id);
      if (b === undefined) return t;
      t = b;
    }
    return t;
  }

  private bind(id: number, t: UTy): boolean {
    if (this.occurs(id, t)) return false;
    this.binds.set(id, t);
    return true;
  }

  private occurs(id: number, t0: UTy): boolean {
    const t = this.resolve(t0);
    switch (t.kind) {
      case 'uvar': return t.id === id;
      case 'tuple': return t.elems.some((x) => this.occurs(id, x));
      case 'slice': case 'array': return this.occurs(id, t.elem);
      case 'ref': case 'ptr': return this.occurs(id, t.inner);
      case 'adt': return t.args.types.some((x) => this.occurs(id, x));
      case 'fnPtr': return [...t.sig.inputs, t.sig.output].some((x) => this.occurs(id, x));
      default: return false;
    }
  }

  unify(a0: UTy, b0: UTy): boolean {
    const a = this.resolve(a0);
    const b = this.resolve(b0);
    // A variable never stands for a type holding itself (`T` against `Atomic<T>`): no unifier.
    if (a.kind === 'uvar') return (b.kind === 'uvar' && b.id === a.id) || this.bind(a.id, b);
    if (b.kind === 'uvar') return this.bind(b.id, a);
    const all = (xs: readonly UTy[], ys: readonly UTy[]): boolean => xs.length === ys.length && xs.every((x, i) => this.unify(x, ys[i]!));
    switch (a.kind) {
      case 'bool': case 'char': case 'str': case 'never': return b.kind === a.kind;
      case 'int': return b.kind === 'int' && b.int === a.int;
      case 'float': return b.kind === 'float' && b.float === a.float;
      case 'tuple': return b.kind === 'tuple' && all(a.elems, b.elems);
      case 'slice': return b.kind === 'slice' && this.unify(a.elem, b.elem);
      case 'array':
        if (b.kind !== 'array' || !this.unify(a.elem, b.elem)) return false;
        if (a.len.kind !== 'value' || b.len.kind !== 'value') { this.unknown = true; return true; }
        return a.len.value === b.len.value;
      case 'ref': case 'ptr': return b.kind === a.kind && b.mut === a.mut && this.unify(a.inner, b.inner);
      case 'adt': return b.kind === 'adt' && b.def === a.def && all(a.args.types, b.args.types);
      case 'fnPtr': return b.kind === 'fnPtr' && a.sig.unsafe === b.sig.unsafe && all([...a.sig.inputs, a.sig.output], [...b.sig.inputs, b.sig.output]);
      case 'dyn':
        if (b.kind !== 'dyn') return false;
        if ((a.principal?.trait ?? -1) !== (b.principal?.trait ?? -1)) return false;
        // Auto traits, bindings and the object's arguments: not judged here.
        this.unknown = true;
        return true;
      default:
        // Projections, opaque types and the like may be anything.
        this.unknown = true;
        return true;
    }
  }
}

function mapParams(t: Ty, f: (index: number) => UTy): UTy {
  const go = (x: Ty): UTy => mapParams(x, f);
  switch (t.kind) {
    case 'param': return f(t.index);
    case 'tuple': return { kind: 'tuple', elems: t.elems.map(go) as Ty[] };
    case 'slice': return { kind: 'slice', elem: go(t.elem) as Ty };
    case 'array': return { kind: 'array', elem: go(t.elem) as Ty, len: t.len };
    case 'ref': return { kind: 'ref', region: t.region, mut: t.mut, inner: go(t.inner) as Ty };
    case 'ptr': return { kind: 'ptr', mut: t.mut, inner: go(t.inner) as Ty };
    case 'adt': return { kind: 'adt', def: t.def, args: { ...t.args, types: t.args.types.map(go) as Ty[] } };
    case 'fnPtr': return { kind: 'fnPtr', sig: { ...t.sig, inputs: t.sig.inputs.map(go) as Ty[], output: go(t.sig.output) as Ty } };
    default: return t;
  }
}

/**
 * E0119 at a `#[derive(Trait)]` of an ADT the crate also implements `Trait` for by hand: the
 * derived impl is the later one (rustc expands derives after the items), so it is the one
 * reported. Judged only where the overlap is certain: the hand-written impl has no bounds and is
 * for the ADT with no type parameters, or with its own distinct type parameters in every place.
 */
export function checkDeriveOverlap(tcx: Tcx, adt: DefId, attrs: readonly Attribute[], out: Diagnostic[]): void {
  for (const a of attrs) {
    if (a.path !== 'derive') continue;
    for (const tok of derivedTraitTokens(a.args)) {
      const trait = tcx.lang(tok.text);
      if (trait < 0 || !tcx.info(trait).std) continue;
      const manual = tcx.traitImpls(trait).find((ii) => ii.def !== null && !tcx.info(ii.def).std && !ii.negative && coversAdt(tcx, ii, adt));
      if (manual === undefined || manual.def === null) continue;
      const own = manual.trait!.args.types.slice(1).map((t) => tcx.displayTy(t));
      const traitShown = `${tok.text}${own.length > 0 ? `<${own.join(', ')}>` : ''}`;
      const implItem = tcx.info(manual.def).node;
      const first = implItem.kind === 'item' && implItem.item.kind === 'impl' ? { lo: implItem.item.span.lo, hi: implItem.item.selfTy.span.hi } : null;
      out.push(msg.conflictingImpls(tok.span, traitShown, tcx.displayTy(manual.selfTy), first));
    }
  }
}

function derivedTraitTokens(trees: readonly TokenTree[]): Token[] {
  const out: Token[] = [];
  for (const t of trees) {
    if (t.kind === 'group') out.push(...derivedTraitTokens(t.trees));
    else if (t.token.kind === 'ident') out.push(t.token);
  }
  return out;
}

/** Does a hand-written impl certainly apply to every instance the derived one does? */
function coversAdt(tcx: Tcx, ii: ImplInfo, adt: DefId): boolean {
  const self = ii.selfTy;
  if (self.kind !== 'adt' || self.def !== adt || !boundFree(tcx, ii)) return false;
  // `PartialEq<Rhs = Self>`: only the impl against the type itself is the derived one's.
  if (ii.trait!.args.types.slice(1).some((t) => t.kind !== 'adt' || t.def !== adt)) return false;
  const seen = new Set<number>();
  for (const t of self.args.types) {
    if (t.kind !== 'param' || seen.has(t.index)) return false;
    seen.add(t.index);
  }
  return true;
}
