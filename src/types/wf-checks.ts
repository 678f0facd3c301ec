import type { GenericBound, Item, TypeExpr } from '../syntax/ast.js';
import type { SourceFile } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { msg } from './messages.js';

type FnItem = Item & { kind: 'fn' };

/**
 * E0491: a reference type written in a free fn's bounds (`F: FnOnce(&'a &'b T)`) must be
 * well-formed: the referenced data's named lifetimes must outlive the reference's. Bounds imply
 * nothing, so this must follow from the fn's own `'x: 'y` bounds or from its parameter and return
 * types (`&'x T` makes `T`'s lifetimes outlive `'x`). Lifetimes bound inside the bound (`for<'r>`,
 * elided ones) are not judged; types naming an ADT with several lifetimes relate them all.
 */
export function checkFnBoundsWf(f: FnItem, file: SourceFile, out: Diagnostic[]): void {
  const own = new Set(f.generics.params.flatMap((p) => (p.kind === 'lifetime' ? [p.lifetime.name] : [])));
  if (own.size < 2) return;
  const known: [string, string][] = [];
  const related: Set<string>[] = [];
  for (const p of f.generics.params) if (p.kind === 'lifetime') for (const b of p.bounds) known.push([p.lifetime.name, b.name]);
  for (const w of f.generics.where) if (w.kind === 'region') for (const b of w.bounds) known.push([w.lifetime.name, b.name]);
  const implied = (t: TypeExpr): void => {
    switch (t.kind) {
      case 'ref': {
        const inner = new Set<string>();
        names(t.inner, inner);
        if (t.lifetime) for (const l of inner) known.push([l, t.lifetime.name]);
        implied(t.inner);
        return;
      }
      case 'paren': case 'ptr': implied(t.inner); return;
      case 'tuple': t.elems.forEach(implied); return;
      case 'slice': case 'array': implied(t.elem); return;
      case 'path': case 'dynTrait': case 'implTrait': {
        const ls = new Set<string>();
        names(t, ls);
        if (ls.size > 1) related.push(ls);
        return;
      }
      default: return;
    }
  };
  const sp = f.sig.selfParam;
  if (sp?.kind === 'typed') implied(sp.ty);
  f.sig.params.forEach((p) => implied(p.ty));
  if (f.sig.ret) implied(f.sig.ret);
  const holds = (a: string, b: string, seen: Set<string> = new Set()): boolean => {
    if (a === b || a === "'static" || !own.has(a) || !own.has(b)) return true;
    if (related.some((r) => r.has(a) && r.has(b))) return true;
    if (seen.has(a)) return false;
    seen.add(a);
    return known.some(([x, y]) => x === a && holds(y, b, seen));
  };
  const reported = new Set<number>();
  const inBound = (b: GenericBound): void => {
    if (b.kind !== 'trait') return;
    const bound = new Set(b.forLifetimes.map((l) => l.name));
    const check = (t: TypeExpr): void => {
      switch (t.kind) {
        case 'ref': {
          const inner = new Set<string>();
          names(t.inner, inner);
          const outer = t.lifetime?.name;
          if (outer !== undefined && !bound.has(outer)) {
            for (const l of inner) {
              if (bound.has(l) || holds(l, outer) || reported.has(b.span.lo)) continue;
              reported.add(b.span.lo);
              out.push(msg.refOutlivesData(b.span, file.text.slice(t.span.lo, t.span.hi), outer, l));
            }
          }
          check(t.inner);
          return;
        }
        case 'paren': case 'ptr': check(t.inner); return;
        case 'tuple': t.elems.forEach(check); return;
        case 'slice': case 'array': check(t.elem); return;
        case 'path':
          for (const s of t.path.segments) {
            if (s.args?.kind === 'paren') { s.args.inputs.forEach(check); if (s.args.output) check(s.args.output); }
            else if (s.args?.kind === 'angle') for (const a of s.args.args) if (a.kind === 'type') check(a.ty);
          }
          return;
        default: return;
      }
    };
    check({ kind: 'path', id: -1, qself: null, path: b.path, span: b.span });
  };
  for (const p of f.generics.params) if (p.kind === 'type') p.bounds.forEach(inBound);
  for (const w of f.generics.where) if (w.kind === 'bound' && w.forLifetimes.length === 0) w.bounds.forEach(inBound);
}

/** Named lifetimes written in a type. */
function names(t: TypeExpr, into: Set<string>): void {
  switch (t.kind) {
    case 'ref': if (t.lifetime) into.add(t.lifetime.name); names(t.inner, into); return;
    case 'paren': case 'ptr': names(t.inner, into); return;
    case 'tuple': t.elems.forEach((e) => names(e, into)); return;
    case 'slice': case 'array': names(t.elem, into); return;
    case 'path':
      if (t.qself) names(t.qself.ty, into);
      for (const s of t.path.segments) {
        if (s.args?.kind === 'angle') for (const a of s.args.args) { if (a.kind === 'lifetime') into.add(a.lifetime.name); else if (a.kind === 'type') names(a.ty, into); }
        else if (s.args?.kind === 'paren') { s.args.inputs.forEach((x) => names(x, into)); if (s.args.output) names(s.args.output, into); }
      }
      return;
    case 'fn': t.inputs.forEach((x) => names(x, into)); if (t.output) names(t.output, into); return;
    case 'implTrait': case 'dynTrait':
      for (const b of t.bounds) {
        if (b.kind === 'lifetime') into.add(b.lifetime.name);
        else names({ kind: 'path', id: -1, qself: null, path: b.path, span: b.span }, into);
      }
      return;
    default: return;
  }
}
