import { assertNever } from '../util/assert.js';
import type { FnSigTy, GenericArgsTy, Region, TraitRef, Ty } from './ty.js';
import { ERASED, UNIT } from './ty.js';

/** Structural helpers over `Ty`: folding, substitution, region erasure. */
export interface TyFolder {
  /** Return a replacement for this type, or undefined to fold its children. */
  readonly ty?: (t: Ty) => Ty | undefined;
  readonly region?: (r: Region) => Region;
}

export function foldTy(t: Ty, f: TyFolder): Ty {
  if (f.ty) {
    const r = f.ty(t);
    if (r !== undefined) return r;
  }
  switch (t.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'param': case 'infer': case 'error':
      return t;
    case 'tuple':
      return t.elems.length === 0 ? UNIT : { kind: 'tuple', elems: t.elems.map((e) => foldTy(e, f)) };
    case 'array': return { kind: 'array', elem: foldTy(t.elem, f), len: t.len };
    case 'slice': return { kind: 'slice', elem: foldTy(t.elem, f) };
    case 'ref': return { kind: 'ref', region: f.region ? f.region(t.region) : t.region, mut: t.mut, inner: foldTy(t.inner, f) };
    case 'ptr': return { kind: 'ptr', mut: t.mut, inner: foldTy(t.inner, f) };
    case 'adt': return { kind: 'adt', def: t.def, args: foldArgs(t.args, f) };
    case 'fnDef': return { kind: 'fnDef', def: t.def, args: foldArgs(t.args, f) };
    case 'fnPtr': return { kind: 'fnPtr', sig: foldSig(t.sig, f) };
    case 'closure': return { kind: 'closure', node: t.node, owner: t.owner, sig: foldSig(t.sig, f), upvars: t.upvars.map((u) => foldTy(u, f)) };
    case 'dyn': {
      const principal = t.principal ? foldTraitRef(t.principal, f) : null;
      const region = f.region ? f.region(t.region) : t.region;
      if (t.bindings) return { kind: 'dyn', principal, autoTraits: t.autoTraits, region, bindings: t.bindings.map((b) => ({ name: b.name, ty: foldTy(b.ty, f) })) };
      return { kind: 'dyn', principal, autoTraits: t.autoTraits, region };
    }
    case 'projection': return { kind: 'projection', self: foldTy(t.self, f), trait: foldTraitRef(t.trait, f), name: t.name };
    case 'opaque': return { kind: 'opaque', def: t.def, index: t.index, args: foldArgs(t.args, f) };
    default: return assertNever(t);
  }
}

export function foldArgs(a: GenericArgsTy, f: TyFolder): GenericArgsTy {
  if (a.regions.length === 0 && a.types.length === 0) return a;
  return { regions: f.region ? a.regions.map(f.region) : a.regions, types: a.types.map((t) => foldTy(t, f)), consts: a.consts };
}

export function foldSig(s: FnSigTy, f: TyFolder): FnSigTy {
  return { inputs: s.inputs.map((t) => foldTy(t, f)), output: foldTy(s.output, f), unsafe: s.unsafe, variadic: s.variadic };
}

export function foldTraitRef(r: TraitRef, f: TyFolder): TraitRef {
  return { trait: r.trait, args: foldArgs(r.args, f) };
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
  return foldTy(t, { region: () => ERASED });
}

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
