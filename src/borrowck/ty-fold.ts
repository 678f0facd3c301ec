import type { GenericArgsTy, Region, Ty } from '../types/ty.js';

/** Rebuilds a type with every region and type parameter mapped; shares unchanged leaves where cheap. */
export interface TyFolder {
  region(r: Region): Region;
  param(index: number, name: string): Ty | null;
}

export function foldTy(ty: Ty, f: TyFolder): Ty {
  switch (ty.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'infer': case 'error':
      return ty;
    case 'tuple': return ty.elems.length === 0 ? ty : { kind: 'tuple', elems: ty.elems.map((e) => foldTy(e, f)) };
    case 'array': return { kind: 'array', elem: foldTy(ty.elem, f), len: ty.len };
    case 'slice': return { kind: 'slice', elem: foldTy(ty.elem, f) };
    case 'ref': return { kind: 'ref', region: f.region(ty.region), mut: ty.mut, inner: foldTy(ty.inner, f) };
    case 'ptr': return { kind: 'ptr', mut: ty.mut, inner: foldTy(ty.inner, f) };
    case 'adt': return { kind: 'adt', def: ty.def, args: foldArgs(ty.args, f) };
    case 'fnDef': return { kind: 'fnDef', def: ty.def, args: foldArgs(ty.args, f) };
    case 'fnPtr': return { kind: 'fnPtr', sig: { ...ty.sig, inputs: ty.sig.inputs.map((t) => foldTy(t, f)), output: foldTy(ty.sig.output, f) } };
    case 'closure': return { kind: 'closure', node: ty.node, owner: ty.owner, sig: { ...ty.sig, inputs: ty.sig.inputs.map((t) => foldTy(t, f)), output: foldTy(ty.sig.output, f) }, upvars: ty.upvars.map((t) => foldTy(t, f)) };
    case 'dyn': {
      const principal = ty.principal === null ? null : { trait: ty.principal.trait, args: foldArgs(ty.principal.args, f) };
      if (ty.bindings === undefined) return { kind: 'dyn', principal, autoTraits: ty.autoTraits, region: f.region(ty.region) };
      return { kind: 'dyn', principal, autoTraits: ty.autoTraits, region: f.region(ty.region), bindings: ty.bindings.map((b) => ({ name: b.name, ty: foldTy(b.ty, f) })) };
    }
    case 'param': return f.param(ty.index, ty.name) ?? ty;
    case 'projection': return { kind: 'projection', self: foldTy(ty.self, f), trait: { trait: ty.trait.trait, args: foldArgs(ty.trait.args, f) }, name: ty.name };
    case 'opaque': return { kind: 'opaque', def: ty.def, index: ty.index, args: foldArgs(ty.args, f) };
    default: { const never: never = ty; return never; }
  }
}

export function foldArgs(a: GenericArgsTy, f: TyFolder): GenericArgsTy {
  if (a.regions.length === 0 && a.types.length === 0) return a;
  return { regions: a.regions.map((r) => f.region(r)), types: a.types.map((t) => foldTy(t, f)), consts: a.consts };
}

/** Calls `fn` for each region var id in the type. */
export function forEachRegionVar(ty: Ty, fn: (id: number) => void): void {
  switch (ty.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'infer': case 'error': case 'param':
      return;
    case 'tuple': for (const e of ty.elems) forEachRegionVar(e, fn); return;
    case 'array': case 'slice': forEachRegionVar(ty.elem, fn); return;
    case 'ref': if (ty.region.kind === 'var') fn(ty.region.id); forEachRegionVar(ty.inner, fn); return;
    case 'ptr': forEachRegionVar(ty.inner, fn); return;
    case 'adt': case 'fnDef': case 'opaque': argsRegionVars(ty.args, fn); return;
    case 'fnPtr': for (const t of ty.sig.inputs) forEachRegionVar(t, fn); forEachRegionVar(ty.sig.output, fn); return;
    case 'closure': for (const t of ty.upvars) forEachRegionVar(t, fn); return;
    case 'dyn':
      if (ty.principal) argsRegionVars(ty.principal.args, fn);
      if (ty.region.kind === 'var') fn(ty.region.id);
      for (const b of ty.bindings ?? []) forEachRegionVar(b.ty, fn);
      return;
    case 'projection': forEachRegionVar(ty.self, fn); argsRegionVars(ty.trait.args, fn); return;
    default: { const never: never = ty; return never; }
  }
}

function argsRegionVars(a: GenericArgsTy, fn: (id: number) => void): void {
  for (const r of a.regions) if (r.kind === 'var') fn(r.id);
  for (const t of a.types) forEachRegionVar(t, fn);
}
