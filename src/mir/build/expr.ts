import type { BinaryOp, Expr, Path, TypeExpr } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { MethodCallee } from '../../types/results.js';
import type { GenericArgsTy, Ty } from '../../types/ty.js';
import { BOOL, ERROR, UNIT } from '../../types/ty.js';
import { assertNever } from '../../util/assert.js';
import type { AggregateKind, BinOp, BorrowKind, CallSource, CastKind, Local, Operand, Place, Rvalue } from '../mir.js';
import {
  type Builder, DEREF, goto, localPlace, newBlock, newTemp, type PlaceBuilder, pbProject, popScope, project, push, pushAssign, pushScope,
  REF_TEMP, RVALUE_TEMP, scheduleDrop, scheduleStorageDead, tempScope, terminate, Unsupported,
} from './builder.js';
import { lowerClosure } from './closure.js';
import { lowerBreak, lowerContinue, lowerFor, lowerIf, lowerLoop, lowerReturn, lowerWhile, shortCircuit } from './control.js';
import { lowerMacro } from './macros.js';
import { lowerMatch } from './matches.js';
import { consume, resolvePlace, varPlace } from './place.js';
import { intoBlockExpr } from './stmt.js';
import { astTy, mirror, nodeOf, type TExpr, unparen } from './thir.js';
import { eraseRegions, isUnit, placeTyIn, rawPtrTy, refTy } from './ty-util.js';
import { lowerTry } from './try.js';

// ---------------------------------------------------------------------------------------------
// Constants and helpers

export const UNIT_OPERAND: Operand = { kind: 'const', value: { kind: 'unit' }, ty: UNIT };

export function boolConst(v: boolean): Operand {
  return { kind: 'const', value: { kind: 'bool', value: v }, ty: BOOL };
}

export function fnOperand(def: number, args: GenericArgsTy): Operand {
  const a = eraseRegions({ kind: 'fnDef', def, args });
  return { kind: 'const', value: { kind: 'fn', def, args: a.kind === 'fnDef' ? a.args : args }, ty: a };
}

/** A free fn's turbofish type arguments (`assert_static::<&'a u8>()`), kept with their lifetimes for borrowck. */
function withTurbofish(b: Builder, func: Operand, callee: Expr, kind: string): Operand {
  func = withUserSelfTy(b, func, callee);
  if (kind !== 'fn' || callee.kind !== 'path' || func.kind !== 'const' || func.value.kind !== 'fn') return func;
  const seg = callee.path.segments[callee.path.segments.length - 1];
  if (seg === undefined || seg.args === null || seg.args.kind !== 'angle') return func;
  const tys = seg.args.args.flatMap((a) => (a.kind === 'type' ? [a.ty] : []));
  if (tys.length === 0 || tys.length > func.value.args.types.length) return func;
  const userTypes = tys.map((t) => b.tcx.lowerUserType?.(b.types.owner, t) ?? null);
  return { ...func, value: { ...func.value, userTypes } };
}

/** `Foo::<'a, 'b>::f(..)`: the type before the fn's name, when written with lifetimes, is a user type borrowck checks. */
function withUserSelfTy(b: Builder, func: Operand, callee: Expr): Operand {
  if (func.kind !== 'const' || func.value.kind !== 'fn') return func;
  const user = userSelfOf(b, callee);
  return user === null ? func : { ...func, value: { ...func.value, userSelfTy: user } };
}

/** The type written before an associated item's name (`Foo::<'a>::item`), when it names lifetimes. */
export function userSelfOf(b: Builder, e: { readonly kind: string; readonly id: number; readonly qself?: unknown; readonly path?: Path; readonly span: Span }): Ty | null {
  if (e.kind !== 'path' || e.qself !== null || e.path === undefined) return null;
  const segs = e.path.segments;
  if (segs.length < 2) return null;
  const prefix = segs.slice(0, -1);
  if (!prefix.some((s) => s.args !== null && s.args.kind === 'angle' && s.args.args.some((a) => a.kind === 'lifetime'))) return null;
  const ty: TypeExpr = { kind: 'path', id: e.id, qself: null, path: { ...e.path, segments: prefix }, span: e.span };
  const user = b.tcx.lowerUserType?.(b.types.owner, ty) ?? null;
  return user !== null && user.kind === 'adt' ? user : null;
}

/** A method's turbofish (`x.m::<&'a u8>()`): the method's own type arguments, after its impl's or trait's. */
function withMethodTurbofish(b: Builder, func: Operand, e: Expr & { kind: 'methodCall' }): Operand {
  if (e.turbofish === null || e.turbofish.kind !== 'angle' || func.kind !== 'const' || func.value.kind !== 'fn') return func;
  const tys = e.turbofish.args.flatMap((a) => (a.kind === 'type' ? [a.ty] : []));
  const offset = func.value.args.types.length - tys.length;
  if (tys.length === 0 || offset < 0) return func;
  const userTypes = [...new Array<null>(offset).fill(null), ...tys.map((t) => b.tcx.lowerUserType?.(b.types.owner, t) ?? null)];
  return { ...func, value: { ...func.value, userTypes } };
}

/** A runtime function of a built-in macro's expansion that the std model has no item for. */
export function intrinsicOperand(name: string, inputs: readonly Ty[], output: Ty): Operand {
  return { kind: 'const', value: { kind: 'intrinsic', name }, ty: { kind: 'fnPtr', sig: { inputs, output, unsafe: false, variadic: false } } };
}

export function assignUnit(b: Builder, dest: Place, span: Span): void {
  pushAssign(b, dest, { kind: 'use', operand: UNIT_OPERAND }, span);
}

/** Ends the block with a call; continues in the return block (or in dead code if the callee diverges). */
export function emitCall(b: Builder, func: Operand, args: readonly Operand[], dest: Place, span: Span, fnSpan: Span, source: CallSource, retTy: Ty): void {
  recordOperandsMoved(b, args);
  const next = retTy.kind === 'never' ? null : newBlock(b);
  // A diverging call still leaves the function by unwinding: rustc checks at that `resume` that no
  // local is still borrowed by a region that outlives the function (E0597 before a `panic!`).
  let unwind: number | null = null;
  if (next === null) {
    unwind = newBlock(b, true);
    b.blocks[unwind]!.terminator = { kind: { kind: 'unwindResume' }, span: b.returnSpan };
  }
  terminate(b, { kind: 'call', func, args, destination: dest, target: next, unwind, source, fnSpan }, span);
  if (next !== null) b.cur = next;
}

/** Temporaries moved into a call are not dropped afterwards: rustc unschedules their drops (`record_operands_moved`). */
function recordOperandsMoved(b: Builder, args: readonly Operand[]): void {
  const top = b.scopes[b.scopes.length - 1];
  if (top === undefined) return;
  for (const a of args) {
    if (a.kind !== 'move' || a.place.projection.length > 0) continue;
    const l = a.place.local;
    const i = top.drops.findIndex((d) => d.kind === 'value' && d.local === l);
    if (i >= 0) top.drops.splice(i, 1);
  }
}

function isConstT(b: Builder, t: TExpr): boolean {
  if (t.kind === 'operand') return t.operand.kind === 'const';
  if (t.kind !== 'ast') return false;
  const e = t.expr;
  if (e.kind === 'lit') return true;
  if (e.kind === 'path') {
    const r = b.types.resolutions[e.id];
    return r !== undefined && r.kind === 'def' && isConstDef(b, r.def);
  }
  return false;
}

function isConstDef(b: Builder, def: number): boolean {
  const k = b.tcx.defKind(def);
  return k === 'fn' || k === 'assocFn' || k === 'const' || k === 'assocConst';
}

function constOf(b: Builder, t: TExpr): Operand {
  if (t.kind === 'operand') return t.operand;
  if (t.kind !== 'ast') throw new Unsupported(t.span, 'constant');
  const e = t.expr;
  if (e.kind === 'lit') {
    const l = e.lit;
    switch (l.kind) {
      case 'int': return { kind: 'const', value: { kind: 'int', value: l.value }, ty: t.ty };
      case 'float': return { kind: 'const', value: { kind: 'float', value: l.value }, ty: t.ty };
      case 'str': return { kind: 'const', value: { kind: 'str', value: l.value }, ty: t.ty };
      case 'byteStr': case 'cStr': return { kind: 'const', value: { kind: 'bytes', value: l.value }, ty: t.ty };
      case 'char': return { kind: 'const', value: { kind: 'char', value: l.value }, ty: t.ty };
      case 'byte': return { kind: 'const', value: { kind: 'int', value: BigInt(l.value) }, ty: t.ty };
      case 'bool': return boolConst(l.value);
      default: return assertNever(l);
    }
  }
  if (e.kind === 'path') {
    const r = b.types.resolutions[e.id];
    if (r !== undefined && r.kind === 'def') {
      const k = b.tcx.defKind(r.def);
      if (k === 'fn' || k === 'assocFn') return fnOperand(r.def, r.args);
      const user = k === 'assocConst' ? userSelfOf(b, e) : null;
      return { kind: 'const', value: user === null ? { kind: 'item', def: r.def } : { kind: 'item', def: r.def, userSelfTy: user, userSpan: e.span }, ty: t.ty };
    }
  }
  throw new Unsupported(t.span, 'constant');
}

// ---------------------------------------------------------------------------------------------
// Places

export function asPlace(b: Builder, t: TExpr): Place {
  return resolvePlace(b, asPlaceBuilder(b, t), t.span);
}

export function asPlaceBuilder(b: Builder, t: TExpr): PlaceBuilder {
  switch (t.kind) {
    case 'ast': return astPlace(b, t);
    case 'deref': return pbProject(asPlaceBuilder(b, t.base), DEREF);
    case 'overloadedDeref': return outsideIndexBase(b, () => overloadedPlace(b, t.callee, [t.base], t.ty, t.span, null));
    case 'place': return t.place;
    case 'borrow': case 'cast': case 'neverToAny': case 'operand': return tempPlace(b, t);
    default: return assertNever(t);
  }
}

function tempPlace(b: Builder, t: TExpr): PlaceBuilder {
  const l = outsideIndexBase(b, () => asTemp(b, t, tempScope(b, nodeOf(t)), RVALUE_TEMP));
  return { base: { kind: 'local', local: l }, projection: [] };
}

/** Lowers something that is not part of an index's base place chain (its own index expressions start afresh). */
function outsideIndexBase<T>(b: Builder, f: () => T): T {
  const saved = b.indexFakes;
  b.indexFakes = null;
  try {
    return f();
  } finally {
    b.indexFakes = saved;
  }
}

function astPlace(b: Builder, t: TExpr & { kind: 'ast' }): PlaceBuilder {
  const e = t.expr;
  switch (e.kind) {
    case 'paren': return asPlaceBuilder(b, mirror(b, e.inner));
    case 'path': {
      const r = b.types.resolutions[e.id];
      if (r !== undefined && r.kind === 'local') return varPlace(b, r.binding, e.span);
      if (r !== undefined && r.kind === 'def' && b.tcx.defKind(r.def) === 'static') {
        // A static is reached through its address: `_t = const &STATIC; (*_t)`; a `static mut`
        // through a raw `*mut` pointer, so it is a mutable place that carries no loans.
        const mutStatic = b.tcx.isMutStatic?.(r.def) === true;
        const addrTy = mutStatic ? rawPtrTy(t.ty) : refTy(t.ty, false);
        const tmp = newTemp(b, addrTy, e.span, REF_TEMP);
        const scope = tempScope(b, e.id);
        push(b, { kind: 'storageLive', local: tmp }, e.span);
        scheduleStorageDead(b, scope, tmp);
        pushAssign(b, localPlace(tmp), { kind: 'use', operand: { kind: 'const', value: { kind: 'item', def: r.def }, ty: addrTy } }, e.span);
        return { base: { kind: 'local', local: tmp }, projection: [DEREF] };
      }
      return tempPlace(b, t);
    }
    case 'field': {
      const base = asPlaceBuilder(b, mirror(b, e.base));
      let index = b.types.fieldIndices[e.id];
      if (index === undefined) {
        const n = Number(e.name.name);
        if (!Number.isInteger(n)) throw new Unsupported(e.span, 'field access without a resolved field');
        index = n;
      }
      return pbProject(base, { kind: 'field', index, name: e.name.name, ty: t.ty });
    }
    case 'index': {
      const over = b.types.methodCallees[e.id];
      if (over !== undefined) return outsideIndexBase(b, () => overloadedPlace(b, over, [mirror(b, e.base)], t.ty, e.span, e.index));
      // rustc's `lower_index_expression`: an index that is the base of another keeps the pointers
      // its bounds check went through from changing (fake borrows), until the outermost index's
      // bounds check is done.
      const outer = b.indexFakes;
      const fakes = outer ?? [];
      b.indexFakes = fakes;
      const baseT = mirror(b, e.base);
      const base = asPlaceBuilder(b, baseT);
      b.indexFakes = null;
      const idx = asTemp(b, mirror(b, e.index), tempScope(b, e.id), RVALUE_TEMP);
      boundsCheck(b, base, baseT.ty, idx, e.span);
      if (outer === null) for (const f of fakes) push(b, { kind: 'fakeRead', cause: 'forIndex', place: localPlace(f) }, e.span);
      else fakeBorrowsOfIndexBase(b, resolvePlace(b, base, e.span), baseT.ty, fakes, e.span);
      b.indexFakes = outer;
      return pbProject(base, { kind: 'index', local: idx });
    }
    case 'unary': {
      if (e.op !== 'deref') return tempPlace(b, t);
      const over = b.types.methodCallees[e.id];
      if (over !== undefined) return overloadedPlace(b, over, [mirror(b, e.operand)], t.ty, e.span, null);
      return pbProject(asPlaceBuilder(b, mirror(b, e.operand)), DEREF);
    }
    default: return tempPlace(b, t);
  }
}

function astTyAdjusted(b: Builder, e: Expr): Ty {
  const adj = b.types.adjustments[e.id];
  if (adj !== undefined && adj.length > 0) return eraseRegions(adj[adj.length - 1]!.target);
  return astTy(b, e);
}

/** rustc's `add_fake_borrows_of_base`: shallow fake borrows of the references a slice's place goes through. */
function fakeBorrowsOfIndexBase(b: Builder, place: Place, baseTy: Ty, fakes: Local[], span: Span): void {
  if (baseTy.kind !== 'slice') return;
  for (let i = place.projection.length - 1; i >= 0; i--) {
    const elem = place.projection[i]!;
    const prefix: Place = { local: place.local, projection: place.projection.slice(0, i) };
    if (elem.kind === 'deref') {
      const temp = newTemp(b, refTy(placeTyIn(b.tcx, b.locals, prefix), false), span);
      pushAssign(b, localPlace(temp), { kind: 'ref', borrow: 'shallow', place: prefix }, span);
      fakes.push(temp);
    } else if (elem.kind === 'index' && placeTyIn(b.tcx, b.locals, prefix).kind === 'slice') {
      // The index expression that produced this part already borrowed what lies before it.
      break;
    }
  }
}

/** `Len(base)`, `Lt(idx, len)`, `assert` — the bounds check of built-in indexing. */
function boundsCheck(b: Builder, base: PlaceBuilder, baseTy: Ty, idx: Local, span: Span): void {
  const usize: Ty = { kind: 'int', int: 'usize' };
  const place = resolvePlace(b, base, span);
  let len: Operand;
  if (baseTy.kind === 'array' && baseTy.len.kind === 'value') {
    len = { kind: 'const', value: { kind: 'int', value: baseTy.len.value }, ty: usize };
    push(b, { kind: 'fakeRead', cause: 'forIndex', place }, span);
  } else {
    const l = newTemp(b, usize, span);
    pushAssign(b, localPlace(l), { kind: 'len', place }, span);
    len = { kind: 'copy', place: localPlace(l) };
  }
  const lt = newTemp(b, BOOL, span);
  pushAssign(b, localPlace(lt), { kind: 'binary', op: 'Lt', lhs: { kind: 'copy', place: localPlace(idx) }, rhs: len }, span);
  const next = newBlock(b);
  terminate(b, {
    kind: 'assert', cond: { kind: 'move', place: localPlace(lt) }, expected: true,
    msg: { kind: 'boundsCheck', len, index: { kind: 'copy', place: localPlace(idx) } }, target: next, unwind: null,
  }, span);
  b.cur = next;
}

/**
 * `*Deref::deref(&base)` or `*Index::index(&base, i)`: the callee's first input says whether the
 * receiver is borrowed shared or mutably (typeck picks DerefMut/IndexMut for mutable uses).
 */
function overloadedPlace(b: Builder, callee: MethodCallee, recv: readonly TExpr[], targetTy: Ty, span: Span, index: Expr | null): PlaceBuilder {
  const base = recv[0]!;
  const selfTy = callee.sig.inputs[0];
  const mut = selfTy !== undefined && selfTy.kind === 'ref' && selfTy.mut;
  // An index base arrives already auto-referenced by typeck: borrow the place once, as rustc.
  const place = base.kind === 'borrow' ? base.base : base;
  const refT: TExpr = { kind: 'borrow', base: place, mut, twoPhase: false, ty: refTy(place.ty, mut), span: base.span };
  const args: Operand[] = [asOperand(b, refT)];
  if (index !== null) args.push(asOperand(b, mirror(b, index)));
  const outTy = refTy(targetTy, mut);
  const tmp = newTemp(b, outTy, span, REF_TEMP);
  const scope = tempScope(b, nodeOf(base));
  push(b, { kind: 'storageLive', local: tmp }, span);
  scheduleStorageDead(b, scope, tmp);
  emitCall(b, fnOperand(callee.def, callee.args), args, localPlace(tmp), span, callee.span, 'overloadedOperator', outTy);
  return { base: { kind: 'local', local: tmp }, projection: [DEREF] };
}

// ---------------------------------------------------------------------------------------------
// Operands, temporaries, rvalues

/** An operand: constants stay constants, everything else is evaluated into a temporary of the innermost scope (rustc's `as_local_operand`). */
export function asOperand(b: Builder, t: TExpr): Operand {
  if (isConstT(b, t)) return constOf(b, t);
  if (t.kind === 'operand') return t.operand;
  const l = asTemp(b, t, b.scopes.length - 1, RVALUE_TEMP);
  return { kind: 'move', place: localPlace(l) };
}

/** Evaluates into a fresh temporary whose storage and drop are scheduled in `scope`. */
export function asTemp(b: Builder, t: TExpr, scope: number, info = RVALUE_TEMP): Local {
  const ty = t.ty;
  const tmp = newTemp(b, ty, t.span, t.kind === 'borrow' ? REF_TEMP : info);
  if (ty.kind !== 'never') {
    push(b, { kind: 'storageLive', local: tmp }, t.span);
    scheduleStorageDead(b, scope, tmp);
  }
  into(b, localPlace(tmp), t);
  if (ty.kind !== 'never') scheduleDrop(b, scope, tmp);
  return tmp;
}

/** An rvalue with its operands in temporaries of the innermost scope. */
export function asRvalue(b: Builder, t: TExpr): Rvalue {
  switch (t.kind) {
    case 'borrow': {
      const promoted = promotedAutoref(b, t);
      if (promoted !== null) return promoted;
      const place = asPlace(b, t.base);
      if (t.raw === true) return { kind: 'rawPtr', mut: t.mut, place };
      return { kind: 'ref', borrow: t.mut ? (t.twoPhase ? 'twoPhaseMut' : 'mut') : 'shared', place };
    }
    case 'cast': return { kind: 'cast', cast: t.cast, operand: asOperand(b, t.base), ty: t.ty };
    case 'ast': {
      const e = t.expr;
      if (e.kind === 'ref' && !e.raw) {
        // `&8` is promoted to a 'static constant, as in the destination-directed lowering above.
        if ((!e.mut || isEmptyArray(e.operand)) && isPromotable(b, e.operand)) {
          const inner = promotedOperand(b, e.operand);
          return { kind: 'use', operand: { kind: 'const', value: { kind: 'promoted', value: inner.kind === 'const' ? inner.value : { kind: 'unit' } }, ty: t.ty } };
        }
        const place = asPlace(b, mirror(b, e.operand));
        return { kind: 'ref', borrow: e.mut ? 'mut' : 'shared', place };
      }
      if (e.kind === 'paren') return asRvalue(b, mirror(b, e.inner));
      return { kind: 'use', operand: asOperand(b, t) };
    }
    default: return { kind: 'use', operand: asOperand(b, t) };
  }
}

/** Lowers `t` and writes its value to `dest` (rustc's `expr_into_dest`). */
export function into(b: Builder, dest: Place, t: TExpr): void {
  switch (t.kind) {
    case 'ast': return intoAst(b, dest, t);
    case 'deref': case 'overloadedDeref': case 'place': {
      const place = asPlace(b, t);
      pushAssign(b, dest, { kind: 'use', operand: consume(b, place, t.ty) }, t.span);
      return;
    }
    case 'borrow': {
      const promoted = promotedAutoref(b, t);
      if (promoted !== null) { pushAssign(b, dest, promoted, t.span); return; }
      const place = asPlace(b, t.base);
      if (t.raw === true) {
        pushAssign(b, dest, { kind: 'rawPtr', mut: t.mut, place }, t.span);
        return;
      }
      pushAssign(b, dest, { kind: 'ref', borrow: t.mut ? (t.twoPhase ? 'twoPhaseMut' : 'mut') : 'shared', place }, t.span);
      return;
    }
    case 'cast': {
      const scope = pushScope(b, false, t.span);
      const operand = asOperand(b, t.base);
      pushAssign(b, dest, { kind: 'cast', cast: t.cast, operand, ty: t.ty }, t.span);
      popScope(b, scope);
      return;
    }
    case 'neverToAny': {
      const tmp = newTemp(b, t.base.ty, t.base.span);
      into(b, localPlace(tmp), t.base);
      terminate(b, { kind: 'unreachable' }, t.span);
      return;
    }
    case 'operand':
      pushAssign(b, dest, { kind: 'use', operand: t.operand }, t.span);
      return;
    default: return assertNever(t);
  }
}

function intoAst(b: Builder, dest: Place, t: TExpr & { kind: 'ast' }): void {
  const e = t.expr;
  const span = e.span;
  switch (e.kind) {
    case 'lit':
      pushAssign(b, dest, { kind: 'use', operand: constOf(b, t) }, span);
      return;
    case 'path': {
      const r = b.types.resolutions[e.id];
      if (r === undefined || r.kind === 'err') throw new Unsupported(span, 'unresolved path');
      if (r.kind === 'local') {
        const place = asPlace(b, t);
        pushAssign(b, dest, { kind: 'use', operand: consume(b, place, t.ty) }, span);
        return;
      }
      if (r.kind === 'ctor') {
        if (r.ctor !== 'unit') throw new Unsupported(span, 'tuple struct constructor used as a function value');
        const args = t.ty.kind === 'adt' ? t.ty.args : eraseArgs(r.args);
        const userTy = e.qself === null ? userPathTy(b, e.path, e.id) : null;
        pushAssign(b, dest, { kind: 'aggregate', aggregate: withUserTy({ kind: 'adt', def: r.adt, variant: r.variant, args }, userTy), operands: [] }, span);
        return;
      }
      const k = b.tcx.defKind(r.def);
      if (k === 'static') {
        const place = asPlace(b, t);
        pushAssign(b, dest, { kind: 'use', operand: consume(b, place, t.ty) }, span);
        return;
      }
      if (k === 'fn' || k === 'assocFn' || k === 'const' || k === 'assocConst') {
        pushAssign(b, dest, { kind: 'use', operand: constOf(b, t) }, span);
        return;
      }
      throw new Unsupported(span, `path to a ${k} used as a value`);
    }
    case 'paren': return into(b, dest, mirror(b, e.inner));
    case 'field': case 'index': {
      const place = asPlace(b, t);
      pushAssign(b, dest, { kind: 'use', operand: consume(b, place, t.ty) }, span);
      return;
    }
    case 'unary': {
      if (e.op === 'deref') {
        const place = asPlace(b, t);
        pushAssign(b, dest, { kind: 'use', operand: consume(b, place, t.ty) }, span);
        return;
      }
      const scope = pushScope(b, false, span);
      const over = b.types.methodCallees[e.id];
      if (over !== undefined) {
        const arg = asOperand(b, mirror(b, e.operand));
        emitCall(b, fnOperand(over.def, over.args), [arg], dest, span, span, 'overloadedOperator', t.ty);
      } else {
        const operand = asOperand(b, mirror(b, e.operand));
        pushAssign(b, dest, { kind: 'unary', op: e.op === 'neg' ? 'Neg' : 'Not', operand }, span);
      }
      popScope(b, scope);
      return;
    }
    case 'binary': {
      if (e.op === '&&' || e.op === '||') return shortCircuit(b, dest, e);
      const scope = pushScope(b, false, span);
      const over = b.types.methodCallees[e.id];
      if (over !== undefined) {
        const byRef = isComparison(e.op);
        const arg = (x: Expr): Operand => {
          const m = mirror(b, x);
          return asOperand(b, byRef ? { kind: 'borrow', base: m, mut: false, twoPhase: false, ty: refTy(m.ty, false), span: x.span } : m);
        };
        const l = arg(e.lhs);
        const r = arg(e.rhs);
        emitCall(b, fnOperand(over.def, over.args), [l, r], dest, span, e.opSpan, 'overloadedOperator', t.ty);
      } else {
        const l = asOperand(b, mirror(b, e.lhs));
        const r = asOperand(b, mirror(b, e.rhs));
        binaryInto(b, dest, binOpOf(e.op), l, r, t.ty, span);
      }
      popScope(b, scope);
      return;
    }
    case 'assign':
      lowerAssign(b, e);
      assignUnit(b, dest, span);
      return;
    case 'assignOp':
      lowerAssignOp(b, e);
      assignUnit(b, dest, span);
      return;
    case 'ref': {
      const scope = pushScope(b, false, span);
      if (e.raw) {
        const place = asPlace(b, mirror(b, e.operand));
        pushAssign(b, dest, { kind: 'rawPtr', mut: e.mut, place }, span);
      } else if ((!e.mut || isEmptyArray(e.operand)) && isPromotable(b, e.operand)) {
        const inner = promotedOperand(b, e.operand);
        pushAssign(b, dest, { kind: 'use', operand: { kind: 'const', value: { kind: 'promoted', value: inner.kind === 'const' ? inner.value : { kind: 'unit' } }, ty: t.ty } }, span);
      } else {
        const place = asPlace(b, mirror(b, e.operand));
        pushAssign(b, dest, { kind: 'ref', borrow: e.mut ? 'mut' : 'shared', place }, span);
      }
      popScope(b, scope);
      return;
    }
    case 'call': return lowerCall(b, dest, e, t.ty);
    case 'methodCall': return lowerMethodCall(b, dest, e, t.ty);
    case 'tuple': {
      if (e.elems.length === 0) {
        assignUnit(b, dest, span);
        return;
      }
      return aggregateInto(b, dest, { kind: 'tuple' }, e.elems, span);
    }
    case 'array': {
      const elem = t.ty.kind === 'array' ? t.ty.elem : ERROR;
      return aggregateInto(b, dest, { kind: 'array', elem }, e.elems, span);
    }
    case 'repeat': {
      const count = t.ty.kind === 'array' && t.ty.len.kind === 'value' ? t.ty.len.value : null;
      if (count === null) throw new Unsupported(span, 'array repeat expression with a non-literal length');
      const scope = pushScope(b, false, span);
      const operand = asOperand(b, mirror(b, e.elem));
      pushAssign(b, dest, { kind: 'repeat', operand, count }, span);
      popScope(b, scope);
      return;
    }
    case 'struct': return structInto(b, dest, e, t.ty);
    case 'block': return intoBlockExpr(b, dest, e);
    case 'if': return lowerIf(b, dest, e);
    case 'while': return lowerWhile(b, dest, e);
    case 'loop': return lowerLoop(b, dest, e);
    case 'for': return lowerFor(b, dest, e);
    case 'match': return lowerMatch(b, dest, e);
    case 'closure': return lowerClosure(b, dest, e, t.ty);
    case 'break': return lowerBreak(b, e);
    case 'continue': return lowerContinue(b, e);
    case 'return': return lowerReturn(b, e);
    case 'range': return rangeInto(b, dest, e, t.ty);
    case 'cast': {
      const scope = pushScope(b, false, span);
      const from = astTyAdjusted(b, e.operand);
      const operand = asOperand(b, mirror(b, e.operand));
      const userTy = b.tcx.lowerUserType?.(b.types.owner, e.ty) ?? null;
      pushAssign(b, dest, userTy === null ? { kind: 'cast', cast: castKind(from, t.ty), operand, ty: t.ty } : { kind: 'cast', cast: castKind(from, t.ty), operand, ty: t.ty, userTy }, span);
      popScope(b, scope);
      return;
    }
    case 'try': return lowerTry(b, dest, e, t.ty);
    case 'macro': return lowerMacro(b, dest, e, t.ty);
    case 'let': throw new Unsupported(span, '`let` expression outside an `if`/`while` condition');
    case 'await': throw new Unsupported(span, '`.await`');
    case 'err': throw new Unsupported(span, 'erroneous expression');
    default: return assertNever(e);
  }
}

function eraseArgs(a: GenericArgsTy): GenericArgsTy {
  const t = eraseRegions({ kind: 'adt', def: 0, args: a });
  return t.kind === 'adt' ? t.args : a;
}

/** No drop glue and no `UnsafeCell` inside: what a promoted constant may hold. */
function promotableTy(b: Builder, ty: Ty): boolean {
  return !b.tcx.needsDrop(ty) && freeze(b, ty, 0);
}

const INTERIOR_MUT = new Set(['Cell', 'RefCell', 'UnsafeCell', 'Mutex', 'RwLock', 'OnceCell']);
function freeze(b: Builder, ty: Ty, depth: number): boolean {
  if (depth > 8) return false;
  switch (ty.kind) {
    case 'adt': {
      const adt = b.tcx.adt(ty.def);
      if (adt.lang !== null && INTERIOR_MUT.has(adt.lang)) return false;
      return adt.variants.every((v, vi) => v.fields.every((_, fi) => freeze(b, b.tcx.fieldTy(ty.def, vi, fi, ty.args), depth + 1)));
    }
    case 'tuple': return ty.elems.every((e) => freeze(b, e, depth + 1));
    case 'array': return freeze(b, ty.elem, depth + 1);
    default: return true;
  }
}

const PROMOTABLE_OPS = new Set(['+', '-', '*', '&', '|', '^', '<<', '>>', '==', '!=', '<', '<=', '>', '>=']);

/** `[]`: rustc promotes even `&mut []`, since a zero-length array has nothing to alias. */
/** An autoref of a constant (`[1, 2].iter()`): rustc promotes it like a written `&`. */
function promotedAutoref(b: Builder, t: TExpr & { kind: 'borrow' }): Rvalue | null {
  if (t.raw === true || t.mut || t.base.kind !== 'ast' || !isPromotable(b, t.base.expr)) return null;
  const inner = promotedOperand(b, t.base.expr);
  return { kind: 'use', operand: { kind: 'const', value: { kind: 'promoted', value: inner.kind === 'const' ? inner.value : { kind: 'unit' } }, ty: t.ty } };
}

function isEmptyArray(e: Expr): boolean {
  const x = unparen(e);
  return x.kind === 'array' && x.elems.length === 0;
}

/** The operand a promoted constant is made of; aggregates are not lowered (they are all constant). */
function promotedOperand(b: Builder, e: Expr): Operand {
  const x = unparen(e);
  if (x.kind === 'array' || x.kind === 'repeat' || x.kind === 'struct' || x.kind === 'call' || x.kind === 'path' || x.kind === 'binary' || x.kind === 'ref' || x.kind === 'field' || x.kind === 'index' || (x.kind === 'tuple' && x.elems.length > 0)) {
    // Closures inside (`&(|y| y, |y| y)`) still have bodies to check, as a lone `&|y| y` does.
    if (x.kind === 'tuple' || x.kind === 'array') for (const el of x.elems) if (unparen(el).kind === 'closure' || unparen(el).kind === 'tuple' || unparen(el).kind === 'array') promotedOperand(b, el);
    return { kind: 'const', value: { kind: 'unit' }, ty: astTy(b, e) };
  }
  // The value itself, without its adjustments: an auto-ref adjustment is what is being promoted.
  return asOperand(b, { kind: 'ast', expr: e, ty: astTy(b, e), span: e.span });
}

/**
 * Constant operands of `&` that rustc promotes to a `'static` allocation instead of a temporary:
 * literals, unit and tuple constructors of types without a destructor, tuples and arrays of them.
 */
function isPromotable(b: Builder, e: Expr): boolean {
  const x = unparen(e);
  if (x.kind === 'lit') return true;
  if (x.kind === 'unary' && x.op === 'neg') return unparen(x.operand).kind === 'lit';
  if (x.kind === 'tuple' || x.kind === 'array') return x.elems.every((el) => isPromotable(b, el));
  // A shared borrow of a constant is a constant too (`&&0` is one promoted `&'static &'static i32`).
  if (x.kind === 'ref') return !x.mut && !x.raw && isPromotable(b, x.operand);
  // Constructors of constants (`Pt { x: 1, y: 2 }`, `Some(3)`, `None`) promote too, unless the
  // value has a destructor or interior mutability.
  const r = b.types.resolutions[x.kind === 'call' ? x.callee.id : x.id];
  if (r !== undefined && r.kind === 'ctor' && promotableTy(b, astTy(b, x))) {
    if (x.kind === 'struct') return x.base === null && !x.rest && x.fields.every((f) => isPromotable(b, f.expr));
    if (x.kind === 'call') return r.ctor === 'tuple' && x.args.every((a) => isPromotable(b, a));
    if (x.kind === 'path') return r.ctor === 'unit';
  }
  if (x.kind === 'repeat') return isPromotable(b, x.elem) && unparen(x.count).kind === 'lit';
  // Operators that cannot fail at run time (no division or remainder).
  if (x.kind === 'binary') return PROMOTABLE_OPS.has(x.op) && isPromotable(b, x.lhs) && isPromotable(b, x.rhs);
  // Casts of constants (`b"ab" as &[u8]`, `1 as u8`) are promotable, except exposing a pointer's address.
  if (x.kind === 'cast') { const ty = astTy(b, x); return ty.kind !== 'int' && ty.kind !== 'float' ? isPromotable(b, x.operand) : isPromotable(b, x.operand) && (b.types.exprTypes[x.operand.id]?.kind ?? 'ptr') !== 'ptr'; }
  // A closure that captures nothing is a constant too (`let f: &'static _ = &|| 1;`).
  if (x.kind === 'closure') return (b.types.closures[x.id]?.captures.length ?? 1) === 0;
  if (x.kind === 'path') {
    if (ctorWithoutDrop(b, x, 'unit')) return true;
    const pr = b.types.resolutions[x.id];
    if (pr === undefined || pr.kind !== 'def') return false;
    const k = b.tcx.defKind(pr.def);
    // A named constant is promoted when its type lets no value of it hold a destructor or an
    // `UnsafeCell` (rustc then also peeks at a local constant's value; we only go by the type).
    if (k === 'const' || k === 'assocConst') return promotableTy(b, astTy(b, x));
    // Statics may be read by what is promoted only inside a static's own initialiser.
    return k === 'static' && b.tcx.defKind(b.types.owner) === 'static' && b.tcx.isMutStatic?.(pr.def) !== true;
  }
  // A field of a promotable value (`&(5, false).0`), but never of a union.
  if (x.kind === 'field') {
    const bt = b.types.exprTypes[x.base.id];
    return bt !== undefined && !(bt.kind === 'adt' && b.tcx.adt(bt.def).kind === 'union') && (b.types.adjustments[x.base.id]?.length ?? 0) === 0 && isPromotable(b, x.base);
  }
  // An element of a promotable array at a constant index within its length (`&[1, 2][1]`).
  if (x.kind === 'index') {
    const bt = b.types.exprTypes[x.base.id];
    const i = unparen(x.index);
    // Only a copy of the element: moving one out of the array is an error (E0508) rustc reports in promoteds too.
    return bt !== undefined && bt.kind === 'array' && b.tcx.isCopy(bt.elem) && bt.len.kind === 'value' && i.kind === 'lit' && i.lit.kind === 'int' && i.lit.value < bt.len.value && (b.types.adjustments[x.base.id]?.length ?? 0) === 0 && isPromotable(b, x.base);
  }
  if (x.kind === 'call') return unparen(x.callee).kind === 'path' && ctorWithoutDrop(b, unparen(x.callee), 'tuple') && !droppable(b, x) && x.args.every((a) => isPromotable(b, a));
  return false;
}

function ctorWithoutDrop(b: Builder, e: Expr, ctor: 'unit' | 'tuple'): boolean {
  const r = b.types.resolutions[e.id];
  return r !== undefined && r.kind === 'ctor' && r.ctor === ctor && (ctor === 'tuple' || !droppable(b, e));
}

function droppable(b: Builder, e: Expr): boolean {
  const ty = b.types.exprTypes[e.id];
  return ty === undefined || ty.kind === 'error' || b.tcx.hasDropImpl(ty);
}

function isComparison(op: BinaryOp): boolean {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

export function binOpOf(op: BinaryOp): BinOp {
  switch (op) {
    case '+': return 'Add';
    case '-': return 'Sub';
    case '*': return 'Mul';
    case '/': return 'Div';
    case '%': return 'Rem';
    case '&': return 'BitAnd';
    case '|': return 'BitOr';
    case '^': return 'BitXor';
    case '<<': return 'Shl';
    case '>>': return 'Shr';
    case '==': return 'Eq';
    case '!=': return 'Ne';
    case '<': return 'Lt';
    case '<=': return 'Le';
    case '>': return 'Gt';
    case '>=': return 'Ge';
    case '&&': case '||': throw new Error('invariant failed: short-circuit operator reached binOpOf');
    default: return assertNever(op);
  }
}

/** `dest = op(l, r)`; integer `+ - *` go through `…WithOverflow` and an overflow assert, as in rustc's debug MIR. */
export function binaryInto(b: Builder, dest: Place, op: BinOp, l: Operand, r: Operand, ty: Ty, span: Span): void {
  if ((op === 'Add' || op === 'Sub' || op === 'Mul') && ty.kind === 'int') {
    const pair = newTemp(b, { kind: 'tuple', elems: [ty, BOOL] }, span);
    const pairPlace = localPlace(pair);
    // The operands are read again by the assert message: the operation copies them.
    const copyOf = (o: Operand): Operand => (o.kind === 'move' ? { kind: 'copy', place: o.place } : o);
    pushAssign(b, pairPlace, { kind: 'checkedBinary', op, lhs: copyOf(l), rhs: copyOf(r) }, span);
    const next = newBlock(b);
    terminate(b, {
      kind: 'assert', cond: { kind: 'move', place: project(pairPlace, { kind: 'field', index: 1, name: '1', ty: BOOL }) }, expected: false,
      msg: { kind: 'overflow', op, lhs: l, rhs: r }, target: next, unwind: null,
    }, span);
    b.cur = next;
    pushAssign(b, dest, { kind: 'use', operand: { kind: 'move', place: project(pairPlace, { kind: 'field', index: 0, name: '0', ty }) } }, span);
    return;
  }
  pushAssign(b, dest, { kind: 'binary', op, lhs: l, rhs: r }, span);
}

export function castKind(from: Ty, to: Ty): CastKind {
  const intLike = (t: Ty) => t.kind === 'int' || t.kind === 'bool' || t.kind === 'char';
  if (intLike(from) && to.kind === 'int') return 'intToInt';
  if (from.kind === 'float' && to.kind === 'int') return 'floatToInt';
  if (intLike(from) && to.kind === 'float') return 'intToFloat';
  if (from.kind === 'float' && to.kind === 'float') return 'floatToFloat';
  if ((from.kind === 'ptr' || from.kind === 'ref') && to.kind === 'ptr') return 'ptrToPtr';
  return 'other';
}

function aggregateInto(b: Builder, dest: Place, kind: AggregateKind, elems: readonly Expr[], span: Span): void {
  const scope = pushScope(b, false, span);
  const operands = elems.map((x) => asOperand(b, mirror(b, x)));
  pushAssign(b, dest, { kind: 'aggregate', aggregate: kind, operands }, span);
  popScope(b, scope);
}

function structInto(b: Builder, dest: Place, e: Expr & { kind: 'struct' }, ty: Ty): void {
  const r = b.types.resolutions[e.id];
  if (r === undefined || r.kind !== 'ctor') throw new Unsupported(e.span, 'struct literal without a resolved struct or variant');
  const adt = b.tcx.adt(r.adt);
  const variant = adt.variants[r.variant];
  if (variant === undefined) throw new Unsupported(e.span, 'struct literal of an unknown variant');
  const args = ty.kind === 'adt' ? ty.args : eraseArgs(r.args);
  const scope = pushScope(b, false, e.span);
  const byField: (Operand | undefined)[] = [];
  for (const f of e.fields) {
    const idx = b.types.fieldIndices[f.id] ?? variant.fields.findIndex((d) => d.name === f.name.name);
    if (idx < 0) throw new Unsupported(f.span, 'unknown field in struct literal');
    byField[idx] = asOperand(b, mirror(b, f.expr));
  }
  if (e.base !== null) {
    const base = asPlace(b, mirror(b, e.base));
    for (let i = 0; i < variant.fields.length; i++) {
      if (byField[i] !== undefined) continue;
      const fty = eraseRegions(b.tcx.fieldTy(r.adt, r.variant, i, args));
      byField[i] = consume(b, project(base, { kind: 'field', index: i, name: variant.fields[i]!.name, ty: fty }), fty);
    }
  } else if (e.rest) {
    throw new Unsupported(e.span, 'default field values');
  }
  if (adt.kind === 'union') {
    // A union literal names exactly one field (the type checker refuses others).
    const active = byField.findIndex((o) => o !== undefined);
    if (active < 0 || e.fields.length !== 1 || e.base !== null) throw new Unsupported(e.span, 'union literal without exactly one field');
    pushAssign(b, dest, { kind: 'aggregate', aggregate: { kind: 'adt', def: r.adt, variant: 0, args, activeField: active }, operands: [byField[active]!] }, e.span);
    popScope(b, scope);
    return;
  }
  const operands: Operand[] = [];
  for (let i = 0; i < variant.fields.length; i++) {
    const o = byField[i];
    if (o === undefined) throw new Unsupported(e.span, 'struct literal with a missing field');
    operands.push(o);
  }
  pushAssign(b, dest, { kind: 'aggregate', aggregate: withUserTy({ kind: 'adt', def: r.adt, variant: r.variant, args }, userPathTy(b, e.path, e.id)), operands }, e.span);
  popScope(b, scope);
}

function withUserTy(a: AggregateKind & { kind: 'adt' }, userTy: Ty | null): AggregateKind {
  return userTy === null ? a : { ...a, userTy };
}

/**
 * The type a struct literal's or constructor's path writes, when it can name lifetimes: `Self`
 * (the impl's self type, its lifetimes the impl's parameters) or `Foo::<'a>` (rustc's user type
 * annotation on the value). Null for a plain `Foo`, whose arguments are all inferred.
 */
function userPathTy(b: Builder, path: Path, id: number): Ty | null {
  const segs = path.segments;
  const first = segs[0];
  if (first === undefined || path.global) return null;
  const self = first.ident.name === 'Self';
  const lifetimes = segs.some((s) => s.args !== null && s.args.kind === 'angle' && s.args.args.some((a) => a.kind === 'lifetime'));
  if (!self && !lifetimes) return null;
  // `Self::Variant` / `Enum::<'a>::Variant`: the enum's type is the path without the variant.
  const resolved = b.types.resolutions[id];
  const variantPath = resolved !== undefined && resolved.kind === 'ctor' && b.tcx.adt(resolved.adt).kind === 'enum' && segs.length >= 2;
  const tySegs = variantPath ? segs.slice(0, -1) : segs;
  if (self && tySegs.length !== 1) return null;
  const ty: TypeExpr = { kind: 'path', id, qself: null, path: { ...path, segments: tySegs }, span: path.span };
  const user = b.tcx.lowerUserType?.(b.types.owner, ty) ?? null;
  return user !== null && user.kind === 'adt' ? user : null;
}

function rangeInto(b: Builder, dest: Place, e: Expr & { kind: 'range' }, ty: Ty): void {
  if (ty.kind !== 'adt') throw new Unsupported(e.span, 'range expression of unknown type');
  const adt = b.tcx.adt(ty.def);
  const fields = adt.variants[0]?.fields ?? [];
  const scope = pushScope(b, false, e.span);
  const operands: Operand[] = [];
  if (e.lo !== null) operands.push(asOperand(b, mirror(b, e.lo)));
  if (e.hi !== null) operands.push(asOperand(b, mirror(b, e.hi)));
  // RangeInclusive carries an `exhausted` flag after start and end.
  while (operands.length < fields.length) operands.push(boolConst(false));
  pushAssign(b, dest, { kind: 'aggregate', aggregate: { kind: 'adt', def: ty.def, variant: 0, args: ty.args }, operands: operands.slice(0, Math.max(fields.length, 0)) }, e.span);
  popScope(b, scope);
}

// ---------------------------------------------------------------------------------------------
// Calls

function lowerCall(b: Builder, dest: Place, e: Expr & { kind: 'call' }, retTy: Ty): void {
  const callee = unparen(e.callee);
  const scope = pushScope(b, false, e.span);
  const over = b.types.methodCallees[e.id];
  const res = b.types.resolutions[callee.id];
  if (over !== undefined) {
    // `f(a, b)` on a closure or `impl Fn`: `Fn::call(&f, (a, b))`.
    let recv = mirror(b, e.callee);
    const selfTy = over.sig.inputs[0];
    if (selfTy !== undefined && selfTy.kind === 'ref' && recv.ty.kind !== 'ref') {
      recv = { kind: 'borrow', base: recv, mut: selfTy.mut, twoPhase: false, ty: refTy(recv.ty, selfTy.mut), span: e.callee.span };
    }
    const recvOp = asOperand(b, recv);
    const tupleOp = argsTuple(b, e.args, e.span);
    emitCall(b, fnOperand(over.def, over.args), [recvOp, tupleOp], dest, e.span, callee.span, 'normal', retTy);
  } else if (res !== undefined && res.kind === 'ctor') {
    if (res.ctor !== 'tuple') throw new Unsupported(e.span, 'call of a non-tuple constructor');
    const args = retTy.kind === 'adt' ? retTy.args : eraseArgs(res.args);
    const operands = e.args.map((a) => asOperand(b, mirror(b, a)));
    const userTy = callee.kind === 'path' && callee.qself === null ? userPathTy(b, callee.path, callee.id) : null;
    pushAssign(b, dest, { kind: 'aggregate', aggregate: withUserTy({ kind: 'adt', def: res.adt, variant: res.variant, args }, userTy), operands }, e.span);
  } else if (res !== undefined && res.kind === 'def') {
    const k = b.tcx.defKind(res.def);
    if (k !== 'fn' && k !== 'assocFn') throw new Unsupported(callee.span, `call of a ${k}`);
    const func = withTurbofish(b, fnOperand(res.def, res.args), callee, k);
    const inputs = b.tcx.fnSig(res.def).sig.inputs;
    const args = e.args.map((a, i) => asOperand(b, argT(b, a, inputs[i])));
    emitCall(b, func, args, dest, e.span, callee.span, 'normal', retTy);
  } else {
    const calleeT = mirror(b, e.callee);
    const cty = calleeT.ty;
    if (cty.kind === 'closure') {
      const info = b.types.closures[cty.node];
      if (info === undefined) throw new Unsupported(callee.span, 'call of a closure without capture information');
      const mut = info.kind === 'FnMut';
      const recv: TExpr = info.kind === 'FnOnce' ? calleeT : { kind: 'borrow', base: calleeT, mut, twoPhase: false, ty: refTy(cty, mut), span: callee.span };
      const recvOp = asOperand(b, recv);
      const tupleOp = argsTuple(b, e.args, e.span);
      const name = info.kind === 'Fn' ? 'Fn::call' : info.kind === 'FnMut' ? 'FnMut::call_mut' : 'FnOnce::call_once';
      emitCall(b, intrinsicOperand(name, [], retTy), [recvOp, tupleOp], dest, e.span, callee.span, 'normal', retTy);
    } else if (cty.kind === 'fnPtr' || cty.kind === 'fnDef') {
      const func = asOperand(b, calleeT);
      const args = e.args.map((a) => asOperand(b, mirror(b, a, true)));
      emitCall(b, func, args, dest, e.span, callee.span, 'normal', retTy);
    } else {
      throw new Unsupported(callee.span, 'call of a value that is not a function, fn pointer or closure');
    }
  }
  popScope(b, scope);
}

/**
 * A call argument. `&mut` arguments passed where the callee expects a reference are reborrowed
 * (`&mut *r`, two-phase) rather than moved: typeck records that as an adjustment, and if it did
 * not, the reborrow is made here, as rustc's coercion to a reference type always does.
 */
function argT(b: Builder, arg: Expr, param: Ty | undefined): TExpr {
  const m = mirror(b, arg, true);
  const adj = b.types.adjustments[arg.id];
  if ((adj === undefined || adj.length === 0) && m.ty.kind === 'ref' && m.ty.mut && param !== undefined && param.kind === 'ref' && param.mut) {
    const inner = m.ty.inner;
    return { kind: 'borrow', base: { kind: 'deref', base: m, ty: inner, span: m.span }, mut: true, twoPhase: true, ty: m.ty, span: m.span };
  }
  return m;
}

function argsTuple(b: Builder, args: readonly Expr[], span: Span): Operand {
  const ops = args.map((a) => asOperand(b, mirror(b, a, true)));
  const tys = args.map((a) => astTy(b, a));
  const tmp = newTemp(b, { kind: 'tuple', elems: tys }, span);
  push(b, { kind: 'storageLive', local: tmp }, span);
  scheduleStorageDead(b, b.scopes.length - 1, tmp);
  pushAssign(b, localPlace(tmp), { kind: 'aggregate', aggregate: { kind: 'tuple' }, operands: ops }, span);
  return { kind: 'move', place: localPlace(tmp) };
}

function lowerMethodCall(b: Builder, dest: Place, e: Expr & { kind: 'methodCall' }, retTy: Ty): void {
  const callee = b.types.methodCallees[e.id];
  if (callee === undefined) throw new Unsupported(e.span, 'method call without a resolved method');
  const scope = pushScope(b, false, e.span);
  const recv = asOperand(b, argT(b, e.receiver, callee.sig.inputs[0]));
  const args = e.args.map((a, i) => asOperand(b, argT(b, a, callee.sig.inputs[i + 1])));
  const fnSpan = { lo: e.method.span.lo, hi: e.span.hi };
  emitCall(b, withMethodTurbofish(b, fnOperand(callee.def, callee.args), e), [recv, ...args], dest, e.span, fnSpan, 'methodCall', retTy);
  popScope(b, scope);
}

// ---------------------------------------------------------------------------------------------
// Assignment

export function lowerAssign(b: Builder, e: Expr & { kind: 'assign' }): void {
  const lhs = unparen(e.lhs);
  if (lhs.kind === 'tuple' || lhs.kind === 'array' || lhs.kind === 'struct' || lhs.kind === 'call' || (lhs.kind === 'path' && lhs.path.segments.length === 1 && lhs.path.segments[0]!.ident.name === '_')) {
    throw new Unsupported(e.span, 'destructuring assignment');
  }
  const lhsT = mirror(b, e.lhs);
  const scope = pushScope(b, false, e.span);
  const rv = asRvalue(b, mirror(b, e.rhs));
  const place = asPlace(b, lhsT);
  if (b.tcx.needsDrop(lhsT.ty)) {
    const next = newBlock(b);
    terminate(b, { kind: 'drop', place, target: next, unwind: null, replace: true }, e.lhs.span);
    b.cur = next;
    pushAssign(b, place, rv, e.lhs.span);
  } else {
    pushAssign(b, place, rv, e.span);
  }
  popScope(b, scope);
}

function lowerAssignOp(b: Builder, e: Expr & { kind: 'assignOp' }): void {
  const scope = pushScope(b, false, e.span);
  const over = b.types.methodCallees[e.id];
  if (over !== undefined) {
    // `a += b` on a non-primitive: `AddAssign::add_assign(&mut a, b)`, the `&mut` two-phase.
    let lhs = mirror(b, e.lhs, true);
    if (lhs.ty.kind !== 'ref' || lhs.kind === 'ast') {
      const selfTy = over.sig.inputs[0];
      const already = lhs.kind === 'borrow';
      if (!already && selfTy !== undefined && selfTy.kind === 'ref') lhs = { kind: 'borrow', base: lhs, mut: true, twoPhase: true, ty: refTy(lhs.ty, true), span: e.lhs.span };
    }
    const l = asOperand(b, lhs);
    const r = asOperand(b, mirror(b, e.rhs));
    emitCall(b, fnOperand(over.def, over.args), [l, r], localPlace(newTemp(b, UNIT, e.span)), e.span, e.opSpan, 'overloadedOperator', UNIT);
  } else {
    const r = asOperand(b, mirror(b, e.rhs));
    const lhsT = mirror(b, e.lhs);
    const place = asPlace(b, lhsT);
    const op = binOpOf(e.op.slice(0, -1) as BinaryOp);
    binaryInto(b, place, op, { kind: 'copy', place }, r, lhsT.ty, e.span);
  }
  popScope(b, scope);
}

/** Lowers a unit-valued expression for its effects (expression statements). */
export function lowerEffect(b: Builder, e: Expr): void {
  const x = unparen(e);
  switch (x.kind) {
    case 'assign': return lowerAssign(b, x);
    case 'assignOp': return lowerAssignOp(b, x);
    case 'break': return lowerBreak(b, x);
    case 'continue': return lowerContinue(b, x);
    case 'return': return lowerReturn(b, x);
    default: {
      const t = mirror(b, e);
      asTemp(b, t, b.scopes.length - 1, RVALUE_TEMP);
    }
  }
}

export function borrowKindOf(mut: boolean, twoPhase: boolean): BorrowKind {
  return mut ? (twoPhase ? 'twoPhaseMut' : 'mut') : 'shared';
}

export { goto, isUnit };
