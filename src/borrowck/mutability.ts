import { placeTyOfProjectionBase } from '../dataflow/move-paths.js';
import type { Body, Place } from '../mir/mir.js';
import type { TypeContext } from '../types/context.js';
import type { MutabilityReason } from './facts.js';

/**
 * rustc's `is_mutable`: a place may be written or `&mut`-borrowed if its root local is `mut`
 * (or the write is a whole-local (re)initialisation, checked separately for E0384), and no
 * dereference on the way is of a shared reference or `*const`. Through `&mut` the binding
 * holding the reference need not be `mut`.
 */
export type LocalMutation = 'yes' | 'exceptUpvars' | 'no';

export function checkMutability(body: Body, tcx: TypeContext, place: Place, allowed: LocalMutation): MutabilityReason | null {
  return isMutable(body, tcx, place, place.projection.length, allowed);
}

function isMutable(body: Body, tcx: TypeContext, place: Place, len: number, allowed: LocalMutation): MutabilityReason | null {
  if (len === 0) {
    const decl = body.locals[place.local]!;
    if (decl.mutable || decl.kind === 'temp' || decl.kind === 'return') return null;
    if (allowed === 'yes' || (allowed === 'exceptUpvars' && place.projection.length === 0)) return null;
    return { kind: 'immutableLocal', local: place.local };
  }
  const e = place.projection[len - 1]!;
  const base: Place = { local: place.local, projection: place.projection.slice(0, len - 1) };
  const inner: LocalMutation = allowed === 'yes' ? 'yes' : 'no';
  if (e.kind === 'deref') {
    const baseTy = placeTyOfProjectionBase(body, tcx, place, len - 1);
    if (baseTy.kind === 'ref') {
      if (!baseTy.mut) {
        if (body.closure !== null && isEnvPlace(body, base)) return { kind: 'immutableUpvar', upvar: upvarIndex(base) };
        return { kind: 'behindSharedRef', refPlace: base };
      }
      // Through a by-reference capture `*(*_1).i` the capture itself must allow the mutation;
      // through a `&mut` captured by value (or any other `&mut`) the path to it needs no `mut`.
      const byRefUpvar = isEnvPlace(body, base) && body.closure?.upvarByRef[upvarIndex(base)] !== 'value';
      return isMutable(body, tcx, place, len - 1, byRefUpvar ? allowed : 'yes');
    }
    if (baseTy.kind === 'ptr') return baseTy.mut ? null : { kind: 'behindConstPtr', ptrPlace: base };
    return isMutable(body, tcx, place, len - 1, inner);
  }
  if (body.closure !== null && e.kind === 'field' && isEnv(body, base)) {
    // An upvar: first the captured place's own mutability (rustc's upvar check), then the
    // environment reference (Fn closures get `&Self`).
    if ((body.closure.upvarMutable[e.index] === false || body.closure.upvarThroughSharedRef[e.index] === true) && allowed !== 'yes') return { kind: 'immutableCapture', upvar: e.index };
    const envTy = body.locals[1]?.ty;
    if (envTy !== undefined && envTy.kind === 'ref' && !envTy.mut) return { kind: 'immutableUpvar', upvar: e.index };
    return null;
  }
  return isMutable(body, tcx, place, len - 1, inner);
}

/** The environment in a closure body: `*_1`, or `_1` itself for an `FnOnce` closure. */
function isEnv(body: Body, p: Place): boolean {
  if (p.local !== 1 || body.closure === null) return false;
  if (body.closure?.kind === 'FnOnce') return p.projection.length === 0;
  return p.projection.length === 1 && p.projection[0]!.kind === 'deref';
}
/** An upvar `(*_1).i` (or `_1.i` in an `FnOnce` closure). */
function isEnvPlace(body: Body, p: Place): boolean {
  const f = p.projection[p.projection.length - 1];
  return f !== undefined && f.kind === 'field' && isEnv(body, { local: p.local, projection: p.projection.slice(0, -1) });
}
function upvarIndex(p: Place): number {
  const f = p.projection[p.projection.length - 1];
  return f !== undefined && f.kind === 'field' ? f.index : 0;
}

/**
 * Where a permitted mutation is rooted (rustc's `RootPlace`, the `Ok` side of `is_mutable`): the
 * place whose `mut` justified it, `len` elements of `place`'s projection long, and the local
 * mutation mode in force there. Called only once checkMutability allowed the access.
 */
export interface MutationRoot {
  readonly len: number;
  readonly allowed: LocalMutation;
}

export function mutationRoot(body: Body, tcx: TypeContext, place: Place, allowed: LocalMutation): MutationRoot {
  return rootOf(body, tcx, place, place.projection.length, allowed);
}

function rootOf(body: Body, tcx: TypeContext, place: Place, len: number, allowed: LocalMutation): MutationRoot {
  if (len === 0) return { len: 0, allowed };
  const e = place.projection[len - 1]!;
  const base: Place = { local: place.local, projection: place.projection.slice(0, len - 1) };
  if (e.kind === 'deref') {
    const baseTy = placeTyOfProjectionBase(body, tcx, place, len - 1);
    if (baseTy.kind === 'ref') {
      // Through a `&mut` the binding holding it needs no `mut`, except for a by-reference capture.
      const byRefUpvar = isEnvPlace(body, base) && body.closure?.upvarByRef[upvarIndex(base)] !== 'value';
      return rootOf(body, tcx, place, len - 1, byRefUpvar ? allowed : 'yes');
    }
    if (baseTy.kind === 'ptr') return { len, allowed };
    return rootOf(body, tcx, place, len - 1, allowed);
  }
  // An upvar is its own root: the closure reports it to its parent (`usedMutUpvars`).
  if (body.closure !== null && e.kind === 'field' && isEnv(body, base)) return { len, allowed };
  return rootOf(body, tcx, place, len - 1, allowed);
}

/**
 * rustc's `is_upvar_field_projection`: the upvar `place` (its first `len` elements) names, seen
 * through one dereference of a by-reference capture.
 */
export function upvarFieldOf(body: Body, place: Place, len: number): number | null {
  if (body.closure === null || len === 0) return null;
  let n = len;
  let byRef = false;
  if (place.projection[n - 1]!.kind === 'deref') {
    n--;
    byRef = true;
  }
  if (n === 0) return null;
  const base: Place = { local: place.local, projection: place.projection.slice(0, n) };
  if (!isEnvPlace(body, base)) return null;
  const field = upvarIndex(base);
  if (byRef && body.closure.upvarByRef[field] === 'value') return null;
  return field;
}
