import type { Expr, MacroExpansion } from '../../syntax/ast.js';
import type { Ty } from '../../types/ty.js';
import { BOOL, NEVER, UNIT } from '../../types/ty.js';
import { assertNever } from '../../util/assert.js';
import type { Operand, Place } from '../mir.js';
import {
  type Builder, DEREF, discardScope, emitScopeDrops, goto, localPlace, newBlock, newTemp, popScope, project, push, pushAssign, pushScope,
  REF_TEMP, scheduleStorageDead, switchBool, tempScope, Unsupported,
} from './builder.js';
import { asOperand, asPlace, assignUnit, boolConst, emitCall, into, intrinsicOperand } from './expr.js';
import { testPattern } from './matches.js';
import { mirror, type TExpr } from './thir.js';
import { isPrimitive, refTy } from './ty-util.js';

/**
 * Built-in macros as the parser expanded them. `format!`-like macros borrow each argument
 * (`&arg`, at the argument's span) and pass the references to one runtime call;
 * `vec!` builds an array and converts it; `assert!`/`assert_eq!` compare and call a panic.
 */
export function lowerMacro(b: Builder, dest: Place, e: Expr & { kind: 'macro' }, ty: Ty): void {
  const x = e.expansion;
  const name = e.mac.path.segments.map((s) => s.ident.name).join('::');
  if (x === null) throw new Unsupported(e.span, `macro \`${name}!\``);
  switch (x.kind) {
    case 'format': return lowerFormat(b, dest, e, x, ty);
    case 'vec': {
      const s = pushScope(b, false, e.span);
      if (x.elems.length === 0) {
        emitCall(b, intrinsicOperand('Vec::new', [], ty), [], dest, e.span, e.mac.path.span, 'normal', ty);
      } else {
        const ops = x.elems.map((el) => asOperand(b, mirror(b, el)));
        const elemTy = ty.kind === 'adt' ? ty.args.types[0] ?? UNIT : UNIT;
        const arrTy: Ty = { kind: 'array', elem: elemTy, len: { kind: 'value', value: BigInt(ops.length) } };
        const arr = newTemp(b, arrTy, e.span);
        push(b, { kind: 'storageLive', local: arr }, e.span);
        scheduleStorageDead(b, s, arr);
        pushAssign(b, localPlace(arr), { kind: 'aggregate', aggregate: { kind: 'array', elem: elemTy }, operands: ops }, e.span);
        emitCall(b, intrinsicOperand('<[_]>::into_vec', [arrTy], ty), [{ kind: 'move', place: localPlace(arr) }], dest, e.span, e.mac.path.span, 'normal', ty);
      }
      popScope(b, s);
      return;
    }
    case 'vecRepeat': {
      const s = pushScope(b, false, e.span);
      const elem = asOperand(b, mirror(b, x.elem));
      const count = asOperand(b, mirror(b, x.count));
      emitCall(b, intrinsicOperand('std::vec::from_elem', [], ty), [elem, count], dest, e.span, e.mac.path.span, 'normal', ty);
      popScope(b, s);
      return;
    }
    case 'assert': return lowerAssert(b, dest, e, x);
    case 'assertCmp': return lowerAssertCmp(b, dest, e, x);
    case 'matches': {
      const place = asPlace(b, mirror(b, x.scrutinee));
      push(b, { kind: 'placeMention', place }, x.scrutinee.span);
      const fail = newBlock(b);
      const join = newBlock(b);
      b.scrutineeSpan = x.scrutinee.span;
      testPattern(b, x.pat, place, fail);
      if (x.guard !== null) {
        const gs = pushScope(b, true, x.guard.span);
        const op = asOperand(b, mirror(b, x.guard));
        const ok = newBlock(b);
        const no = newBlock(b);
        switchBool(b, op, no, ok, x.guard.span);
        b.cur = no;
        emitScopeDrops(b, gs);
        goto(b, fail, x.guard.span);
        b.cur = ok;
        emitScopeDrops(b, gs);
        discardScope(b, gs);
      }
      pushAssign(b, dest, { kind: 'use', operand: boolConst(true) }, e.span);
      goto(b, join, e.span);
      b.cur = fail;
      pushAssign(b, dest, { kind: 'use', operand: boolConst(false) }, e.span);
      goto(b, join, e.span);
      b.cur = join;
      return;
    }
    case 'expr': return into(b, dest, mirror(b, x.expr));
    case 'dbg': return lowerDbg(b, dest, e, x);
    default: return assertNever(x);
  }
}

/**
 * `dbg!(v)` is `match v { tmp => { eprintln!(.., &tmp); tmp } }`: the value moves into a
 * temporary, is printed through a shared borrow, and moves out again. With no argument it only
 * prints; several arguments (a tuple of such matches) are not modelled.
 */
function lowerDbg(b: Builder, dest: Place, e: Expr & { kind: 'macro' }, x: MacroExpansion & { kind: 'dbg' }): void {
  if (x.args.length > 1) throw new Unsupported(e.span, '`dbg!` with several arguments');
  const s = pushScope(b, false, e.span);
  if (x.args.length === 0) {
    emitCall(b, intrinsicOperand('std::io::_eprint', [], UNIT), [], localPlace(newTemp(b, UNIT, e.span)), e.span, e.span, 'formatArgs', UNIT);
    assignUnit(b, dest, e.span);
    popScope(b, s);
    return;
  }
  const arg = x.args[0]!;
  const m = mirror(b, arg);
  const value = asOperand(b, m);
  const tmp = newTemp(b, m.ty, arg.span);
  push(b, { kind: 'storageLive', local: tmp }, arg.span);
  scheduleStorageDead(b, s, tmp);
  pushAssign(b, localPlace(tmp), { kind: 'use', operand: value }, arg.span);
  const rty = refTy(m.ty, false);
  const r = newTemp(b, rty, e.span, REF_TEMP);
  push(b, { kind: 'storageLive', local: r }, e.span);
  scheduleStorageDead(b, s, r);
  pushAssign(b, localPlace(r), { kind: 'ref', borrow: 'shared', place: localPlace(tmp) }, e.span);
  emitCall(b, intrinsicOperand('std::io::_eprint', [rty], UNIT), [{ kind: 'move', place: localPlace(r) }], localPlace(newTemp(b, UNIT, e.span)), e.span, e.span, 'formatArgs', UNIT);
  pushAssign(b, dest, { kind: 'use', operand: { kind: 'move', place: localPlace(tmp) } }, e.span);
  popScope(b, s);
}

function runtimeFn(mac: string): string {
  switch (mac) {
    case 'println': case 'print': return 'std::io::_print';
    case 'eprintln': case 'eprint': return 'std::io::_eprint';
    case 'format': return 'std::fmt::format';
    case 'write': case 'writeln': return 'write_fmt';
    case 'format_args': return 'std::fmt::Arguments::new';
    default: return 'core::panicking::panic_fmt';
  }
}

function diverges(mac: string): boolean {
  return mac === 'panic' || mac === 'unreachable' || mac === 'todo' || mac === 'unimplemented';
}

function lowerFormat(b: Builder, dest: Place, e: Expr, x: MacroExpansion & { kind: 'format' }, ty: Ty): void {
  const s = pushScope(b, false, e.span);
  const ops: Operand[] = [];
  const tys: Ty[] = [];
  if (x.dest !== null) {
    // `write!(w, …)` is `w.write_fmt(format_args!(…))`: the writer is auto-borrowed mutably, two-phase.
    let recv: TExpr = mirror(b, x.dest, true);
    if (recv.ty.kind === 'ref' && recv.ty.mut) {
      const inner = recv.ty.inner;
      recv = { kind: 'borrow', base: { kind: 'deref', base: recv, ty: inner, span: recv.span }, mut: true, twoPhase: true, ty: refTy(inner, true), span: recv.span };
    } else if (recv.ty.kind !== 'ref') {
      recv = { kind: 'borrow', base: recv, mut: true, twoPhase: true, ty: refTy(recv.ty, true), span: recv.span };
    }
    tys.push(recv.ty);
    ops.push(asOperand(b, recv));
  }
  for (const a of x.args) {
    const m = mirror(b, a.expr);
    const place = asPlace(b, m);
    const rty = refTy(m.ty, false);
    const r = newTemp(b, rty, a.expr.span, REF_TEMP);
    push(b, { kind: 'storageLive', local: r }, a.expr.span);
    scheduleStorageDead(b, s, r);
    pushAssign(b, localPlace(r), { kind: 'ref', borrow: 'shared', place }, a.expr.span);
    tys.push(rty);
    ops.push({ kind: 'move', place: localPlace(r) });
  }
  const retTy = diverges(x.macro) ? NEVER : ty;
  emitCall(b, intrinsicOperand(runtimeFn(x.macro), tys, retTy), ops, dest, e.span, e.span, 'formatArgs', retTy);
  popScope(b, s);
}

function panicInto(b: Builder, e: Expr, message: MacroExpansion | null): void {
  const tmp = localPlace(newTemp(b, NEVER, e.span));
  if (message !== null && message.kind === 'format') lowerFormat(b, tmp, e, { ...message, macro: 'panic' }, NEVER);
  else emitCall(b, intrinsicOperand('core::panicking::panic', [], NEVER), [], tmp, e.span, e.span, 'normal', NEVER);
}

function lowerAssert(b: Builder, dest: Place, e: Expr, x: MacroExpansion & { kind: 'assert' }): void {
  const s = pushScope(b, true, x.cond.span);
  const op = asOperand(b, mirror(b, x.cond));
  const ok = newBlock(b);
  const fail = newBlock(b);
  switchBool(b, op, fail, ok, x.cond.span);
  b.cur = fail;
  emitScopeDrops(b, s);
  panicInto(b, e, x.message);
  b.cur = ok;
  emitScopeDrops(b, s);
  discardScope(b, s);
  assignUnit(b, dest, e.span);
}

/** `assert_eq!(l, r)` is `match (&l, &r) { (a, b) => if !(*a == *b) { assert_failed(…) } }`. */
function lowerAssertCmp(b: Builder, dest: Place, e: Expr, x: MacroExpansion & { kind: 'assertCmp' }): void {
  const scope = tempScope(b, e.id);
  const borrow = (arg: Expr): { local: number; ty: Ty } => {
    const m = mirror(b, arg);
    const place = asPlace(b, m);
    const r = newTemp(b, refTy(m.ty, false), arg.span, REF_TEMP);
    push(b, { kind: 'storageLive', local: r }, arg.span);
    scheduleStorageDead(b, scope, r);
    pushAssign(b, localPlace(r), { kind: 'ref', borrow: 'shared', place }, arg.span);
    return { local: r, ty: m.ty };
  };
  const l = borrow(x.left);
  const r = borrow(x.right);
  const c = newTemp(b, BOOL, e.span);
  if (isPrimitive(l.ty) && isPrimitive(r.ty)) {
    const lo: Operand = { kind: 'copy', place: project(localPlace(l.local), DEREF) };
    const ro: Operand = { kind: 'copy', place: project(localPlace(r.local), DEREF) };
    pushAssign(b, localPlace(c), { kind: 'binary', op: 'Eq', lhs: lo, rhs: ro }, e.span);
  } else {
    const args: Operand[] = [{ kind: 'copy', place: localPlace(l.local) }, { kind: 'copy', place: localPlace(r.local) }];
    emitCall(b, intrinsicOperand('<_ as PartialEq>::eq', [refTy(l.ty, false), refTy(r.ty, false)], BOOL), args, localPlace(c), e.span, e.span, 'overloadedOperator', BOOL);
  }
  const ok = newBlock(b);
  const fail = newBlock(b);
  const failOnTrue = x.op === 'ne';
  switchBool(b, { kind: 'move', place: localPlace(c) }, failOnTrue ? ok : fail, failOnTrue ? fail : ok, e.span);
  b.cur = fail;
  if (x.message !== null && x.message.kind === 'format') {
    const s = pushScope(b, false, e.span);
    const m = localPlace(newTemp(b, UNIT, e.span));
    lowerFormat(b, m, e, { ...x.message, macro: 'format_args' }, UNIT);
    popScope(b, s);
  }
  const args: Operand[] = [{ kind: 'copy', place: localPlace(l.local) }, { kind: 'copy', place: localPlace(r.local) }];
  emitCall(b, intrinsicOperand('core::panicking::assert_failed', [], NEVER), args, localPlace(newTemp(b, NEVER, e.span)), e.span, e.span, 'normal', NEVER);
  b.cur = ok;
  assignUnit(b, dest, e.span);
}
