import type { Expr } from '../../syntax/ast.js';
import type { Ty } from '../../types/ty.js';
import type { Place } from '../mir.js';
import {
  type Builder, exitScopesTo, goto, localPlace, newBlock, newTemp, popScope, push, pushAssign, pushScope, returnBlock, scheduleDrop,
  scheduleStorageDead, tempScope, terminate, Unsupported, unreachableBlock,
} from './builder.js';
import { asOperand, emitCall, fnOperand, intrinsicOperand, into } from './expr.js';
import { consume, fieldTyOf } from './place.js';
import { mirror } from './thir.js';
import { eraseRegions } from './ty-util.js';

/**
 * `e?` as rustc desugars it:
 * `match Try::branch(e) { Continue(v) => v, Break(r) => return FromResidual::from_residual(r) }`.
 */
export function lowerTry(b: Builder, dest: Place, e: Expr & { kind: 'try' }, ty: Ty): void {
  const callees = b.types.desugarCallees[e.id];
  const branch = callees?.[0];
  const fromResidual = callees?.[1];
  if (branch === undefined || fromResidual === undefined) return lowerTryByVariants(b, dest, e);
  const cfTy = eraseRegions(branch.sig.output);
  if (cfTy.kind !== 'adt') throw new Unsupported(e.span, '`?` whose `branch` does not return ControlFlow');
  const variants = b.tcx.adt(cfTy.def).variants;
  const cont = variants.findIndex((v) => v.name === 'Continue');
  const brk = variants.findIndex((v) => v.name === 'Break');
  if (cont < 0 || brk < 0) throw new Unsupported(e.span, '`?` whose `branch` does not return ControlFlow');

  const scope = tempScope(b, e.id);
  const tmp = newTemp(b, cfTy, e.span);
  push(b, { kind: 'storageLive', local: tmp }, e.span);
  scheduleStorageDead(b, scope, tmp);
  const cs = pushScope(b, false, e.span);
  const arg = asOperand(b, mirror(b, e.operand));
  emitCall(b, fnOperand(branch.def, branch.args), [arg], localPlace(tmp), e.span, e.span, 'desugaring', cfTy);
  popScope(b, cs);
  scheduleDrop(b, scope, tmp);
  push(b, { kind: 'placeMention', place: localPlace(tmp) }, e.span);
  const d = newTemp(b, { kind: 'int', int: 'isize' }, e.span);
  pushAssign(b, localPlace(d), { kind: 'discriminant', place: localPlace(tmp) }, e.span);
  const contB = newBlock(b);
  const brkB = newBlock(b);
  const unreachableB = unreachableBlock(b, e.span);
  terminate(b, { kind: 'switchInt', discr: { kind: 'move', place: localPlace(d) }, values: [BigInt(cont), BigInt(brk)], targets: [contB, brkB], otherwise: unreachableB }, e.span);

  b.cur = brkB;
  const rTy = fieldTyOf(b, cfTy, brk, 0);
  const armScope = pushScope(b, false, e.span);
  const r = newTemp(b, rTy, e.span);
  push(b, { kind: 'storageLive', local: r }, e.span);
  scheduleStorageDead(b, armScope, r);
  pushAssign(b, localPlace(r), { kind: 'use', operand: consume(b, { local: tmp, projection: [{ kind: 'downcast', variant: brk, name: 'Break' }, { kind: 'field', index: 0, name: '0', ty: rTy }] }, rTy) }, e.span);
  scheduleDrop(b, armScope, r);
  const rs = pushScope(b, false, e.span);
  const rArg = newTemp(b, rTy, e.span);
  push(b, { kind: 'storageLive', local: rArg }, e.span);
  scheduleStorageDead(b, rs, rArg);
  pushAssign(b, localPlace(rArg), { kind: 'use', operand: consume(b, localPlace(r), rTy) }, e.span);
  emitCall(b, fnOperand(fromResidual.def, fromResidual.args), [{ kind: 'move', place: localPlace(rArg) }], localPlace(0), e.span, e.span, 'desugaring', eraseRegions(fromResidual.sig.output));
  exitScopesTo(b, 0);
  goto(b, returnBlock(b), e.span);
  b.scopes.length = rs; // the early return already emitted these scopes' drops

  b.cur = contB;
  const vTy = fieldTyOf(b, cfTy, cont, 0);
  pushAssign(b, dest, { kind: 'use', operand: consume(b, { local: tmp, projection: [{ kind: 'downcast', variant: cont, name: 'Continue' }, { kind: 'field', index: 0, name: '0', ty: vTy }] }, vTy) }, e.span);
  void ty;
  b.scopes.length = Math.min(b.scopes.length, armScope);
}

/**
 * `e?` on an Option or Result when typeck did not record the `Try` callees: the same control
 * flow written with the enum itself, as `match e { Ok(v) => v, Err(r) => return Err(From::from(r)) }`
 * (`None => return None`). Borrowck sees the same moves and the same early exit.
 */
function lowerTryByVariants(b: Builder, dest: Place, e: Expr & { kind: 'try' }): void {
  const opT = mirror(b, e.operand);
  const ty = opT.ty;
  const ret = b.locals[0]!.ty;
  if (ty.kind !== 'adt' || ret.kind !== 'adt') throw new Unsupported(e.span, '`?` on a type other than Option or Result');
  const adt = b.tcx.adt(ty.def);
  const retAdt = b.tcx.adt(ret.def);
  const isResult = adt.lang === 'Result' || adt.name === 'Result';
  const isOption = adt.lang === 'Option' || adt.name === 'Option';
  if ((!isResult && !isOption) || retAdt.def !== adt.def) throw new Unsupported(e.span, '`?` converting between different types');
  const okName = isResult ? 'Ok' : 'Some';
  const errName = isResult ? 'Err' : 'None';
  const ok = adt.variants.findIndex((v) => v.name === okName);
  const er = adt.variants.findIndex((v) => v.name === errName);
  if (ok < 0 || er < 0) throw new Unsupported(e.span, '`?` on an unexpected enum');

  const scope = tempScope(b, e.id);
  const tmp = newTemp(b, ty, e.span);
  push(b, { kind: 'storageLive', local: tmp }, e.span);
  scheduleStorageDead(b, scope, tmp);
  into(b, localPlace(tmp), opT);
  scheduleDrop(b, scope, tmp);
  push(b, { kind: 'placeMention', place: localPlace(tmp) }, e.span);
  const d = newTemp(b, { kind: 'int', int: 'isize' }, e.span);
  pushAssign(b, localPlace(d), { kind: 'discriminant', place: localPlace(tmp) }, e.span);
  const okB = newBlock(b);
  const errB = newBlock(b);
  const unreachableB = unreachableBlock(b, e.span);
  terminate(b, { kind: 'switchInt', discr: { kind: 'move', place: localPlace(d) }, values: [BigInt(ok), BigInt(er)], targets: [okB, errB], otherwise: unreachableB }, e.span);

  b.cur = errB;
  const depth = b.scopes.length;
  if (isResult) {
    const rTy = fieldTyOf(b, ty, er, 0);
    const outErrTy = fieldTyOf(b, ret, er, 0);
    const s = pushScope(b, false, e.span);
    const r = newTemp(b, rTy, e.span);
    push(b, { kind: 'storageLive', local: r }, e.span);
    scheduleStorageDead(b, s, r);
    pushAssign(b, localPlace(r), { kind: 'use', operand: consume(b, { local: tmp, projection: [{ kind: 'downcast', variant: er, name: errName }, { kind: 'field', index: 0, name: '0', ty: rTy }] }, rTy) }, e.span);
    const c = newTemp(b, outErrTy, e.span);
    push(b, { kind: 'storageLive', local: c }, e.span);
    scheduleStorageDead(b, s, c);
    emitCall(b, intrinsicOperand('From::from', [rTy], outErrTy), [{ kind: 'move', place: localPlace(r) }], localPlace(c), e.span, e.span, 'desugaring', outErrTy);
    pushAssign(b, localPlace(0), { kind: 'aggregate', aggregate: { kind: 'adt', def: ret.def, variant: er, args: ret.args }, operands: [{ kind: 'move', place: localPlace(c) }] }, e.span);
  } else {
    pushAssign(b, localPlace(0), { kind: 'aggregate', aggregate: { kind: 'adt', def: ret.def, variant: er, args: ret.args }, operands: [] }, e.span);
  }
  exitScopesTo(b, 0);
  goto(b, returnBlock(b), e.span);
  b.scopes.length = depth;

  b.cur = okB;
  const vTy = fieldTyOf(b, ty, ok, 0);
  pushAssign(b, dest, { kind: 'use', operand: consume(b, { local: tmp, projection: [{ kind: 'downcast', variant: ok, name: okName }, { kind: 'field', index: 0, name: '0', ty: vTy }] }, vTy) }, e.span);
}
