import type { GenericArgsTy, Region, Ty } from '../types/ty.js';

/** Rebuilds a type with every region and type parameter mapped; shares unchanged leaves where cheap. */
export interface TyFolder {
  region(r: Region): Region;
  param(index: number, name: string): Ty | null;
}

export function foldTy(ty: Ty, f: TyFolder): Ty {
  // Subtrees the folder leaves unchanged (no region, no parameter: `usize`, `Item`) are shared,
  // not copied; the folder still sees every region and parameter in the same order.
  switch (ty.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'infer': case 'error':
      return ty;
    case 'tuple': {
      if (ty.elems.length === 0) return ty;
      const elems = foldList(ty.elems, f);
      return elems === ty.elems ? ty : { kind: 'tuple', elems };
    }
    case 'array': { const elem = foldTy(ty.elem, f); return elem === ty.elem ? ty : { kind: 'array', elem, len: ty.len }; }
    case 'slice': { const elem = foldTy(ty.elem, f); return elem === ty.elem ? ty : { kind: 'slice', elem }; }
    case 'ref': {
      const region = f.region(ty.region);
      const inner = foldTy(ty.inner, f);
      return region === ty.region && inner === ty.inner ? ty : { kind: 'ref', region, mut: ty.mut, inner };
    }
    case 'ptr': { const inner = foldTy(ty.inner, f); return inner === ty.inner ? ty : { kind: 'ptr', mut: ty.mut, inner }; }
    case 'adt': { const args = foldArgs(ty.args, f); return args === ty.args ? ty : { kind: 'adt', def: ty.def, args }; }
    case 'fnDef': { const args = foldArgs(ty.args, f); return args === ty.args ? ty : { kind: 'fnDef', def: ty.def, args }; }
    case 'fnPtr': return { kind: 'fnPtr', sig: { ...ty.sig, inputs: ty.sig.inputs.map((t) => foldTy(t, f)), output: foldTy(ty.sig.output, f) } };
    case 'closure': return { kind: 'closure', node: ty.node, owner: ty.owner, sig: { ...ty.sig, inputs: ty.sig.inputs.map((t) => foldTy(t, f)), output: foldTy(ty.sig.output, f) }, upvars: ty.upvars.map((t) => foldTy(t, f)) };
    case 'dyn': {
      const principal = ty.principal === null ? null : { trait: ty.principal.trait, args: foldArgs(ty.principal.args, f) };
      if (ty.bindings === undefined) return { kind: 'dyn', principal, autoTraits: ty.autoTraits, region: f.region(ty.region) };
      return { kind: 'dyn', principal, autoTraits: ty.autoTraits, region: f.region(ty.region), bindings: ty.bindings.map((b) => ({ name: b.name, ty: foldTy(b.ty, f) })) };
    }
    case 'param': return f.param(ty.index, ty.name) ?? ty;
    case 'projection': return { kind: 'projection', self: foldTy(ty.self, f), trait: { trait: ty.trait.trait, args: foldArgs(ty.trait.args, f) }, name: ty.name };
    case 'opaque': { const args = foldArgs(ty.args, f); return args === ty.args ? ty : { kind: 'opaque', def: ty.def, index: ty.index, args }; }
    default: { const never: never = ty; return never; }
  }
}

export function foldArgs(a: GenericArgsTy, f: TyFolder): GenericArgsTy {
  if (a.regions.length === 0 && a.types.length === 0) return a;
  let regions: readonly Region[] = a.regions;
  for (let i = 0; i < a.regions.length; i++) {
    const r = a.regions[i]!;
    const x = f.region(r);
    if (x !== r) {
      const out = a.regions.slice(0, i);
      out.push(x);
      for (let j = i + 1; j < a.regions.length; j++) out.push(f.region(a.regions[j]!));
      regions = out;
      break;
    }
  }
  const types = foldList(a.types, f);
  return regions === a.regions && types === a.types ? a : { regions, types, consts: a.consts };
}

/** Folds each type of a list, in order; the list itself when none changed. */
function foldList(ts: readonly Ty[], f: TyFolder): readonly Ty[] {
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
