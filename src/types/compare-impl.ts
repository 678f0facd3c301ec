import type { DefId } from '../resolve/defs.js';
import type { GenericBound, Generics, Item, TypeExpr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { assertNever } from '../util/assert.js';
import { msg } from './messages.js';
import type { Tcx } from './tcx.js';
import type { Region, Ty } from './ty.js';
import { ERASED } from './ty.js';
import { compareMethodRegions, type MethodRegions } from './compare-impl-regions.js';
import { stdAllItems, stdRequiredItems } from './std-trait-items.js';
import { eraseTy, foldTy, substTy } from './ty-ops.js';

type ImplItem = Item & { kind: 'impl' };
type FnItem = Item & { kind: 'fn' };

/**
 * A trait impl against its (user-defined) trait, as rustc's `compare_impl_item` and `check_impl_items_against_trait`:
 * items the trait lacks (E0407, E0437, E0438), items missing without a default (E0046), and for
 * each method its `self` (E0185, E0186), parameter count (E0050), type parameter count (E0049),
 * parameter and return types (E0053), early-bound lifetimes (E0195) and extra lifetime bounds (E0276).
 */
export function compareImplItems(tcx: Tcx, def: DefId, item: ImplItem, out: Diagnostic[]): void {
  const ii = tcx.impl(def);
  if (ii.trait === null || item.negative || ii.selfTy.kind === 'error') return;
  const trait = ii.trait.trait;
  const traitName = tcx.info(trait).name;
  const traitItems = tcx.assocItems(trait);
  // The std model declares simplified traits (fewer items, bodies left out): for a std trait only
  // the items real std requires are known (std-trait-items.ts); those are compared, and missing
  // ones reported, other items are not judged.
  const std = tcx.info(trait).std;
  const stdRequired = std ? stdRequiredItems(traitName, traitItems) : null;
  const stdAll = std ? stdAllItems(traitName, traitItems) : null;
  if (std && stdRequired === null) return;
  const implemented = new Set<string>();
  // An item a macro expands to is not seen here: nothing can be said to be missing.
  const macroItems = item.items.some((it) => it.kind === 'macroCall');
  for (const it of item.items) {
    const name = 'name' in it ? it.name.name : null;
    if (name === null || it.kind === 'macroCall') continue;
    implemented.add(name);
    const word = it.kind === 'fn' ? 'method' : it.kind === 'typeAlias' ? 'type' : it.kind === 'const' ? 'const' : null;
    if (word === null) continue;
    // A std trait: an item outside its whole known list is no member; otherwise only the items
    // whose model declaration is faithful (required ones, or any of a fully listed trait) are compared.
    if (stdAll !== null && !stdAll.includes(name)) {
      out.push(msg.notTraitMember(it.span, word, name, traitName));
      continue;
    }
    if (stdRequired !== null && !stdRequired.includes(name) && stdAll === null) continue;
    const td = traitItems.get(name);
    if (td === undefined) {
      // An item real std has but the model leaves out: not judged.
      if (std) continue;
      out.push(msg.notTraitMember(it.span, word, name, traitName));
      continue;
    }
    if (it.kind === 'typeAlias' && tcx.info(td).kind === 'assocType') {
      const tnode = tcx.info(td).node;
      if (it.ty !== null && tnode.kind === 'item' && tnode.item.kind === 'typeAlias') checkAssocTypeBounds(tcx, def, item, it.ty, tnode.item.bounds, out);
      continue;
    }
    if (it.kind !== 'fn' || tcx.info(td).kind !== 'assocFn') continue;
    const implFn = tcx.table.userItemDefs.get(it.id);
    const traitNode = tcx.info(td).node;
    if (implFn === undefined || traitNode.kind !== 'item' || traitNode.item.kind !== 'fn') continue;
    compareMethod(tcx, def, implFn, it, td, traitNode.item, traitName, out);
  }
  if (macroItems) return;
  if (stdRequired !== null) {
    const absent = stdRequired.filter((n) => !implemented.has(n));
    if (absent.length > 0) out.push(msg.missingTraitItems({ lo: item.span.lo, hi: item.selfTy.span.hi }, absent.map((name) => ({ name, span: null }))));
    return;
  }
  const missing: { name: string; span: Span }[] = [];
  for (const [name, td] of traitItems) {
    if (implemented.has(name)) continue;
    const node = tcx.info(td).node;
    if (node.kind !== 'item') continue;
    const ti = node.item;
    const hasDefault = ti.kind === 'fn' ? ti.body !== null : ti.kind === 'typeAlias' ? ti.ty !== null : ti.kind === 'const' ? ti.expr !== null : true;
    if (!hasDefault) missing.push({ name, span: ti.span });
  }
  if (missing.length > 0) {
    missing.sort((a, b) => a.span.lo - b.span.lo);
    out.push(msg.missingTraitItems({ lo: item.span.lo, hi: item.selfTy.span.hi }, missing));
  }
}

function compareMethod(tcx: Tcx, impl: DefId, implFn: DefId, it: FnItem, traitFn: DefId, tf: FnItem, traitName: string, out: Diagnostic[]): void {
  const name = it.name.name;
  const implSelf = it.sig.selfParam;
  const traitSelf = tf.sig.selfParam;
  // A std trait's declaration is in the std model's source: never shown in the crate's file.
  const traitStd = tcx.info(traitFn).std;
  const at = (s: Span): Span | null => (traitStd ? null : s);
  if (traitSelf !== null && implSelf === null) {
    out.push(msg.selfInTraitOnly(it.sig.span, name, traitStd ? stdSelfText(traitSelf) : selfText(tcx, traitSelf.span), at(tf.sig.span)));
    return;
  }
  if (traitSelf === null && implSelf !== null) {
    out.push(msg.selfInImplOnly(it.sig.span, name, selfText(tcx, implSelf.span), at(tf.sig.span)));
    return;
  }
  const implCount = it.sig.params.length + (implSelf ? 1 : 0);
  const traitCount = tf.sig.params.length + (traitSelf ? 1 : 0);
  if (implCount !== traitCount) {
    out.push(msg.paramCount(paramsSpan(it) ?? it.sig.span, name, traitName, implCount, traitCount, traitStd ? null : paramsSpan(tf)));
    return;
  }
  const ig = tcx.generics(implFn);
  const tg = tcx.generics(traitFn);
  const implTypes = ig.types.length;
  const traitTypes = tg.types.length;
  if (implTypes !== traitTypes) {
    const where = it.generics.params.length > 0 ? it.generics.span : { lo: it.name.span.hi, hi: it.name.span.hi };
    out.push(msg.typeParamCount(where, name, implTypes, traitTypes, at(tf.generics.params.length > 0 ? tf.generics.span : tf.name.span)));
    return;
  }
  // The trait's signature read in the impl: `Self` and the trait's parameters as the impl names
  // them, the method's own type parameters as the impl method's (by position).
  const ii = tcx.impl(impl);
  const traitArgs = ii.trait!.args.types;
  const own: Ty[] = tg.types.map((_, i): Ty => ({ kind: 'param', index: ig.parentTypes + i, name: ig.types[i]! }));
  const subst = { regions: [], types: [...traitArgs, ...own], consts: [] };
  const ts = tcx.fnSig(traitFn).sig;
  const is = tcx.fnSig(implFn).sig;
  const written: (TypeExpr | null)[] = [implSelf?.kind === 'typed' ? implSelf.ty : null, ...it.sig.params.map((p) => p.ty)];
  const spans: Span[] = [...(implSelf ? [implSelf.span] : []), ...it.sig.params.map((p) => p.ty.span)];
  const synthetic = ig.implTraitParams.size > 0 || tg.implTraitParams.size > 0;
  let typesAgree = !synthetic;
  if (!synthetic) {
    for (let i = 0; i < is.inputs.length; i++) {
      const expected = normalizeIn(tcx, substTy(eraseTy(ts.inputs[i]!), subst));
      const found = eraseTy(is.inputs[i]!);
      const r = sameTy(expected, found);
      if (r === null) typesAgree = false;
      if (r !== false) continue;
      const isSelf = implSelf !== null && i === 0;
      const mutOnly = expected.kind === 'ref' && found.kind === 'ref' && expected.mut !== found.mut && sameTy(expected.inner, found.inner) === true;
      const at = isSelf && written[0] === null ? implSelf.span : spans[i]!;
      out.push(msg.incompatibleMethod(at, name, mutOnly ? 'types differ in mutability' : `expected \`${tcx.displayTy(expected)}\`, found \`${tcx.displayTy(found)}\``));
      return;
    }
    const expected = normalizeIn(tcx, substTy(eraseTy(ts.output), subst));
    const found = eraseTy(is.output);
    const r = sameTy(expected, found);
    if (r === null) typesAgree = false;
    if (r === false) {
      // No written return type: rustc points just after the parameters.
      out.push(msg.incompatibleMethod(it.sig.ret?.span ?? { lo: it.sig.span.hi, hi: it.sig.span.hi }, name, `expected \`${tcx.displayTy(expected)}\`, found \`${tcx.displayTy(found)}\``));
      return;
    }
  }
  if (compareLifetimes(tcx, impl, it, tf, typesAgree, out) || !typesAgree) return;
  compareMethodRegions(tcx, implFn, traitFn, methodRegions(tcx, impl, implFn, it, traitFn, tf, subst.types), it.sig.span, at(tf.sig.span), out);
}

/** The two methods' lifetimes matched up as rustc's `trait_to_impl` arguments do (see compareMethodRegions). */
function methodRegions(tcx: Tcx, impl: DefId, implFn: DefId, it: FnItem, traitFn: DefId, tf: FnItem, typeArgs: readonly Ty[]): MethodRegions {
  const ig = tcx.generics(implFn);
  const tg = tcx.generics(traitFn);
  const ie = earlyBound(it);
  const te = earlyBound(tf);
  const implEarlyNames = [...ie].filter(([, e]) => e).map(([n]) => n);
  const traitEarlyNames = [...te].filter(([, e]) => e).map(([n]) => n);
  const ii = tcx.impl(impl);
  const implEarly = (index: number): boolean => {
    if (index < ig.parentRegions) return true;
    const name = ig.regions[index - ig.parentRegions];
    return name !== undefined && ie.get(name) === true;
  };
  const traitRegion = (index: number): Region | null => {
    if (index < tg.parentRegions) return ii.trait!.args.regions[index] ?? ERASED;
    const name = tg.regions[index - tg.parentRegions];
    if (name === undefined || te.get(name) !== true) return null;
    const implName = implEarlyNames[traitEarlyNames.indexOf(name)];
    const k = implName === undefined ? -1 : ig.regions.indexOf(implName);
    return k < 0 ? ERASED : { kind: 'param', index: ig.parentRegions + k, name: implName! };
  };
  const assumed: (readonly [Region, Region])[] = [];
  const headerOnly = (r: Region): boolean => r.kind === 'static' || (r.kind === 'param' && r.index < ig.parentRegions);
  for (const [a, b] of tcx.fnSig(implFn).outlives) if (headerOnly(a) && headerOnly(b)) assumed.push([a, b]);
  const viaTrait = (r: Region): Region => (r.kind === 'param' ? traitRegion(r.index) ?? ERASED : r);
  for (const [a, b] of tcx.fnSig(traitFn).outlives) assumed.push([viaTrait(a), viaTrait(b)]);
  const headerTys = [ii.selfTy, ...ii.trait!.args.types.slice(1)];
  return { implEarly, traitRegion, assumed, typeArgs, headerTys };
}

/** The trait's `<Self as Trait>::Name`, read with the impl's types: the impl's own `type Name`. */
export function normalizeIn(tcx: Tcx, t: Ty): Ty {
  return foldTy(t, { ty: (x) => (x.kind === 'projection' ? tcx.normalize?.(x) ?? x : undefined) });
}

/** How a std trait method's `self` is written (its text is in the std model's source). */
function stdSelfText(p: NonNullable<FnItem['sig']['selfParam']>): string {
  switch (p.kind) {
    case 'value': return 'self';
    case 'ref': return p.mut ? '&mut self' : '&self';
    case 'typed': return 'self';
    default: return assertNever(p);
  }
}

function selfText(tcx: Tcx, s: Span): string {
  return tcx.file.text.slice(s.lo, s.hi);
}

function paramsSpan(f: FnItem): Span | null {
  const first = f.sig.selfParam?.span ?? f.sig.params[0]?.span;
  const last = f.sig.params[f.sig.params.length - 1]?.span ?? f.sig.selfParam?.span;
  return first && last ? { lo: first.lo, hi: last.hi } : null;
}

/** Structural equality of two region-erased types; null where it cannot be judged here (projections, opaque types). */
function sameTy(a: Ty, b: Ty): boolean | null {
  const all = (xs: readonly Ty[], ys: readonly Ty[]): boolean | null => {
    if (xs.length !== ys.length) return false;
    let unknown = false;
    for (let i = 0; i < xs.length; i++) {
      const r = sameTy(xs[i]!, ys[i]!);
      if (r === false) return false;
      if (r === null) unknown = true;
    }
    return unknown ? null : true;
  };
  const opaque = (t: Ty): boolean => t.kind === 'projection' || t.kind === 'opaque' || t.kind === 'error' || t.kind === 'infer' || t.kind === 'closure' || t.kind === 'fnDef';
  if (opaque(a) || opaque(b)) return null;
  switch (a.kind) {
    case 'bool': case 'char': case 'str': case 'never': return b.kind === a.kind;
    case 'int': return b.kind === 'int' && b.int === a.int;
    case 'float': return b.kind === 'float' && b.float === a.float;
    case 'tuple': return b.kind === 'tuple' ? all(a.elems, b.elems) : false;
    case 'array': {
      if (b.kind !== 'array') return false;
      const e = sameTy(a.elem, b.elem);
      if (e === false) return false;
      if (a.len.kind !== 'value' || b.len.kind !== 'value') return null;
      return a.len.value === b.len.value ? e : false;
    }
    case 'slice': return b.kind === 'slice' ? sameTy(a.elem, b.elem) : false;
    case 'ref': case 'ptr': return b.kind === a.kind && b.mut === a.mut ? sameTy(a.inner, b.inner) : false;
    case 'adt': return b.kind === 'adt' && b.def === a.def ? all(a.args.types, b.args.types) : false;
    case 'fnPtr': return b.kind === 'fnPtr' && a.sig.unsafe === b.sig.unsafe ? all([...a.sig.inputs, a.sig.output], [...b.sig.inputs, b.sig.output]) : false;
    case 'dyn': {
      if (b.kind !== 'dyn') return false;
      if ((a.principal?.trait ?? -1) !== (b.principal?.trait ?? -1)) return false;
      return a.principal && b.principal ? all(a.principal.args.types, b.principal.args.types) : true;
    }
    case 'param': return b.kind === 'param' && b.index === a.index;
    default: return null;
  }
}

/** Is each own lifetime parameter early-bound: named in a bound or where-clause, or not constrained by an argument type. */
export function earlyBound(f: FnItem): Map<string, boolean> {
  const inBounds = new Set<string>();
  const constrained = new Set<string>();
  const g = f.generics;
  for (const p of g.params) {
    if (p.kind === 'lifetime' && p.bounds.length > 0) {
      inBounds.add(p.lifetime.name);
      p.bounds.forEach((b) => inBounds.add(b.name));
    } else if (p.kind === 'type') for (const b of p.bounds) lifetimesInBound(b, inBounds);
  }
  for (const w of g.where) {
    if (w.kind === 'region') {
      inBounds.add(w.lifetime.name);
      w.bounds.forEach((b) => inBounds.add(b.name));
    } else {
      lifetimesIn(w.ty, inBounds, false);
      w.bounds.forEach((b) => lifetimesInBound(b, inBounds));
    }
  }
  const sp = f.sig.selfParam;
  if (sp?.kind === 'ref' && sp.lifetime) constrained.add(sp.lifetime.name);
  if (sp?.kind === 'typed') lifetimesIn(sp.ty, constrained, true);
  for (const p of f.sig.params) lifetimesIn(p.ty, constrained, true);
  const out = new Map<string, boolean>();
  for (const p of g.params) if (p.kind === 'lifetime') out.set(p.lifetime.name, inBounds.has(p.lifetime.name) || !constrained.has(p.lifetime.name));
  return out;
}

function lifetimesInBound(b: GenericBound, into: Set<string>): void {
  if (b.kind === 'lifetime') into.add(b.lifetime.name);
  else lifetimesIn({ kind: 'path', id: -1, qself: null, path: b.path, span: b.span }, into, false);
}

/** Lifetimes named in a written type; `constraining` leaves out those inside projections, which constrain nothing. */
function lifetimesIn(t: TypeExpr, into: Set<string>, constraining: boolean): void {
  switch (t.kind) {
    case 'path':
      if (t.qself) {
        if (constraining) return;
        lifetimesIn(t.qself.ty, into, constraining);
      }
      for (const s of t.path.segments) {
        if (s.args?.kind === 'angle') {
          for (const a of s.args.args) {
            if (a.kind === 'lifetime') into.add(a.lifetime.name);
            else if (a.kind === 'type') lifetimesIn(a.ty, into, constraining);
            else if (a.kind === 'binding') lifetimesIn(a.ty, into, constraining);
          }
        } else if (s.args?.kind === 'paren') {
          s.args.inputs.forEach((x) => lifetimesIn(x, into, constraining));
          if (s.args.output) lifetimesIn(s.args.output, into, constraining);
        }
      }
      return;
    case 'ref': if (t.lifetime) into.add(t.lifetime.name); lifetimesIn(t.inner, into, constraining); return;
    case 'ptr': case 'paren': lifetimesIn(t.inner, into, constraining); return;
    case 'slice': case 'array': lifetimesIn(t.elem, into, constraining); return;
    case 'tuple': t.elems.forEach((e) => lifetimesIn(e, into, constraining)); return;
    case 'fn': t.inputs.forEach((e) => lifetimesIn(e, into, constraining)); if (t.output) lifetimesIn(t.output, into, constraining); return;
    case 'implTrait': case 'dynTrait': t.bounds.forEach((b) => lifetimesInBound(b, into)); return;
    default: return;
  }
}

/**
 * E0195 when the impl method has another number of early-bound lifetimes than the trait's;
 * otherwise E0276 for an outlives bound between lifetimes the trait's method does not imply.
 */
function compareLifetimes(tcx: Tcx, impl: DefId, it: FnItem, tf: FnItem, typesAgree: boolean, out: Diagnostic[]): boolean {
  const ie = earlyBound(it);
  const te = earlyBound(tf);
  const implEarly = [...ie].filter(([, e]) => e).map(([n]) => n);
  const traitEarly = [...te].filter(([, e]) => e).map(([n]) => n);
  if (implEarly.length !== traitEarly.length) {
    // Pair the lifetimes by where the two signatures write them; those differing in boundness are named.
    const pairs = typesAgree ? regionPairs(tf, it) : [];
    const differ: Span[] = [];
    for (const [tn, inLt] of pairs) {
      const tEarly = te.get(tn);
      if (tEarly === undefined) continue;
      const iEarly = inLt.name === null ? false : ie.get(inLt.name);
      if (iEarly === undefined || iEarly === tEarly) continue;
      const decl = inLt.name === null ? null : it.generics.params.find((p) => p.kind === 'lifetime' && p.lifetime.name === inLt.name);
      const at = decl !== null && decl !== undefined && decl.kind === 'lifetime' ? decl.lifetime.span : inLt.span;
      if (!differ.some((s) => s.lo === at.lo)) differ.push(at);
    }
    if (differ.length > 0) out.push(msg.lateBoundMismatch(differ));
    else out.push(msg.lifetimesMismatchOnTrait(it.generics.params.length > 0 ? it.generics.span : it.name.span, it.name.name, tcx.info(tcx.impl(impl).trait!.trait).std ? null : tf.generics.params.length > 0 ? tf.generics.span : tf.name.span));
    return true;
  }
  // E0276: the impl's `'x: 'y` must follow from the trait method's bounds (read with the impl's
  // names), the impl's own and `'static`.
  const rename = new Map<string, string>();
  traitEarly.forEach((n, i) => rename.set(n, implEarly[i]!));
  const ii = tcx.impl(impl);
  const tgen = tcx.generics(ii.trait!.trait);
  ii.trait!.args.regions.forEach((r, i) => {
    const n = tgen.regions[i];
    if (n !== undefined && r.kind === 'param') rename.set(n, r.name);
    else if (n !== undefined && r.kind === 'static') rename.set(n, "'static");
  });
  const known: [string, string][] = [];
  const add = (a: string, b: string, map: boolean): void => {
    const x = map ? rename.get(a) ?? null : a;
    const y = map ? rename.get(b) ?? null : b;
    if (x !== null && y !== null) known.push([x, y]);
  };
  for (const [a, b] of outlivesOf(tf.generics)) add(a, b, true);
  const implNode = tcx.info(impl).node;
  if (implNode.kind === 'item' && 'generics' in implNode.item) for (const [a, b] of outlivesOf(implNode.item.generics)) add(a, b, false);
  const holds = (a: string, b: string, seen: Set<string> = new Set()): boolean => {
    if (a === b || a === "'static") return true;
    if (seen.has(a)) return false;
    seen.add(a);
    return known.some(([x, y]) => x === a && holds(y, b, seen));
  };
  for (const [a, b, span] of outlivesWithSpans(it.generics)) {
    if (!ie.has(a) && !ie.has(b)) continue;
    if (!holds(a, b)) {
      out.push(msg.stricterImpl(span, `${a}: ${b}`, it.name.name, tcx.info(tcx.impl(impl).trait!.trait).std ? null : tf.span));
      return true;
    }
  }
  return false;
}

function outlivesOf(g: Generics): [string, string][] {
  return outlivesWithSpans(g).map(([a, b]) => [a, b]);
}

function outlivesWithSpans(g: Generics): [string, string, Span][] {
  const out: [string, string, Span][] = [];
  for (const p of g.params) if (p.kind === 'lifetime') for (const b of p.bounds) out.push([p.lifetime.name, b.name, b.span]);
  for (const w of g.where) if (w.kind === 'region') for (const b of w.bounds) out.push([w.lifetime.name, b.name, b.span]);
  return out;
}

/**
 * The trait method's named lifetimes against what the impl writes at the same place of the
 * signature (a name, or an elided lifetime at its span), where both write a reference or a
 * lifetime argument.
 */
function regionPairs(tf: FnItem, it: FnItem): [string, { name: string | null; span: Span }][] {
  const out: [string, { name: string | null; span: Span }][] = [];
  const walk = (a: TypeExpr, b: TypeExpr): void => {
    while (a.kind === 'paren') a = a.inner;
    while (b.kind === 'paren') b = b.inner;
    if (a.kind === 'ref' && b.kind === 'ref') {
      if (a.lifetime !== null && a.lifetime.name !== "'_") out.push([a.lifetime.name, { name: b.lifetime && b.lifetime.name !== "'_" ? b.lifetime.name : null, span: b.lifetime?.span ?? b.span }]);
      walk(a.inner, b.inner);
      return;
    }
    if (a.kind === 'path' && b.kind === 'path' && a.qself === null && b.qself === null) {
      const sa = a.path.segments[a.path.segments.length - 1]!;
      const sb = b.path.segments[b.path.segments.length - 1]!;
      const la = sa.args?.kind === 'angle' ? sa.args.args : [];
      const lb = sb.args?.kind === 'angle' ? sb.args.args : [];
      const lta = la.flatMap((x) => (x.kind === 'lifetime' ? [x.lifetime] : []));
      const ltb = lb.flatMap((x) => (x.kind === 'lifetime' ? [x.lifetime] : []));
      lta.forEach((l, i) => {
        if (l.name === "'_") return;
        const m = ltb[i];
        // An elided lifetime argument (`Inv` for `Inv<'_>`) is written at the path.
        out.push([l.name, m === undefined || m.name === "'_" ? { name: null, span: m?.span ?? sb.ident.span } : { name: m.name, span: m.span }]);
      });
      const ta = la.flatMap((x) => (x.kind === 'type' ? [x.ty] : []));
      const tb = lb.flatMap((x) => (x.kind === 'type' ? [x.ty] : []));
      ta.forEach((x, i) => { if (tb[i]) walk(x, tb[i]!); });
      return;
    }
    if (a.kind === 'tuple' && b.kind === 'tuple') a.elems.forEach((x, i) => { if (b.elems[i]) walk(x, b.elems[i]!); });
    else if ((a.kind === 'slice' || a.kind === 'array') && (b.kind === 'slice' || b.kind === 'array')) walk(a.elem, b.elem);
  };
  const ts = tf.sig.selfParam;
  const is = it.sig.selfParam;
  if (ts?.kind === 'ref' && is?.kind === 'ref' && ts.lifetime) out.push([ts.lifetime.name, { name: is.lifetime?.name ?? null, span: is.lifetime?.span ?? is.span }]);
  tf.sig.params.forEach((p, i) => { const q = it.sig.params[i]; if (q) walk(p.ty, q.ty); });
  if (tf.sig.ret && it.sig.ret) walk(tf.sig.ret, it.sig.ret);
  return out;
}

/**
 * E0477: an impl's associated type must meet the trait's lifetime bounds on it (`type Value: 'a`),
 * judged on the lifetimes the type names against the impl's bounds and what its header implies.
 * Type parameters in it are not judged (their bounds may come from elsewhere).
 */
function checkAssocTypeBounds(tcx: Tcx, impl: DefId, item: ImplItem, ty: TypeExpr, bounds: readonly GenericBound[], out: Diagnostic[]): void {
  const ii = tcx.impl(impl);
  if (ii.trait === null) return;
  const tg = tcx.generics(ii.trait.trait);
  const regionFor = (name: string): string | null => {
    if (name === "'static") return "'static";
    const i = tg.regions.indexOf(name);
    const r = i < 0 ? undefined : ii.trait!.args.regions[i];
    return r === undefined ? null : r.kind === 'static' ? "'static" : r.kind === 'param' ? r.name : null;
  };
  const required = bounds.flatMap((b) => (b.kind === 'lifetime' ? [{ name: regionFor(b.lifetime.name) }] : []));
  if (required.length === 0) return;
  // The impl's `'a: 'b` bounds, and what its header's types imply: in `&'x T` every lifetime of `T`
  // outlives `'x`; lifetimes of one ADT's arguments are taken as related (its fields may relate them).
  const known: [string, string][] = outlivesOf(item.generics);
  const related: Set<string>[] = [];
  const implied = (t: TypeExpr): void => {
    while (t.kind === 'paren') t = t.inner;
    if (t.kind === 'ref') {
      const inner = new Set<string>();
      lifetimesIn(t.inner, inner, false);
      if (t.lifetime) for (const l of inner) known.push([l, t.lifetime.name]);
      implied(t.inner);
    } else if (t.kind === 'path') {
      const ls = new Set<string>();
      lifetimesIn(t, ls, false);
      if (ls.size <= 1) return;
      const adt = adtOutlives(tcx, impl, t);
      if (adt === null) related.push(ls);
      else known.push(...adt);
    } else if (t.kind === 'tuple') t.elems.forEach(implied);
    else if (t.kind === 'slice' || t.kind === 'array') implied(t.elem);
  };
  implied(item.selfTy);
  const tseg = item.trait?.segments[item.trait.segments.length - 1];
  if (tseg?.args?.kind === 'angle') for (const a of tseg.args.args) if (a.kind === 'type') implied(a.ty);
  const holds = (a: string, b: string, seen: Set<string> = new Set()): boolean => {
    if (a === b || a === "'static" || a === "'_") return true;
    if (related.some((r) => r.has(a) && r.has(b))) return true;
    if (seen.has(a)) return false;
    seen.add(a);
    return known.some(([x, y]) => x === a && holds(y, b, seen));
  };
  // Only the impl's own lifetimes: those bound inside the type (`for<'x> fn(&'x u8)`) are no constraint.
  const own = new Set(item.generics.params.flatMap((p) => (p.kind === 'lifetime' ? [p.lifetime.name] : [])));
  const named = new Set<string>();
  lifetimesIn(ty, named, false);
  for (const n of named) if (!own.has(n)) named.delete(n);
  for (const r of required) {
    if (r.name === null) continue;
    if ([...named].every((l) => holds(l, r.name!))) continue;
    const decl = item.generics.params.find((p) => p.kind === 'lifetime' && p.lifetime.name === r.name);
    out.push(msg.assocTypeLifetime(ty.span, tcx.file.text.slice(ty.span.lo, ty.span.hi), r.name === "'static" ? null : r.name, decl?.span ?? null));
    return;
  }
}

/**
 * The outlives relations a local ADT's well-formedness implies between the lifetimes written as
 * its arguments (rustc's inferred outlives: `&'x T` in a field makes `T`'s lifetimes outlive `'x`,
 * plus its written bounds); null when that cannot be read off its fields here.
 */
function adtOutlives(tcx: Tcx, impl: DefId, t: TypeExpr & { kind: 'path' }): [string, string][] | null {
  const ty = tcx.lowerTy({ ...tcx.lowerEnvFor(impl), report: false }, t);
  if (ty.kind !== 'adt' || tcx.info(ty.def).std) return null;
  const node = tcx.info(ty.def).node;
  if (node.kind !== 'item') return null;
  const a = node.item;
  if (a.kind !== 'struct' && a.kind !== 'enum' && a.kind !== 'union') return null;
  const seg = t.path.segments[t.path.segments.length - 1]!;
  const written = seg.args?.kind === 'angle' ? seg.args.args.flatMap((x) => (x.kind === 'lifetime' ? [x.lifetime.name] : [])) : [];
  const params = a.generics.params.flatMap((p) => (p.kind === 'lifetime' ? [p.lifetime.name] : []));
  if (written.length !== params.length) return null;
  const rename = new Map(params.map((p, i) => [p, written[i]!]));
  const pairs: [string, string][] = outlivesOf(a.generics);
  const fields = a.kind === 'struct' ? (a.data.kind === 'unit' ? [] : a.data.fields) : a.kind === 'union' ? a.fields : a.variants.flatMap((v) => (v.data.kind === 'unit' ? [] : v.data.fields));
  let opaque = false;
  const walk = (f: TypeExpr): void => {
    while (f.kind === 'paren') f = f.inner;
    if (f.kind === 'ref') {
      const inner = new Set<string>();
      lifetimesIn(f.inner, inner, false);
      if (f.lifetime) for (const l of inner) pairs.push([l, f.lifetime.name]);
      walk(f.inner);
    } else if (f.kind === 'path') {
      const ls = new Set<string>();
      lifetimesIn(f, ls, false);
      if (ls.size > 1) opaque = true;
    } else if (f.kind === 'tuple') f.elems.forEach(walk);
    else if (f.kind === 'slice' || f.kind === 'array') walk(f.elem);
    else if (f.kind !== 'never' && f.kind !== 'infer') {
      const ls = new Set<string>();
      lifetimesIn(f, ls, false);
      if (ls.size > 1) opaque = true;
    }
  };
  fields.forEach((f) => walk(f.ty));
  if (opaque) return null;
  return pairs.flatMap(([x, y]) => {
    const rx = x === "'static" ? x : rename.get(x);
    const ry = y === "'static" ? y : rename.get(y);
    return rx !== undefined && ry !== undefined ? [[rx, ry] as [string, string]] : [];
  });
}
