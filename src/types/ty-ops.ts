import { assertNever } from '../util/assert.js';
import type { DynBinding, FnSigTy, GenericArgsTy, Region, TraitRef, Ty } from './ty.js';
import { ERASED, UNIT } from './ty.js';
import { mapShared } from '../util/map-shared.js';

/** Structural helpers over `Ty`: folding, substitution, region erasure. */
export interface TyFolder {
  /** Return a replacement for this type, or undefined to fold its children. */
  readonly ty?: (t: Ty) => Ty | undefined;
  readonly region?: (r: Region) => Region;
}

/**
 * Rebuilds `t` bottom-up through `f`. Unchanged subtrees are shared, not copied: a fold that
 * changes nothing returns `t` itself and allocates nothing.
 */
export function foldTy(t: Ty, f: TyFolder): Ty {
  if (f.ty) {
    const r = f.ty(t);
    if (r !== undefined) return r;
  }
  switch (t.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'param': case 'infer': case 'error':
      return t;
    case 'tuple': {
      if (t.elems.length === 0) return UNIT;
      const elems = foldList(t.elems, f);
      return elems === t.elems ? t : { kind: 'tuple', elems };
    }
    case 'array': {
      const elem = foldTy(t.elem, f);
      return elem === t.elem ? t : { kind: 'array', elem, len: t.len };
    }
    case 'slice': {
      const elem = foldTy(t.elem, f);
      return elem === t.elem ? t : { kind: 'slice', elem };
    }
    case 'ref': {
      const region = f.region ? f.region(t.region) : t.region;
      const inner = foldTy(t.inner, f);
      return region === t.region && inner === t.inner ? t : { kind: 'ref', region, mut: t.mut, inner };
    }
    case 'ptr': {
      const inner = foldTy(t.inner, f);
      return inner === t.inner ? t : { kind: 'ptr', mut: t.mut, inner };
    }
    case 'adt': {
      const args = foldArgs(t.args, f);
      return args === t.args ? t : { kind: 'adt', def: t.def, args };
    }
    case 'fnDef': {
      const args = foldArgs(t.args, f);
      return args === t.args ? t : { kind: 'fnDef', def: t.def, args };
    }
    case 'fnPtr': {
      const sig = foldSig(t.sig, f);
      return sig === t.sig ? t : { kind: 'fnPtr', sig };
    }
    case 'closure': {
      const sig = foldSig(t.sig, f);
      const upvars = foldList(t.upvars, f);
      return sig === t.sig && upvars === t.upvars ? t : { kind: 'closure', node: t.node, owner: t.owner, sig, upvars };
    }
    case 'dyn': {
      const principal = t.principal ? foldTraitRef(t.principal, f) : null;
      const region = f.region ? f.region(t.region) : t.region;
      if (t.bindings) {
        const bindings = foldBindings(t.bindings, f);
        if (principal === t.principal && region === t.region && bindings === t.bindings) return t;
        return { kind: 'dyn', principal, autoTraits: t.autoTraits, region, bindings };
      }
      if (principal === t.principal && region === t.region) return t;
      return { kind: 'dyn', principal, autoTraits: t.autoTraits, region };
    }
    case 'projection': {
      const self = foldTy(t.self, f);
      const trait = foldTraitRef(t.trait, f);
      return self === t.self && trait === t.trait ? t : { kind: 'projection', self, trait, name: t.name };
    }
    case 'opaque': {
      const args = foldArgs(t.args, f);
      return args === t.args ? t : { kind: 'opaque', def: t.def, index: t.index, args };
    }
    default: return assertNever(t);
  }
}

/** Folds each type of a list; the list itself when none changed. */
export function foldList(ts: readonly Ty[], f: TyFolder): readonly Ty[] {
  // `mapShared` spelled out: a closure per list was a large share of the folds' allocation.
  for (let i = 0; i < ts.length; i++) {
    const x = ts[i]!;
    const y = foldTy(x, f);
    if (y !== x) {
      const out = ts.slice(0, i);
      out.push(y);
      for (let j = i + 1; j < ts.length; j++) out.push(foldTy(ts[j]!, f));
      return out;
    }
  }
  return ts;
}

function foldRegions(rs: readonly Region[], fr: (r: Region) => Region): readonly Region[] {
  return mapShared(rs, fr);
}

function foldBindings(bs: readonly DynBinding[], f: TyFolder): readonly DynBinding[] {
  let changed = false;
  const out = bs.map((b) => {
    const ty = foldTy(b.ty, f);
    if (ty !== b.ty) changed = true;
    return ty === b.ty ? b : { name: b.name, ty };
  });
  return changed ? out : bs;
}

export function foldArgs(a: GenericArgsTy, f: TyFolder): GenericArgsTy {
  if (a.regions.length === 0 && a.types.length === 0) return a;
  const regions = f.region ? foldRegions(a.regions, f.region) : a.regions;
  const types = foldList(a.types, f);
  return regions === a.regions && types === a.types ? a : { regions, types, consts: a.consts };
}

export function foldSig(s: FnSigTy, f: TyFolder): FnSigTy {
  const inputs = foldList(s.inputs, f);
  const output = foldTy(s.output, f);
  return inputs === s.inputs && output === s.output ? s : { inputs, output, unsafe: s.unsafe, variadic: s.variadic };
}

export function foldTraitRef(r: TraitRef, f: TyFolder): TraitRef {
  const args = foldArgs(r.args, f);
  return args === r.args ? r : { trait: r.trait, args };
}

/** Replace `param` types (and `param` regions, where `args` has one at that index). */
export function substTy(t: Ty, args: GenericArgsTy): Ty {
  if (args.types.length === 0 && args.regions.length === 0) return t;
  return foldTy(t, {
    ty: (x) => (x.kind === 'param' ? args.types[x.index] ?? x : undefined),
    region: (r) => (r.kind === 'param' ? args.regions[r.index] ?? r : r),
  });
}

/** Replace `param` types only; regions stay as declared (MethodCallee.sig). */
export function substTypesOnly(t: Ty, args: GenericArgsTy): Ty {
  if (args.types.length === 0) return t;
  return foldTy(t, { ty: (x) => (x.kind === 'param' ? args.types[x.index] ?? x : undefined) });
}

export function substSig(s: FnSigTy, args: GenericArgsTy, typesOnly = false): FnSigTy {
  const f = (t: Ty): Ty => (typesOnly ? substTypesOnly(t, args) : substTy(t, args));
  return { inputs: s.inputs.map(f), output: f(s.output), unsafe: s.unsafe, variadic: s.variadic };
}


export function eraseTy(t: Ty): Ty {
  return foldTy(t, ERASE);
}

/** Erases every region but `'static`. */
export function eraseTyKeepStatic(t: Ty): Ty {
  return foldTy(t, ERASE_KEEP_STATIC);
}

/**
 * A region bound by a binder inside the type keeps its identity (it is no region of the body),
 * and a fn pointer keeps its `'static`s: typeck's leak check (check/leak-check.ts) needs both.
 */
function eraseFree(r: Region): Region {
  return r.kind === 'erased' && r.bound !== undefined ? r : ERASED;
}

const ERASE_IN_FN_PTR: TyFolder = { region: (r) => (r.kind === 'static' ? r : eraseFree(r)) };
const ERASE: TyFolder = { region: eraseFree, ty: (t) => (t.kind === 'fnPtr' ? foldTy(t, ERASE_IN_FN_PTR) : undefined) };
const ERASE_KEEP_STATIC: TyFolder = { region: (r) => (r.kind === 'static' ? r : eraseFree(r)), ty: ERASE.ty };

export function someTy(t: Ty, pred: (t: Ty) => boolean): boolean {
  let found = false;
  foldTy(t, {
    ty: (x) => {
      if (found) return x;
      if (pred(x)) {
        found = true;
        return x;
      }
      return undefined;
    },
  });
  return found;
}

export function hasInfer(t: Ty): boolean {
  return someTy(t, (x) => x.kind === 'infer');
}

export function args(types: readonly Ty[], regions: readonly Region[] = []): GenericArgsTy {
  return { regions, types, consts: [] };
}

export function isIntegral(t: Ty): boolean {
  return t.kind === 'int' || (t.kind === 'infer' && t.flavor === 'int');
}

export function isNumeric(t: Ty): boolean {
  return t.kind === 'int' || t.kind === 'float' || (t.kind === 'infer' && t.flavor !== 'general');
}

export function isScalar(t: Ty): boolean {
  return isNumeric(t) || t.kind === 'bool' || t.kind === 'char';
}

/** A structural key for a type or type-holding value (array lengths are bigints, which JSON lacks). */
export function jsonKey(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
}
