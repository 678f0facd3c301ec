import type { TypeContext } from '../../types/context.js';
import type { LocalDecl, Place } from '../mir.js';
import type { GenericArgsTy, Region, Ty } from '../../types/ty.js';
import { ERASED, ERROR, UNIT } from '../../types/ty.js';
import { assertNever } from '../../util/assert.js';

/** MIR types carry erased regions; signatures come with `param` ones. Already-erased subtrees are shared, not copied. */
export function eraseRegions(ty: Ty): Ty {
  switch (ty.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'param': case 'infer': case 'error':
      return ty;
    case 'tuple': {
      if (ty.elems.length === 0) return UNIT;
      const elems = eraseList(ty.elems);
      return elems === ty.elems ? ty : { kind: 'tuple', elems };
    }
    case 'array': {
      const elem = eraseRegions(ty.elem);
      return elem === ty.elem ? ty : { kind: 'array', elem, len: ty.len };
    }
    case 'slice': {
      const elem = eraseRegions(ty.elem);
      return elem === ty.elem ? ty : { kind: 'slice', elem };
    }
    case 'ref': {
      const inner = eraseRegions(ty.inner);
      return inner === ty.inner && ty.region === ERASED ? ty : { kind: 'ref', region: ERASED, mut: ty.mut, inner };
    }
    case 'ptr': {
      const inner = eraseRegions(ty.inner);
      return inner === ty.inner ? ty : { kind: 'ptr', mut: ty.mut, inner };
    }
    case 'adt': {
      const args = eraseArgs(ty.args);
      return args === ty.args ? ty : { kind: 'adt', def: ty.def, args };
    }
    case 'fnDef': {
      const args = eraseArgs(ty.args);
      return args === ty.args ? ty : { kind: 'fnDef', def: ty.def, args };
    }
    case 'fnPtr': return ty;
    case 'closure': {
      const upvars = eraseList(ty.upvars);
      return upvars === ty.upvars ? ty : { kind: 'closure', node: ty.node, owner: ty.owner, sig: ty.sig, upvars };
    }
    case 'dyn': return ty.region === ERASED && ty.bindings === undefined ? ty : { kind: 'dyn', principal: ty.principal, autoTraits: ty.autoTraits, region: ERASED };
    case 'projection': return ty;
    case 'opaque': {
      const args = eraseArgs(ty.args);
      return args === ty.args ? ty : { kind: 'opaque', def: ty.def, index: ty.index, args };
    }
    default: return assertNever(ty);
  }
}

function eraseList(ts: readonly Ty[]): readonly Ty[] {
  for (let i = 0; i < ts.length; i++) {
    const x = ts[i]!;
    const y = eraseRegions(x);
    if (y !== x) {
      const out = ts.slice(0, i);
      out.push(y);
      for (let j = i + 1; j < ts.length; j++) out.push(eraseRegions(ts[j]!));
      return out;
    }
  }
  return ts;
}

function eraseArgs(a: GenericArgsTy): GenericArgsTy {
  if (a.regions.length === 0 && a.types.length === 0) return a;
  const types = eraseList(a.types);
  const regionsErased = a.regions.every((r) => r === ERASED);
  if (regionsErased && types === a.types) return a;
  return { regions: regionsErased ? a.regions : a.regions.map((): Region => ERASED), types, consts: a.consts };
}

export function refTy(inner: Ty, mut: boolean): Ty {
  return { kind: 'ref', region: ERASED, mut, inner };
}

export function rawPtrTy(inner: Ty): Ty {
  return { kind: 'ptr', mut: true, inner };
}

/** The type under one dereference (reference, raw pointer or Box), or `error`. */
export function derefTy(tcx: TypeContext, ty: Ty): Ty {
  if (ty.kind === 'ref' || ty.kind === 'ptr') return ty.inner;
  if (ty.kind === 'adt' && tcx.adt(ty.def).isBox) return ty.args.types[0] ?? ERROR;
  return ERROR;
}

export function isBox(tcx: TypeContext, ty: Ty): boolean {
  return ty.kind === 'adt' && tcx.adt(ty.def).isBox;
}

export function isUnit(ty: Ty): boolean {
  return ty.kind === 'tuple' && ty.elems.length === 0;
}

export function isPrimitive(ty: Ty): boolean {
  return ty.kind === 'int' || ty.kind === 'float' || ty.kind === 'bool' || ty.kind === 'char';
}

/** The type of a place, from its local's type through the projections (fields carry their types). */
export function placeTyIn(tcx: TypeContext, locals: readonly LocalDecl[], place: Place): Ty {
  let ty = locals[place.local]?.ty ?? ERROR;
  for (const e of place.projection) {
    switch (e.kind) {
      case 'deref': ty = derefTy(tcx, ty); break;
      case 'field': ty = e.ty; break;
      case 'index': case 'constantIndex': ty = ty.kind === 'array' || ty.kind === 'slice' ? ty.elem : ERROR; break;
      case 'subslice':
        if (ty.kind === 'array' && !e.fromEnd) ty = { kind: 'array', elem: ty.elem, len: { kind: 'value', value: BigInt(Math.max(0, e.to - e.from)) } };
        break;
      case 'downcast': break;
      default: return assertNever(e);
    }
  }
  return ty;
}
