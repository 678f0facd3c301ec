import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { Ty } from '../../types/ty.js';
import { ERROR } from '../../types/ty.js';
import type { Operand, Place, ProjectionElem } from '../mir.js';
import { type Builder, DEREF, type PlaceBuilder, placeOf, Unsupported } from './builder.js';
import { derefTy, eraseRegions } from './ty-util.js';

/** The place a variable names here: a local, a guard's stand-in, or a captured variable of the closure being built. */
export function varPlace(b: Builder, binding: NodeId, span: Span): PlaceBuilder {
  const o = b.bindingOverride.get(binding);
  if (o !== undefined) return o;
  const l = b.varLocal.get(binding);
  if (l !== undefined) return { base: { kind: 'local', local: l }, projection: [] };
  if (b.env !== null) return { base: { kind: 'upvar', binding }, projection: [] };
  throw new Unsupported(span, 'reference to a variable that is not in scope of this body');
}

function sameElem(a: ProjectionElem, k: { readonly kind: 'field'; readonly index: number } | { readonly kind: 'deref' }): boolean {
  if (k.kind === 'deref') return a.kind === 'deref';
  return a.kind === 'field' && a.index === k.index;
}

/** Resolves a captured variable's path to `(*_1).i` (by-ref captures: `(*((*_1).i))`) plus what follows the captured prefix. */
export function resolvePlace(b: Builder, pb: PlaceBuilder, span: Span): Place {
  if (pb.base.kind === 'local') return placeOf(pb.base.local, pb.projection);
  const env = b.env;
  if (env === null) throw new Unsupported(span, 'captured variable outside a closure');
  const root = pb.base.binding;
  let best = -1;
  let bestLen = -1;
  env.captures.forEach((c, i) => {
    if (c.root !== root || c.projections.length > pb.projection.length || c.projections.length <= bestLen) return;
    for (let k = 0; k < c.projections.length; k++) if (!sameElem(pb.projection[k]!, c.projections[k]!)) return;
    best = i;
    bestLen = c.projections.length;
  });
  if (best < 0) throw new Unsupported(span, 'use of a variable the closure does not capture');
  const cap = env.captures[best]!;
  const proj: ProjectionElem[] = [];
  if (env.kind !== 'FnOnce') proj.push(DEREF);
  proj.push({ kind: 'field', index: best, name: cap.name, ty: env.fieldTys[best] ?? ERROR });
  if (cap.mode !== 'byValue') proj.push(DEREF);
  for (let k = bestLen; k < pb.projection.length; k++) proj.push(pb.projection[k]!);
  return { local: 1, projection: proj };
}

/** `copy p` for Copy types, else `move p`. */
export function consume(b: Builder, place: Place, ty: Ty): Operand {
  return b.tcx.isCopy(ty, b.types.owner) ? { kind: 'copy', place } : { kind: 'move', place };
}

/** The type of a field `index` of a value of type `ty` (struct or tuple), or of variant `variant` of an enum. */
export function fieldTyOf(b: Builder, ty: Ty, variant: number, index: number): Ty {
  if (ty.kind === 'tuple') return ty.elems[index] ?? ERROR;
  if (ty.kind === 'adt') return eraseRegions(b.tcx.fieldTy(ty.def, variant, index, ty.args));
  if (ty.kind === 'closure') return ty.upvars[index] ?? ERROR;
  return ERROR;
}

export function fieldName(b: Builder, ty: Ty, variant: number, index: number): string {
  if (ty.kind === 'adt') return b.tcx.adt(ty.def).variants[variant]?.fields[index]?.name ?? String(index);
  return String(index);
}

/** Projections of a closure capture, typed, starting from the root variable's type. */
export function captureProjection(b: Builder, rootTy: Ty, projs: readonly ({ readonly kind: 'field'; readonly index: number; readonly name: string } | { readonly kind: 'deref' })[]): ProjectionElem[] {
  const out: ProjectionElem[] = [];
  let ty = rootTy;
  for (const p of projs) {
    if (p.kind === 'deref') {
      out.push(DEREF);
      ty = derefTy(b.tcx, ty);
    } else {
      const fty = fieldTyOf(b, ty, 0, p.index);
      out.push({ kind: 'field', index: p.index, name: p.name, ty: fty });
      ty = fty;
    }
  }
  return out;
}
