import type { NodeId, Pat } from '../../syntax/ast.js';
import { assertNever } from '../../util/assert.js';
import { type Builder, Unsupported } from './builder.js';

/**
 * Or-patterns that bind variables (`Ok(x) | Err(x)`): rustc matches each alternative as its own
 * candidate, binds that alternative's variables into the same locals, and joins at the arm body.
 * Here the pattern is expanded into its or-free alternatives (copies that keep every node id, so
 * type tables still apply); or-patterns without bindings stay and are tested in place, unless
 * `all` (an arm with a guard, which runs once per alternative).
 */
const MAX_ALTERNATIVES = 64;

export function expandOrPatterns(b: Builder, pat: Pat, all = false): Pat[] {
  const out = expand(b, pat, all);
  if (out.length > MAX_ALTERNATIVES) throw new Unsupported(pat.span, 'or-pattern with too many alternatives');
  return out;
}

function product(b: Builder, pats: readonly Pat[], all: boolean): Pat[][] {
  let acc: Pat[][] = [[]];
  for (const p of pats) {
    const alts = expand(b, p, all);
    if (alts.length === 1) { for (const a of acc) a.push(alts[0]!); continue; }
    const next: Pat[][] = [];
    for (const a of acc) for (const x of alts) next.push([...a, x]);
    if (next.length > MAX_ALTERNATIVES) throw new Unsupported(p.span, 'or-pattern with too many alternatives');
    acc = next;
  }
  return acc;
}

function expand(b: Builder, pat: Pat, all: boolean): Pat[] {
  switch (pat.kind) {
    case 'ident':
      if (pat.sub === null) return [pat];
      return expand(b, pat.sub, all).map((sub) => (sub === pat.sub ? pat : { ...pat, sub }));
    case 'tuple': case 'tupleStruct': case 'slice': {
      const elems = product(b, pat.elems, all);
      return elems.length === 1 ? [pat] : elems.map((es) => ({ ...pat, elems: es }));
    }
    case 'struct': {
      const pats = product(b, pat.fields.map((f) => f.pat), all);
      return pats.length === 1 ? [pat] : pats.map((ps) => ({ ...pat, fields: pat.fields.map((f, i) => ({ ...f, pat: ps[i]! })) }));
    }
    case 'ref': case 'box': case 'paren': {
      const inner = expand(b, pat.inner, all);
      return inner.length === 1 ? [pat] : inner.map((x) => ({ ...pat, inner: x }));
    }
    case 'or':
      if (!all && !bindsAny(b, pat)) return [pat];
      return pat.alts.flatMap((a) => expand(b, a, all));
    case 'wild': case 'rest': case 'lit': case 'range': case 'path': case 'macro': case 'err':
      return [pat];
    default: return assertNever(pat);
  }
}

function bindsAny(b: Builder, pat: Pat): boolean {
  let found = false;
  forEachBinding(b, pat, () => { found = true; }, true);
  return found;
}

/**
 * Every binding of a pattern. `allAlternatives`: in every alternative of an or-pattern, else only
 * the first (all alternatives bind the same names).
 */
export function forEachBinding(b: Builder, pat: Pat, f: (p: Pat & { kind: 'ident' }) => void, allAlternatives: boolean): void {
  const walk = (p: Pat): void => {
    switch (p.kind) {
      case 'ident': {
        const r = b.types.resolutions[p.id];
        if (r === undefined || r.kind === 'local') f(p);
        if (p.sub !== null) walk(p.sub);
        return;
      }
      case 'tuple': case 'tupleStruct': case 'slice': for (const q of p.elems) walk(q); return;
      case 'struct': for (const fp of p.fields) walk(fp.pat); return;
      case 'ref': case 'box': case 'paren': walk(p.inner); return;
      case 'or': for (const a of allAlternatives ? p.alts : p.alts.slice(0, 1)) walk(a); return;
      case 'wild': case 'rest': case 'lit': case 'range': case 'path': case 'macro': case 'err': return;
      default: return assertNever(p);
    }
  };
  walk(pat);
}

/**
 * Maps the bindings of later alternatives to the first alternative's (by name): uses in the arm
 * body resolve to the first alternative's bindings, whose locals every alternative assigns.
 */
export function aliasOrBindings(b: Builder, pat: Pat, canonical: ReadonlyMap<string, NodeId>): void {
  forEachBinding(b, pat, (p) => {
    const c = canonical.get(p.name.name);
    if (c !== undefined && c !== p.id) b.bindingAlias.set(p.id, c);
  }, true);
}
