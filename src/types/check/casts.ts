import type { Expr } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import { castMsg, lintMsg } from '../messages.js';
import type { Ty } from '../ty.js';
import type { Fcx } from './fcx.js';
import { err, res, show } from './fcx.js';

/** An `as` cast, judged once inference is done (rustc's deferred cast checks). */
export interface PendingCast {
  readonly span: Span;
  readonly from: Ty;
  readonly to: Ty;
  /** The operand (rustc suggests dereferencing a reference to a number). */
  readonly operand: Span;
  /** The written target type. */
  readonly tySpan: Span;
}

/**
 * What rustc's `CastTy::from_ty` makes of a type, plus the kinds a cast error names: `other` is
 * anything this check does not judge (parameters, projections, `dyn`, closures, fn items...),
 * for which no error is reported.
 */
type CastClass = 'int' | 'u8' | 'bool' | 'char' | 'cenum' | 'float' | 'ptr' | 'fnPtr' | 'ref' | 'nonPrim' | 'other';

function classify(fcx: Fcx, t: Ty): CastClass {
  switch (t.kind) {
    case 'int': return t.int === 'u8' ? 'u8' : 'int';
    case 'float': return 'float';
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'ptr': return 'ptr';
    case 'fnPtr': return 'fnPtr';
    case 'ref': return 'ref';
    case 'infer': return t.flavor === 'int' ? 'int' : t.flavor === 'float' ? 'float' : 'other';
    case 'adt': {
      const adt = fcx.tcx.adt(t.def);
      if (adt.kind === 'enum' && adt.variants.length > 0 && adt.variants.every((v) => v.ctor === 'unit')) return 'cenum';
      return 'nonPrim';
    }
    case 'tuple': case 'array': case 'str': case 'slice': return 'nonPrim';
    default: return 'other';
  }
}

const SCALAR: ReadonlySet<CastClass> = new Set(['int', 'u8', 'bool', 'char', 'cenum', 'float', 'ptr', 'fnPtr']);

/** Is the pointee of a raw pointer known to be sized (thin pointer) or known to be unsized (wide)? */
function pointeeSize(fcx: Fcx, t: Ty): 'thin' | 'wide' | 'unknown' {
  const p = res(fcx, t);
  switch (p.kind) {
    case 'slice': case 'str': case 'dyn': return 'wide';
    case 'int': case 'float': case 'bool': case 'char': case 'ptr': case 'ref': case 'fnPtr': case 'array': case 'tuple': case 'never': return 'thin';
    case 'adt': return fcx.tcx.adt(p.def).kind === 'enum' ? 'thin' : 'unknown';
    default: return 'unknown';
  }
}

/** rustc's `CastCheck::check`, for the pairs whose verdict does not rest on coercion or unknown types. */
export function checkCast(fcx: Fcx, c: PendingCast): void {
  const from = res(fcx, c.from);
  const to = res(fcx, c.to);
  const f = classify(fcx, from);
  const t = classify(fcx, to);
  if (f === 'other' || t === 'other') return;
  const fromS = show(fcx, from);
  const toS = show(fcx, to);
  // Identical types are a coercion; references and raw pointers are left to coercion (unsizing, reborrows).
  if (fromS === toS) return;
  if (t === 'bool') {
    if (f === 'int' || f === 'u8' || f === 'float' || f === 'char' || f === 'cenum') err(fcx, castMsg.toBool(c.span, fromS, f === 'int' || f === 'u8' || f === 'float' ? operandText(fcx, c) : null));
    else if (f === 'nonPrim') err(fcx, castMsg.nonPrimitive(c.span, fromS, toS));
    else if (f === 'ref') err(fcx, castMsg.invalid(c.span, fromS, toS, null));
    return;
  }
  if (t === 'char') {
    if (f === 'int' || f === 'float' || f === 'bool' || f === 'cenum') err(fcx, castMsg.toChar(c.span, fromS, f === 'int' ? operandText(fcx, c) : null, f === 'float'));
    else if (f === 'nonPrim') err(fcx, castMsg.nonPrimitive(c.span, fromS, toS));
    else if (f === 'ref') err(fcx, castMsg.invalid(c.span, fromS, toS, null));
    return;
  }
  if (t === 'float' && (f === 'bool' || f === 'char' || f === 'cenum')) {
    err(fcx, castMsg.invalid(c.span, fromS, toS, 'cast through an integer first'));
    return;
  }
  if ((f === 'float' && t === 'ptr') || (f === 'ptr' && t === 'float')) {
    err(fcx, castMsg.invalid(c.span, fromS, toS, null));
    return;
  }
  if (f === 'ref' && (t === 'int' || t === 'u8' || t === 'float')) {
    const inner = from.kind === 'ref' ? classify(fcx, res(fcx, from.inner)) : 'other';
    const numeric = inner === 'int' || inner === 'u8' || inner === 'float';
    err(fcx, castMsg.invalid(c.span, fromS, toS, numeric ? null : 'cast through a raw pointer first', numeric ? c.operand : null));
    return;
  }
  if (f === 'ptr' && t === 'ptr' && from.kind === 'ptr' && to.kind === 'ptr') {
    if (pointeeSize(fcx, from.inner) === 'thin' && pointeeSize(fcx, to.inner) === 'wide') err(fcx, castMsg.thinToWide(c.span, fromS, toS));
    return;
  }
  if ((f === 'int' || f === 'u8') && t === 'ptr' && to.kind === 'ptr') {
    if (pointeeSize(fcx, to.inner) === 'wide') err(fcx, castMsg.intToWide(c.tySpan, fromS, toS));
    return;
  }
  // A non-primitive on either side of a cast between a scalar and anything: nothing coerces there.
  if ((t === 'cenum' && (SCALAR.has(f) || f === 'ref') && f !== 'cenum') || (f === 'nonPrim' && SCALAR.has(t)) || (t === 'nonPrim' && (SCALAR.has(f) || f === 'ref')) || (f === 'ref' && t === 'ref' && refsCannotCoerce(fcx, from, to))) {
    err(fcx, castMsg.nonPrimitive(c.span, fromS, toS));
  }
}

function operandText(fcx: Fcx, c: PendingCast): string {
  return fcx.tcx.file.text.slice(c.operand.lo, c.operand.hi);
}

/** `&i64 as &i32`: two references to different scalars, which no coercion relates. */
function refsCannotCoerce(fcx: Fcx, from: Ty, to: Ty): boolean {
  if (from.kind !== 'ref' || to.kind !== 'ref') return false;
  const a = classify(fcx, res(fcx, from.inner));
  const b = classify(fcx, res(fcx, to.inner));
  const plain = (k: CastClass): boolean => k === 'int' || k === 'u8' || k === 'float' || k === 'bool' || k === 'char';
  return plain(a) && plain(b) && show(fcx, from.inner) !== show(fcx, to.inner);
}

const INT_BITS: Readonly<Record<string, number>> = { i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: 64, u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: 64 };
const SIGNED_ORDER = ['i8', 'i16', 'i32', 'i64', 'i128'];

/**
 * rustc's `overflowing_literals` lint (deny by default): an integer literal outside its type's
 * range, or a float literal that becomes infinite. It is a late lint, so the diagnostic carries
 * the lint's name as its code and is reported only when nothing else failed.
 */
export function checkLiteralRange(fcx: Fcx, l: { readonly e: Expr & { kind: 'lit' }; readonly ty: Ty; readonly neg: Span | null }): void {
  const t = res(fcx, l.ty);
  const lit = l.e.lit;
  const span = l.neg ?? l.e.span;
  const text = fcx.tcx.file.text.slice(span.lo, span.hi);
  if (lit.kind === 'int' && t.kind === 'int') {
    const bits = INT_BITS[t.int];
    if (bits === undefined) return;
    const signed = t.int.startsWith('i');
    const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
    const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
    const v = l.neg !== null ? -lit.value : lit.value;
    if (v >= min && v <= max) return;
    // A negated unsigned literal is E0600, not this lint.
    if (!signed && l.neg !== null) return;
    const bigger = signed ? SIGNED_ORDER.slice(SIGNED_ORDER.indexOf(t.int === 'isize' ? 'i64' : t.int) + 1).find((k) => {
      const b = BigInt(INT_BITS[k]!);
      return v >= -(1n << (b - 1n)) && v <= (1n << (b - 1n)) - 1n;
    }) ?? null : null;
    fcx.diags.push(lintMsg.overflowingInt(span, text, t.int, `${min}..=${max}`, bigger));
    return;
  }
  if (lit.kind === 'float' && t.kind === 'float') {
    const limit = t.float === 'f32' ? 3.4028234663852886e38 : Number.MAX_VALUE;
    if (Number.isFinite(lit.value) && Math.abs(lit.value) <= limit) return;
    fcx.diags.push(lintMsg.overflowingFloat(span, text, t.float));
  }
}
