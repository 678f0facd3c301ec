import type { Expr } from '../../syntax/ast.js';
import type { Ty } from '../../types/ty.js';
import { ERROR } from '../../types/ty.js';
import type { Operand, Place } from '../mir.js';
import { type Builder, type ClosureEnv, localPlace, newBuilder, newTemp, push, pushAssign, REF_TEMP, scheduleStorageDead, Unsupported } from './builder.js';
import { lowerBodyInto } from './body.js';
import { captureProjection, consume, resolvePlace, varPlace } from './place.js';
import { eraseRegions, refTy } from './ty-util.js';

/**
 * A closure expression: the captured places (by value, or borrowed as the capture analysis
 * decided) become the operands of a closure aggregate, and the closure's body is built as a
 * child Body whose `_1` is the environment.
 */
export function lowerClosure(b: Builder, dest: Place, e: Expr & { kind: 'closure' }, cty: Ty): void {
  if (e.async) throw new Unsupported(e.span, '`async` closure');
  const info = b.types.closures[e.id];
  if (info === undefined) throw new Unsupported(e.span, 'closure without capture information');
  if (cty.kind !== 'closure') throw new Unsupported(e.span, 'closure of unknown type');
  const fieldTys: Ty[] = [];
  const operands: Operand[] = [];
  // rustc reads the places the body's `let`s and `match`es read before building the operands;
  // only those rooted in this body's own variables (not in an enclosing closure's captures).
  for (const fr of info.fakeReads ?? []) {
    if (!b.varLocal.has(fr.root)) continue;
    const rootTy = b.types.bindingTypes[fr.root];
    const pb = varPlace(b, fr.root, fr.span);
    const proj = captureProjection(b, rootTy === undefined ? ERROR : eraseRegions(rootTy), fr.projections);
    const place = resolvePlace(b, { base: pb.base, projection: [...pb.projection, ...proj] }, fr.span);
    push(b, { kind: 'fakeRead', cause: fr.cause === 'let' ? 'forLet' : 'forMatchedPlace', place, closure: e.id }, fr.span);
  }
  for (const cap of info.captures) {
    const rootTy = b.types.bindingTypes[cap.root];
    const pb = varPlace(b, cap.root, e.span);
    const proj = captureProjection(b, rootTy === undefined ? ERROR : eraseRegions(rootTy), cap.projections);
    const place = resolvePlace(b, { base: pb.base, projection: [...pb.projection, ...proj] }, e.span);
    const ty = eraseRegions(cap.ty);
    if (cap.mode === 'byValue') {
      fieldTys.push(ty);
      operands.push(consume(b, place, ty));
      continue;
    }
    const mut = cap.mode !== 'byRef';
    const rty = refTy(ty, mut);
    fieldTys.push(rty);
    const tmp = newTemp(b, rty, e.span, REF_TEMP);
    push(b, { kind: 'storageLive', local: tmp }, e.span);
    scheduleStorageDead(b, b.scopes.length - 1, tmp);
    // rustc's `limit_capture_mutability`: a mutable capture rooted in an immutable variable (or
    // in an immutable capture of the enclosing closure) is a unique borrow, allowed here; the
    // closure body then reports any mutation the place itself does not allow.
    const rootMutable = b.env !== null && place.local === 1
      ? enclosingCaptureMutable(b, place)
      : b.locals[place.local]?.mutable ?? false;
    const borrow = cap.mode === 'byRef' ? 'shared' : cap.mode === 'byMutRef' && rootMutable ? 'mut' : 'unique';
    pushAssign(b, localPlace(tmp), { kind: 'ref', borrow, place }, e.span);
    operands.push({ kind: 'move', place: localPlace(tmp) });
  }
  pushAssign(b, dest, { kind: 'aggregate', aggregate: { kind: 'closure', node: e.id, def: cty.owner }, operands }, e.span);

  const env: ClosureEnv = { kind: info.kind, captures: info.captures, fieldTys, closureTy: cty };
  const name = `${b.name}::{closure#${b.children.length}}`;
  const cb = newBuilder(b.shared, name, env);
  const envTy: Ty = info.kind === 'FnOnce' ? cty : refTy(cty, info.kind === 'FnMut');
  const params = e.params.map((p, i) => {
    const pt = b.types.patTypes[p.pat.id] ?? cty.sig.inputs[i];
    return { pat: p.pat, ty: pt === undefined ? ERROR : eraseRegions(pt) };
  });
  const body = lowerBodyInto(cb, {
    def: cty.owner, name, span: e.span, returnTy: eraseRegions(cty.sig.output), envTy, selfParam: null, params, body: e.body,
    closure: {
      node: e.id, kind: info.kind, upvarNames: info.captures.map((c) => c.name),
      upvarByRef: info.captures.map((c) => (c.mode === 'byValue' ? 'value' : c.mode === 'byRef' ? 'ref' : c.mode === 'byMutRef' ? 'mutRef' : 'uniqueRef')),
      upvarWhole: info.captures.map((c) => c.projections.length === 0),
      upvarUse: info.captures.map((c) => c.span),
      upvarMutable: info.captures.map((c) => c.mutable),
      upvarThroughSharedRef: info.captures.map((c) => c.throughSharedRef),
      upvarDecl: info.captures.map((c) => c.rootSpan),
      upvarTypeSpan: info.captures.map((c) => c.rootTypeSpan),
      expectedFrom: info.expectedFrom,
      ...(info.sigTemplate === undefined ? {} : { sigTemplate: info.sigTemplate }),
    },
  });
  b.children.push(body);
}

/** In a closure body, the mutability of the enclosing closure's capture a place goes through (`(*_1).i`). */
function enclosingCaptureMutable(b: Builder, place: Place): boolean {
  const f = place.projection.find((e) => e.kind === 'field');
  if (f === undefined || f.kind !== 'field') return false;
  return b.env?.captures[f.index]?.mutable ?? false;
}
