import type { GenericBound, Generics, Item, Lifetime, TypeExpr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import type { DefId, Region, Ty } from './ty.js';
import type { ImplInfo, Tcx } from './tcx.js';
import { msg } from './messages.js';

/**
 * E0803: normalising `<X as Trait<'r..>>::Name` written in a fn's signature (a parameter, the
 * return type, a where-clause) selects the user impl that matches it; the impl's lifetimes become
 * the signature's, and the impl's own `'x: 'y` bounds must then follow from the fn's. rustc's
 * lexical region resolution reports one that does not as "cannot infer an appropriate lifetime
 * ... due to conflicting requirements". Only an impl that matches the written projection alone
 * (one candidate, lifetimes matched structurally) is judged.
 */
export function checkProjectionImplBounds(tcx: Tcx, def: DefId, f: Item & { kind: 'fn' }, out: Diagnostic[]): void {
  const sig = tcx.fnSig(def);
  const env = { ...tcx.lowerEnvFor(def), report: false, elided: (): Region => ({ kind: 'erased' }) };
  const known = knownOutlives(tcx, sig.outlives, [...sig.sig.inputs, sig.sig.output]);
  const names = regionNames(tcx, def);
  /** `param`: the projection is (in) the type of this parameter, where rustc reports a lifetime mismatch (E0623) instead. */
  const judge = (te: TypeExpr, span: Span, param: { name: string; ty: TypeExpr } | null = null): void => {
    const p = tcx.lowerTy(env, te);
    if (p.kind !== 'projection') return;
    const req = implRequirements(tcx, p);
    if (req === null) return;
    for (const [sup, sub, implName] of req.bounds) {
      if (holds(known, sup, sub)) continue;
      const supName = regionName(sup, names);
      const subName = regionName(sub, names);
      if (supName === null || subName === null) return;
      if (param !== null) {
        const self = te.kind === 'path' && te.qself !== null ? te.qself.ty.span : te.span;
        out.push(msg.lifetimeMismatchInParam(span, self, param.name));
        return;
      }
      const traitText = tcx.defPath(p.trait.trait);
      const shown = (rs: readonly string[]): string => (rs.length === 0 ? traitText : `${traitText}<${rs.join(', ')}>`);
      const written = p.trait.args.regions.map((r) => regionName(r, names) ?? "'_");
      out.push(msg.conflictingRegionRequirements(span, implName, { name: supName, span: declSpan(f, supName) }, { name: subName, span: declSpan(f, subName) }, shown(written), shown(written.map(() => "'_"))));
      return;
    }
  };
  const visit = (te: TypeExpr, param: { name: string; ty: TypeExpr } | null = null): void => {
    forEachQualifiedPath(te, (q) => judge(q, q.span, param));
  };
  for (const p of f.sig.params) visit(p.ty, { name: p.pat.kind === 'ident' ? p.pat.name.name : '_', ty: p.ty });
  if (f.sig.ret !== null) visit(f.sig.ret);
  for (const w of f.generics.where) {
    if (w.kind !== 'bound' || w.forLifetimes.length > 0) continue;
    if (w.ty.kind === 'path' && w.ty.qself !== null) {
      // rustc points at the bound whose obligation normalises the projection.
      const first = w.bounds.find((b): b is GenericBound & { kind: 'trait' } => b.kind === 'trait');
      judge(w.ty, first?.span ?? w.ty.span);
    } else visit(w.ty);
  }
}

/** The qualified paths (`<X as Trait>::Name`) inside a written type, outermost first. */
function forEachQualifiedPath(t: TypeExpr, f: (q: TypeExpr & { kind: 'path' }) => void): void {
  switch (t.kind) {
    case 'path':
      if (t.qself !== null) { f(t); return; }
      for (const s of t.path.segments) for (const a of s.args?.kind === 'angle' ? s.args.args : []) if (a.kind === 'type') forEachQualifiedPath(a.ty, f);
      return;
    case 'ref': case 'ptr': case 'slice': case 'paren': forEachQualifiedPath('inner' in t ? t.inner : t.elem, f); return;
    case 'array': forEachQualifiedPath(t.elem, f); return;
    case 'tuple': t.elems.forEach((e) => forEachQualifiedPath(e, f)); return;
    default: return;
  }
}

type Known = ReadonlySet<string>;

function key(r: Region): string {
  return r.kind === 'param' ? `p${r.index}` : r.kind;
}

/**
 * The fn's declared `'a: 'b` and those its argument types imply (`&'a &'b T`: 'b: 'a; an ADT's
 * declared bounds between its lifetime arguments), transitively closed.
 */
function knownOutlives(tcx: Tcx, declared: readonly (readonly [Region, Region])[], tys: readonly Ty[]): Known {
  const pairs: [string, string][] = declared.map(([a, b]) => [key(a), key(b)]);
  const implied = (t: Ty, enclosing: readonly Region[]): void => {
    const inside = (r: Region): void => { for (const e of enclosing) pairs.push([key(r), key(e)]); };
    switch (t.kind) {
      case 'ref': inside(t.region); implied(t.inner, [...enclosing, t.region]); return;
      case 'adt': {
        t.args.regions.forEach(inside);
        for (const [i, j] of tcx.adt(t.def).regionOutlives ?? []) {
          const a = t.args.regions[i], b = j === -1 ? { kind: 'static' as const } : t.args.regions[j];
          if (a !== undefined && b !== undefined) pairs.push([key(a), key(b)]);
        }
        t.args.types.forEach((x) => implied(x, enclosing));
        return;
      }
      case 'tuple': t.elems.forEach((x) => implied(x, enclosing)); return;
      case 'array': case 'slice': implied(t.elem, enclosing); return;
      case 'dyn': inside(t.region); return;
      default: return;
    }
  };
  tys.forEach((t) => implied(t, []));
  const set = new Set(pairs.map(([a, b]) => `${a}>${b}`));
  for (let changed = true; changed;) {
    changed = false;
    for (const x of [...set]) {
      const [a, b] = x.split('>') as [string, string];
      for (const y of [...set]) {
        const [c, d] = y.split('>') as [string, string];
        if (b === c && !set.has(`${a}>${d}`)) { set.add(`${a}>${d}`); changed = true; }
      }
    }
  }
  return set;
}

function holds(known: Known, sup: Region, sub: Region): boolean {
  if (sup.kind === 'static' || key(sup) === key(sub)) return true;
  if (sup.kind !== 'param' || (sub.kind !== 'param' && sub.kind !== 'static')) return true;
  return known.has(`${key(sup)}>${key(sub)}`) || known.has(`${key(sup)}>static`);
}

/** Names of the fn's lifetime parameters by index. */
function regionNames(tcx: Tcx, def: DefId): readonly string[] {
  return tcx.fnSig(def).regionParams;
}

function regionName(r: Region, names: readonly string[]): string | null {
  if (r.kind === 'static') return "'static";
  if (r.kind !== 'param') return null;
  const n = names[r.index] ?? r.name;
  return n.startsWith("'_") ? null : n;
}

function declSpan(f: Item & { kind: 'fn' }, name: string): Span | null {
  const p = f.generics.params.find((x): x is Generics['params'][number] & { kind: 'lifetime' } => x.kind === 'lifetime' && x.lifetime.name === name);
  return p === undefined ? null : (p.lifetime as Lifetime).span;
}

/**
 * The single user impl that `p` selects, and its `'x: 'y` bounds in terms of the projection's
 * lifetimes (with the impl's name of the longer one); null when no single impl matches or a
 * lifetime of it cannot be read off the projection.
 */
export function implRequirements(tcx: Tcx, p: Ty & { kind: 'projection' }): { bounds: [Region, Region, string][] } | null {
  // With a type parameter in it, a where-clause may prove the projection instead of an impl
  // (rustc prefers the param env): not judged.
  if (mentionsParam(p)) return null;
  let found: { ii: ImplInfo; regions: (Region | null)[] } | null = null;
  for (const ii of tcx.traitImpls(p.trait.trait)) {
    if (ii.def === null || ii.negative || ii.trait === null) continue;
    const regions: (Region | null)[] = new Array<Region | null>(ii.regionParams).fill(null);
    const types = new Map<number, Ty>();
    const traitArgs = ii.trait.args.types.slice(1);
    const written = p.trait.args.types.length === ii.trait.args.types.length ? p.trait.args.types.slice(1) : p.trait.args.types;
    let ok = match(ii.selfTy, p.self, regions, types) && ii.trait.args.regions.length === p.trait.args.regions.length;
    if (ok) ii.trait.args.regions.forEach((r, i) => { if (ok && !matchRegion(r, p.trait.args.regions[i]!, regions)) ok = false; });
    if (ok) traitArgs.forEach((t, i) => { if (ok && (written[i] === undefined || !match(t, written[i]!, regions, types))) ok = false; });
    if (!ok) continue;
    if (found !== null) return null;
    found = { ii, regions };
  }
  if (found === null || found.ii.def === null || tcx.info(found.ii.def).std) return null;
  const node = tcx.info(found.ii.def).node;
  if (node.kind !== 'item' || node.item.kind !== 'impl') return null;
  const g = node.item.generics;
  const own = tcx.generics(found.ii.def).regions;
  const at = (name: string): Region | null | undefined => (name === "'static" ? { kind: 'static' } : found!.regions[own.indexOf(name)]);
  const bounds: [Region, Region, string][] = [];
  const add = (sup: string, sub: string): boolean => {
    const a = at(sup), b = at(sub);
    if (a === undefined || b === undefined || a === null || b === null) return false;
    bounds.push([a, b, sup]);
    return true;
  };
  for (const prm of g.params) if (prm.kind === 'lifetime') for (const b of prm.bounds) if (!add(prm.lifetime.name, b.name)) return null;
  for (const w of g.where) if (w.kind === 'region') for (const b of w.bounds) if (!add(w.lifetime.name, b.name)) return null;
  return { bounds };
}

function matchRegion(pattern: Region, actual: Region, regions: (Region | null)[]): boolean {
  if (pattern.kind === 'param') {
    const prev = regions[pattern.index];
    if (prev === undefined) return false;
    if (prev !== null && key(prev) !== key(actual)) return false;
    regions[pattern.index] = actual;
    return true;
  }
  if (pattern.kind === 'static') return actual.kind === 'static';
  return false;
}

/** Structural match of an impl's type (its parameters as holes) against a written one. */
function match(pattern: Ty, actual: Ty, regions: (Region | null)[], types: Map<number, Ty>): boolean {
  switch (pattern.kind) {
    case 'param': {
      const prev = types.get(pattern.index);
      if (prev !== undefined) return JSON.stringify(prev) === JSON.stringify(actual);
      types.set(pattern.index, actual);
      return true;
    }
    case 'ref': return actual.kind === 'ref' && actual.mut === pattern.mut && matchRegion(pattern.region, actual.region, regions) && match(pattern.inner, actual.inner, regions, types);
    case 'adt':
      return actual.kind === 'adt' && actual.def === pattern.def && pattern.args.regions.length === actual.args.regions.length
        && pattern.args.regions.every((r, i) => matchRegion(r, actual.args.regions[i]!, regions))
        && pattern.args.types.every((t, i) => actual.args.types[i] !== undefined && match(t, actual.args.types[i]!, regions, types));
    case 'tuple': return actual.kind === 'tuple' && actual.elems.length === pattern.elems.length && pattern.elems.every((t, i) => match(t, actual.elems[i]!, regions, types));
    case 'slice': return actual.kind === 'slice' && match(pattern.elem, actual.elem, regions, types);
    case 'bool': case 'char': case 'str': case 'never': return actual.kind === pattern.kind;
    case 'int': return actual.kind === 'int' && actual.int === pattern.int;
    case 'float': return actual.kind === 'float' && actual.float === pattern.float;
    default: return false;
  }
}

function mentionsParam(t: Ty): boolean {
  switch (t.kind) {
    case 'param': case 'infer': case 'error': case 'opaque': return true;
    case 'ref': case 'ptr': return mentionsParam(t.inner);
    case 'adt': case 'fnDef': return t.args.types.some(mentionsParam);
    case 'tuple': return t.elems.some(mentionsParam);
    case 'array': case 'slice': return mentionsParam(t.elem);
    case 'projection': return mentionsParam(t.self) || t.trait.args.types.some(mentionsParam);
    case 'dyn': return t.principal !== null && t.principal.args.types.some(mentionsParam);
    case 'fnPtr': return t.sig.inputs.some(mentionsParam) || mentionsParam(t.sig.output);
    case 'closure': return true;
    default: return false;
  }
}
