import type { TypeContext } from './context.js';
import type { DefId, Ty } from './ty.js';

/**
 * Variance of an ADT's lifetime and type parameters, inferred from its fields as rustc does
 * (covariant unless a parameter sits under `&mut`, `*mut`, a cell, or a fn argument). Std types
 * whose model hides their fields use a table.
 */
export type Variance = 'co' | 'inv' | 'contra' | 'bi';

export interface AdtVariances {
  readonly regions: readonly Variance[];
  readonly types: readonly Variance[];
}

const INVARIANT_LANG = new Set(['Cell', 'RefCell', 'UnsafeCell', 'Mutex', 'RwLock', 'OnceCell', 'AtomicPtr', 'MutexGuard', 'RwLockWriteGuard', 'RefMut']);

/**
 * Std types holding a unique borrow of their elements, by name and number of type parameters,
 * with their type parameters' variance in real std: a map entry is invariant in both (it holds
 * `&'a mut` the table), the mutable iterators in the item they hand out as `&mut` (std's hash-map
 * ones keep the key covariant through a `PhantomData<&'a K>`; btree's are invariant in it too,
 * read here as covariant so as never to reject what rustc accepts).
 */
const STD_MUT_BORROWERS = new Map<string, readonly Variance[]>([
  ['Entry/2', ['inv', 'inv']],
  ['IterMut/1', ['inv']],
  ['IterMut/2', ['co', 'inv']],
  ['ValuesMut/2', ['co', 'inv']],
  ['ChunksMut/1', ['inv']],
  ['PeekMut/1', ['inv']],
]);

export function xform(outer: Variance, inner: Variance): Variance {
  if (outer === 'co') return inner;
  if (outer === 'inv') return inner === 'bi' ? 'bi' : 'inv';
  if (outer === 'bi') return 'bi';
  // contra
  return inner === 'co' ? 'contra' : inner === 'contra' ? 'co' : inner;
}

function glb(a: Variance, b: Variance): Variance {
  if (a === b) return a;
  if (a === 'bi') return b;
  if (b === 'bi') return a;
  return 'inv';
}

export class VarianceCache {
  private readonly memo = new Map<DefId, AdtVariances>();
  constructor(private readonly tcx: TypeContext) {}

  of(def: DefId): AdtVariances {
    const m = this.memo.get(def);
    if (m !== undefined) return m;
    const adt = this.tcx.adt(def);
    const regions: Variance[] = adt.regionParams.map(() => 'bi');
    const types: Variance[] = adt.typeParams.map(() => 'bi');
    const result: AdtVariances = { regions, types };
    // Std-model types: their modelled fields need not reflect the real variance (raw pointers
    // where std uses NonNull), so a table decides: cells are invariant, the rest covariant.
    if (adt.lang !== null || this.tcx.defSpan(def) === null) {
      const v: Variance = INVARIANT_LANG.has(adt.lang ?? adt.name) ? 'inv' : 'co';
      regions.fill('co');
      types.fill(v);
      const borrower = adt.lang === null ? STD_MUT_BORROWERS.get(`${adt.name}/${types.length}`) : undefined;
      if (borrower !== undefined) borrower.forEach((b, i) => { types[i] = b; });
      this.memo.set(def, result);
      return result;
    }
    // Provisionally covariant while recursing (recursive types).
    this.memo.set(def, { regions: regions.map(() => 'co'), types: types.map(() => 'co') });
    const walk = (ty: Ty, v: Variance): void => {
      switch (ty.kind) {
        case 'ref':
          if (ty.region.kind === 'param' && ty.region.index < regions.length) regions[ty.region.index] = glb(regions[ty.region.index]!, v);
          walk(ty.inner, ty.mut ? xform(v, 'inv') : v);
          return;
        case 'ptr': walk(ty.inner, ty.mut ? xform(v, 'inv') : v); return;
        case 'param': if (ty.index < types.length) types[ty.index] = glb(types[ty.index]!, v); return;
        case 'tuple': for (const e of ty.elems) walk(e, v); return;
        case 'array': case 'slice': walk(ty.elem, v); return;
        case 'adt': {
          const inner = this.of(ty.def);
          ty.args.regions.forEach((r, i) => { if (r.kind === 'param' && r.index < regions.length) regions[r.index] = glb(regions[r.index]!, xform(v, inner.regions[i] ?? 'inv')); });
          ty.args.types.forEach((t, i) => walk(t, xform(v, inner.types[i] ?? 'inv')));
          return;
        }
        case 'fnPtr':
          for (const t of ty.sig.inputs) walk(t, xform(v, 'contra'));
          walk(ty.sig.output, v);
          return;
        case 'dyn':
          if (ty.region.kind === 'param' && ty.region.index < regions.length) regions[ty.region.index] = glb(regions[ty.region.index]!, v);
          if (ty.principal) {
            for (const r of ty.principal.args.regions) if (r.kind === 'param' && r.index < regions.length) regions[r.index] = 'inv';
            for (const t of ty.principal.args.types) walk(t, xform(v, 'inv'));
          }
          return;
        case 'projection': case 'opaque': case 'closure': case 'fnDef':
          // Conservatively invariant in anything mentioned.
          markAll(ty);
          return;
        default: return;
      }
    };
    const markAll = (ty: Ty): void => {
      if (ty.kind === 'param' && ty.index < types.length) types[ty.index] = 'inv';
      if (ty.kind === 'projection') { markAll(ty.self); ty.trait.args.types.forEach(markAll); }
      if (ty.kind === 'opaque' || ty.kind === 'fnDef') { ty.args.types.forEach(markAll); ty.args.regions.forEach((r) => { if (r.kind === 'param' && r.index < regions.length) regions[r.index] = 'inv'; }); }
    };
    for (const variant of adt.variants) for (const f of variant.fields) walk(f.ty, 'co');
    // Unused parameters (PhantomData-free models) count as covariant.
    for (let i = 0; i < regions.length; i++) if (regions[i] === 'bi') regions[i] = 'co';
    for (let i = 0; i < types.length; i++) if (types[i] === 'bi') types[i] = 'co';
    this.memo.set(def, result);
    return result;
  }
}
