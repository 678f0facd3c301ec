import type { Expr } from '../../syntax/ast.js';
import type { Ty } from '../../types/ty.js';
import type { Place } from '../mir.js';
import {
  type Builder, exitScopesTo, goto, localPlace, newBlock, newTemp, popScope, push, pushAssign, pushScope, returnBlock, scheduleDrop,
  scheduleStorageDead, tempScope, terminate, Unsupported,
} from './builder.js';
import { asOperand, emitCall, fnOperand } from './expr.js';
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
  if (branch === undefined || fromResidual === undefined) throw new Unsupported(e.span, '`?` without resolved `Try` methods');
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
  const unreachableB = newBlock(b);
  b.blocks[unreachableB]!.terminator = { kind: { kind: 'unreachable' }, span: e.span };
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
