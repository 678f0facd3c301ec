import type { GenericArg, GenericBound, Generics, Item, Lifetime, Path, TypeExpr } from '../syntax/ast.js';
import type { Span, SourceFile } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { msg } from './messages.js';

/**
 * E0309/E0310: a reference type `&'a T` is well-formed only if `T: 'a`, so a type parameter in
 * the referenced type must outlive the reference. rustc infers this for a struct's own named
 * lifetimes (RFC 2093) but never `T: 'static`, so a field of type `&'static T` needs a declared
 * bound; in a fn, trait method or impl method the parameter and return types imply their own
 * well-formedness, but a type written in a bound or where-clause implies nothing.
 *
 * Only types built of references, tuples, slices, arrays and plain paths are judged; a
 * projection, fn pointer, trait object or `impl Trait` in the referenced type is left alone, and
 * implied bounds are over-approximated (every parameter with every lifetime of a signature type),
 * so this never reports a program rustc accepts.
 */
export function checkOutlivesWf(items: readonly Item[], file: SourceFile, out: Diagnostic[]): void {
  const traits = new Map<string, Item & { kind: 'trait' }>();
  const collect = (is: readonly Item[]): void => {
    for (const it of is) {
      if (it.kind === 'trait') traits.set(it.name.name, it);
      else if (it.kind === 'mod' && it.items) collect(it.items);
    }
  };
  collect(items);
  const walk = (is: readonly Item[]): void => {
    for (const it of is) {
      switch (it.kind) {
        case 'struct': case 'union': case 'enum': {
          const fields = it.kind === 'struct' ? (it.data.kind === 'unit' ? [] : it.data.fields) : it.kind === 'union' ? it.fields : it.variants.flatMap((v) => (v.data.kind === 'unit' ? [] : v.data.fields));
          const env = newEnv(traits, [it.generics], false);
          for (const f of fields) staticRefs(f.ty, (r, inner) => reportRef(env, file, f.ty.span, r, "'static", inner, out));
          if (!fields.some((f) => namedOutsideObjects(f.ty).size > 1)) for (const f of fields) checkObjectBounds(traits, env, it.generics, f.ty, out);
          break;
        }
        case 'fn': checkFn(traits, file, [], it, [], false, out); break;
        case 'trait':
          for (const m of it.items) if (m.kind === 'fn') checkFn(traits, file, [it.generics], m, it.supertraits, true, out);
          break;
        case 'impl':
          for (const m of it.items) if (m.kind === 'fn') checkFn(traits, file, [it.generics], m, null, false, out, [it.selfTy, ...(it.trait ? [pathTy(it.trait, it.selfTy.span)] : [])]);
          break;
        case 'mod': if (it.items) walk(it.items); break;
        default: break;
      }
    }
  };
  walk(items);
}

/** What is known in an item's scope: its type parameters and the lifetimes each must outlive. */
interface Env {
  readonly params: Set<string>;
  readonly lifetimes: Set<string>;
  /** `'a: 'b` pairs. */
  readonly regionBounds: [string, string][];
  /** Parameter to the lifetimes it outlives (declared or implied); `*` means unknown (anything). */
  readonly outlives: Map<string, Set<string>>;
}

function newEnv(traits: ReadonlyMap<string, Item & { kind: 'trait' }>, scopes: readonly Generics[], hasSelf: boolean): Env {
  const env: Env = { params: new Set(), lifetimes: new Set(), regionBounds: [], outlives: new Map() };
  const add = (p: string, l: string): void => {
    const s = env.outlives.get(p) ?? new Set<string>();
    s.add(l);
    env.outlives.set(p, s);
  };
  if (hasSelf) env.params.add('Self');
  const bound = (p: string, b: GenericBound): void => {
    if (b.kind === 'lifetime') add(p, b.lifetime.name);
    else for (const l of traitOutlives(traits, b, new Set())) add(p, l);
  };
  for (const g of scopes) {
    for (const p of g.params) {
      if (p.kind === 'lifetime') { env.lifetimes.add(p.lifetime.name); for (const b of p.bounds) env.regionBounds.push([p.lifetime.name, b.name]); }
      else if (p.kind === 'type') { env.params.add(p.name.name); for (const b of p.bounds) bound(p.name.name, b); }
    }
    for (const w of g.where) {
      if (w.kind === 'region') for (const b of w.bounds) env.regionBounds.push([w.lifetime.name, b.name]);
      else {
        const p = paramName(w.ty, env.params);
        if (p !== null) w.bounds.forEach((b) => bound(p, b));
        else for (const q of paramsIn(w.ty, env.params) ?? env.params) add(q, '*');
      }
    }
  }
  return env;
}

/** Lifetimes a trait bound makes its subject outlive, through user supertraits; `*` if unknown. */
function traitOutlives(traits: ReadonlyMap<string, Item & { kind: 'trait' }>, b: GenericBound & { kind: 'trait' }, seen: Set<string>): string[] {
  const segs = b.path.segments;
  const name = segs[segs.length - 1]?.ident.name ?? '';
  if (name === 'Any') return ["'static"];
  const t = traits.get(name);
  if (!t) return segs.length === 1 ? [] : ['*'];
  if (seen.has(name)) return [];
  seen.add(name);
  const res: string[] = [];
  for (const s of t.supertraits) {
    if (s.kind === 'lifetime') res.push(s.lifetime.name === "'static" ? "'static" : '*');
    else res.push(...traitOutlives(traits, s, seen));
  }
  for (const w of t.generics.where) if (w.kind === 'bound' && w.ty.kind === 'path' && w.ty.path.segments.length === 1 && w.ty.path.segments[0]?.ident.name === 'Self') res.push('*');
  return res;
}

function checkFn(traits: ReadonlyMap<string, Item & { kind: 'trait' }>, file: SourceFile, parents: readonly Generics[], f: Item, supertraits: readonly GenericBound[] | null, inTrait: boolean, out: Diagnostic[], header: readonly TypeExpr[] = []): void {
  if (f.kind !== 'fn') return;
  const env = newEnv(traits, [...parents, f.generics], inTrait);
  if (supertraits) for (const b of supertraits) {
    const s = env.outlives.get('Self') ?? new Set<string>();
    if (b.kind === 'lifetime') s.add(b.lifetime.name);
    else for (const l of traitOutlives(traits, b, new Set())) s.add(l);
    env.outlives.set('Self', s);
  }
  // Signature types (and an impl's header) imply their own well-formedness.
  const sigTys: TypeExpr[] = [...header, ...f.sig.params.map((p) => p.ty)];
  if (f.sig.selfParam?.kind === 'typed') sigTys.push(f.sig.selfParam.ty);
  else if (f.sig.selfParam) for (const l of env.lifetimes) implied(env, 'Self', l);
  if (f.sig.ret) sigTys.push(f.sig.ret);
  for (const t of sigTys) {
    const ps = paramsIn(t, env.params) ?? env.params;
    const ls = lifetimesIn(t);
    for (const p of ps) for (const l of ls) implied(env, p, l);
  }
  const declOf = (name: string): Span | null => {
    for (const g of [...parents, f.generics]) for (const p of g.params) if (p.kind === 'lifetime' && p.lifetime.name === name) return p.lifetime.span;
    return null;
  };
  const inBound = (b: GenericBound): void => {
    if (b.kind !== 'trait') return;
    const bound = new Set(b.forLifetimes.map((l) => l.name));
    boundRefs({ kind: 'path', id: -1, qself: null, path: b.path, span: b.span }, (r, region, inner) => {
      if (bound.has(region) || (region !== "'static" && !env.lifetimes.has(region))) return;
      reportRef(env, file, b.span, r, region, inner, out, declOf(region));
    });
  };
  for (const g of [f.generics]) {
    for (const p of g.params) if (p.kind === 'type') p.bounds.forEach(inBound);
    for (const w of g.where) if (w.kind === 'bound' && w.forLifetimes.length === 0) w.bounds.forEach(inBound);
  }
}

function implied(env: Env, p: string, l: string): void {
  const s = env.outlives.get(p) ?? new Set<string>();
  s.add(l);
  env.outlives.set(p, s);
}

/** Reports each parameter of `inner` not known to outlive `region`. */
function reportRef(env: Env, file: SourceFile, span: Span, r: TypeExpr, region: string, inner: TypeExpr, out: Diagnostic[], decl: Span | null = null): void {
  const ps = paramsIn(inner, env.params);
  if (ps === null) return;
  for (const p of ps) {
    if (outlives(env, p, region)) continue;
    out.push(msg.paramMayNotLiveLongEnough(span, p, region, file.text.slice(r.span.lo, r.span.hi), decl));
  }
}

function outlives(env: Env, p: string, region: string): boolean {
  const ls = env.outlives.get(p);
  if (!ls) return false;
  if (ls.has('*') || ls.has("'static") || ls.has(region)) return true;
  if (region === "'static") return false;
  // A bound `'b` with `'b: 'region` (transitively) also does.
  const reach = (from: string, seen: Set<string>): boolean => {
    if (from === region) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return env.regionBounds.some(([x, y]) => x === from && (y === "'static" || reach(y, seen)));
  };
  for (const l of ls) if (!env.lifetimes.has(l) && l !== "'static") return true;
  return [...ls].some((l) => reach(l, new Set()));
}

/** The parameter a plain one-segment path names. */
function paramName(t: TypeExpr, params: ReadonlySet<string>): string | null {
  if (t.kind !== 'path' || t.qself || t.path.segments.length !== 1) return null;
  const s = t.path.segments[0];
  return s && !s.args && params.has(s.ident.name) ? s.ident.name : null;
}

/** The parameters in a type, or null if it holds something not judged (projection, fn, dyn, …). */
function paramsIn(t: TypeExpr, params: ReadonlySet<string>): Set<string> | null {
  const into = new Set<string>();
  const go = (x: TypeExpr): boolean => {
    switch (x.kind) {
      case 'ref': case 'paren': case 'ptr': return go(x.inner);
      case 'slice': case 'array': return go(x.elem);
      case 'tuple': return x.elems.every(go);
      case 'never': return true;
      case 'path': {
        if (x.qself) return false;
        const p = paramName(x, params);
        if (p !== null) { into.add(p); return true; }
        const first = x.path.segments[0]?.ident.name ?? '';
        if (params.has(first)) return false; // `T::Assoc`
        for (const s of x.path.segments) {
          if (!s.args) continue;
          if (s.args.kind !== 'angle') return false;
          for (const a of s.args.args) {
            if (a.kind === 'type') { if (!go(a.ty)) return false; }
            else if (a.kind !== 'lifetime' && a.kind !== 'const') return false;
          }
        }
        return true;
      }
      case 'fn': case 'implTrait': case 'dynTrait': case 'macro': case 'infer': case 'err': return false;
      default: return false;
    }
  };
  return go(t) ? into : null;
}

/** Every lifetime named in a type (`*` for one elided or otherwise unknown). */
function lifetimesIn(t: TypeExpr): Set<string> {
  const into = new Set<string>();
  const lt = (l: Lifetime | null): void => { into.add(l ? l.name : '*'); };
  const go = (x: TypeExpr): void => {
    switch (x.kind) {
      case 'ref': lt(x.lifetime); go(x.inner); return;
      case 'paren': case 'ptr': go(x.inner); return;
      case 'slice': case 'array': go(x.elem); return;
      case 'tuple': x.elems.forEach(go); return;
      case 'path':
        if (x.qself) go(x.qself.ty);
        for (const s of x.path.segments) {
          if (s.args?.kind === 'angle') for (const a of s.args.args) { if (a.kind === 'lifetime') lt(a.lifetime); else if (a.kind === 'type') go(a.ty); else into.add('*'); }
          else if (s.args) into.add('*');
        }
        return;
      default: into.add('*'); return;
    }
  };
  go(t);
  return into;
}

/** Each `&'static T` in a field type, outside fn pointers, trait objects and `impl Trait`. */
function staticRefs(t: TypeExpr, f: (r: TypeExpr, inner: TypeExpr) => void): void {
  boundRefs(t, (r, region, inner) => { if (region === "'static") f(r, inner); });
}

/** Each reference with a written lifetime in a type, outside fn pointers, trait objects, `impl Trait` and `Fn(..)` sugar. */
function boundRefs(t: TypeExpr, f: (r: TypeExpr, region: string, inner: TypeExpr) => void): void {
  switch (t.kind) {
    case 'ref': if (t.lifetime) f(t, t.lifetime.name, t.inner); boundRefs(t.inner, f); return;
    case 'paren': case 'ptr': boundRefs(t.inner, f); return;
    case 'slice': case 'array': boundRefs(t.elem, f); return;
    case 'tuple': t.elems.forEach((e) => boundRefs(e, f)); return;
    case 'path':
      if (t.qself) return;
      for (const s of t.path.segments) if (s.args?.kind === 'angle') for (const a of s.args.args) if (a.kind === 'type') boundRefs(a.ty, f);
      return;
    default: return;
  }
}

function pathTy(path: Path, span: Span): TypeExpr {
  return { kind: 'path', id: -1, qself: null, path, span };
}

/**
 * E0478: a trait object `dyn Trait<'x> + 'r` in a field is well-formed only if `'r` outlives the
 * lifetimes the trait's supertraits make `Self` outlive (`trait Trait<'t>: 't`). Only declared
 * bounds count; the caller skips a type whose other fields could imply lifetime relations.
 */
function checkObjectBounds(traits: ReadonlyMap<string, Item & { kind: 'trait' }>, env: Env, g: Generics, t: TypeExpr, out: Diagnostic[]): void {
  const decl = (l: string): Span | null => {
    for (const p of g.params) if (p.kind === 'lifetime' && p.lifetime.name === l) return p.lifetime.span;
    return null;
  };
  let reported = false;
  const go = (x: TypeExpr): void => {
    switch (x.kind) {
      case 'ref': case 'paren': case 'ptr': go(x.inner); return;
      case 'slice': case 'array': go(x.elem); return;
      case 'tuple': x.elems.forEach(go); return;
      case 'path':
        if (x.qself) return;
        for (const s of x.path.segments) if (s.args?.kind === 'angle') for (const a of s.args.args) if (a.kind === 'type') go(a.ty);
        return;
      case 'dynTrait': {
        const region = x.bounds.flatMap((b) => (b.kind === 'lifetime' ? [b.lifetime.name] : []));
        // With several lifetime bounds (E0226) the first one is the object's, as rustc lowers it.
        const r = region[0];
        if (r === undefined || r === "'static" || !env.lifetimes.has(r)) return;
        for (const b of x.bounds) {
          if (b.kind !== 'trait' || b.forLifetimes.length > 0) continue;
          const needs = superRegions(traits, b.path, new Set());
          if (needs === null) continue;
          for (const n of needs) {
            if (reported || n === r || (n !== "'static" && !env.lifetimes.has(n)) || regionOutlives(env, r, n)) continue;
            reported = true;
            out.push(msg.objectBoundTooShort(t.span, r, decl(r), n, decl(n)));
          }
        }
        return;
      }
      default: return;
    }
  };
  go(t);
}

function regionOutlives(env: Env, a: string, b: string, seen: Set<string> = new Set()): boolean {
  if (a === b || a === "'static") return true;
  if (seen.has(a)) return false;
  seen.add(a);
  return env.regionBounds.some(([x, y]) => x === a && regionOutlives(env, y, b, seen));
}

/**
 * The lifetimes (in the caller's names) a user trait path's supertraits make `Self` outlive, or
 * null when that cannot be told (a std trait, an elided or unmapped lifetime).
 */
function superRegions(traits: ReadonlyMap<string, Item & { kind: 'trait' }>, path: Path, seen: Set<string>): string[] | null {
  const segs = path.segments;
  const last = segs[segs.length - 1];
  if (!last || segs.length !== 1) return null;
  const t = traits.get(last.ident.name);
  if (!t) return null;
  if (seen.has(t.name.name)) return [];
  seen.add(t.name.name);
  const own = t.generics.params.flatMap((p) => (p.kind === 'lifetime' ? [p.lifetime.name] : []));
  const args = last.args?.kind === 'angle' ? last.args.args.flatMap((a) => (a.kind === 'lifetime' ? [a.lifetime.name] : [])) : [];
  if (args.length !== own.length) return null;
  const map = (l: string): string | null => (l === "'static" ? l : (() => { const i = own.indexOf(l); return i < 0 ? null : args[i] ?? null; })());
  if (t.generics.where.some((w) => w.kind === 'bound')) return null;
  const res: string[] = [];
  for (const s of t.supertraits) {
    if (s.kind === 'lifetime') {
      const m = map(s.lifetime.name);
      if (m === null) return null;
      res.push(m);
      continue;
    }
    const lastS = s.path.segments[s.path.segments.length - 1];
    if (s.path.segments.length !== 1 || !traits.has(lastS?.ident.name ?? '')) continue; // a std supertrait adds no lifetime
    const sArgs = lastS?.args?.kind === 'angle' ? lastS.args.args : [];
    const mappedArgs: string[] = [];
    for (const a of sArgs) {
      if (a.kind !== 'lifetime') continue;
      const m = map(a.lifetime.name);
      if (m === null) return null;
      mappedArgs.push(m);
    }
    const sub = superRegionsMapped(traits, s.path, mappedArgs, seen);
    if (sub === null) return null;
    res.push(...sub);
  }
  return res;
}

function superRegionsMapped(traits: ReadonlyMap<string, Item & { kind: 'trait' }>, path: Path, lifetimes: readonly string[], seen: Set<string>): string[] | null {
  const last = path.segments[path.segments.length - 1];
  if (!last) return null;
  const args = lifetimes.map((l): GenericArg => ({ kind: 'lifetime', lifetime: { name: l, span: last.ident.span } }));
  const rebuilt: Path = { ...path, segments: [{ ...last, args: { kind: 'angle', args, span: last.ident.span } }] };
  return superRegions(traits, rebuilt, seen);
}

/** Named lifetimes in a type outside trait objects (where they imply no relation). */
function namedOutsideObjects(t: TypeExpr): Set<string> {
  const into = new Set<string>();
  const go = (x: TypeExpr): void => {
    switch (x.kind) {
      case 'ref': if (x.lifetime) into.add(x.lifetime.name); go(x.inner); return;
      case 'paren': case 'ptr': go(x.inner); return;
      case 'slice': case 'array': go(x.elem); return;
      case 'tuple': x.elems.forEach(go); return;
      case 'path':
        if (x.qself) { into.add('?1'); into.add('?2'); return; }
        for (const s of x.path.segments) {
          if (s.args?.kind === 'angle') for (const a of s.args.args) { if (a.kind === 'lifetime') into.add(a.lifetime.name); else if (a.kind === 'type') go(a.ty); }
          else if (s.args) { into.add('?1'); into.add('?2'); }
        }
        return;
      case 'dynTrait': return;
      default: into.add('?1'); into.add('?2'); return;
    }
  };
  go(t);
  return into;
}
