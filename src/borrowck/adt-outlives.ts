import type { TypeContext } from '../types/context.js';
import type { DefId, Region, Ty } from '../types/ty.js';

/**
 * Which of an ADT's lifetime parameters outlive which (rustc's explicit plus inferred outlives
 * predicates, restricted to lifetimes): `[i, j]` means region param i outlives region param j,
 * j = -1 being 'static. Inferred from the fields: in `&'a &'b T` or `&'a Foo<'b>`, 'b: 'a; a
 * nested ADT contributes its own, substituted. null when unknown (a std type, whose fields the
 * model may hide): callers then assume every pair related, erring towards accepting.
 */
export type AdtRegionOutlives = readonly (readonly [number, number])[] | null;

export function adtRegionOutlives(tcx: TypeContext, def: DefId, memo: Map<DefId, AdtRegionOutlives>): AdtRegionOutlives {
  const hit = memo.get(def);
  if (hit !== undefined) return hit;
  const adt = tcx.adt(def);
  if (adt.regionOutlives === undefined || tcx.defSpan(def) === null) { memo.set(def, null); return null; }
  const out: [number, number][] = [];
  // A recursive ADT sees what is known so far of itself.
  memo.set(def, out);
  const add = (i: number, j: number): void => { if (i !== j && !out.some(([a, b]) => a === i && b === j)) out.push([i, j]); };
  for (const [i, j] of adt.regionOutlives) add(i, j);
  const index = (r: Region): number | null => (r.kind === 'param' ? r.index : r.kind === 'static' ? -1 : null);
  const walk = (t: Ty, enclosing: readonly number[]): void => {
    const here = (r: Region): void => {
      const i = index(r);
      if (i === null || i < 0) return;
      for (const e of enclosing) add(i, e);
    };
    switch (t.kind) {
      case 'ref': {
        here(t.region);
        const r = index(t.region);
        walk(t.inner, r === null ? enclosing : [...enclosing, r]);
        return;
      }
      case 'adt': {
        t.args.regions.forEach(here);
        const nested = adtRegionOutlives(tcx, t.def, memo);
        const rs = t.args.regions.map(index);
        if (nested === null) {
          // Unknown: the nested type's lifetimes may be related any way; assume they are.
          for (const a of rs) for (const b of rs) if (a !== null && b !== null && a >= 0) add(a, b);
        } else {
          for (const [i, j] of nested) {
            const a = rs[i] ?? null;
            const b = j < 0 ? -1 : rs[j] ?? null;
            if (a !== null && a >= 0 && b !== null) add(a, b);
          }
        }
        // Lenient: what the type arguments hold is taken to outlive the nested ADT's lifetimes.
        const inner = [...enclosing, ...rs.filter((x): x is number => x !== null && x >= 0)];
        for (const x of t.args.types) walk(x, inner);
        return;
      }
      case 'dyn':
        here(t.region);
        t.principal?.args.regions.forEach(here);
        return;
      case 'tuple': for (const x of t.elems) walk(x, enclosing); return;
      case 'array': case 'slice': walk(t.elem, enclosing); return;
      case 'ptr': walk(t.inner, enclosing); return;
      default: return;
    }
  };
  for (const v of adt.variants) for (const f of v.fields) walk(f.ty, []);
  // Transitive closure, so a caller needs no search.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [a, b] of [...out]) for (const [c, d] of [...out]) if (b === c && b >= 0 && a !== d && !out.some(([x, y]) => x === a && y === d)) { out.push([a, d]); changed = true; }
  }
  return out;
}
