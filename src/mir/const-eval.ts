import type { Span } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import type { GenericArgsTy, IntTy, Ty } from '../types/ty.js';
import type { Diagnostic, SubDiagnostic } from '../util/diagnostic.js';
import type { AssertMessage, BinOp, Body, Operand, Place, Rvalue } from './mir.js';

/**
 * A small evaluator of const and static initialisers on their MIR (rustc's CTFE, E0080): integers
 * and booleans with rustc's overflow, division and bounds checks, calls of this crate's const
 * fns, and `panic!()` / `panic!("literal")`. Every other value is opaque; the evaluation gives up,
 * claiming nothing, as soon as control flow or a check depends on an opaque value, or it meets a
 * construct it does not model (a std call, a loop past the step budget).
 */
type Value =
  | { readonly kind: 'int'; readonly v: bigint; readonly ty: IntTy }
  | { readonly kind: 'bool'; readonly v: boolean }
  | { readonly kind: 'agg'; readonly fields: readonly Value[] }
  | { readonly kind: 'opaque' };

const OPAQUE: Value = { kind: 'opaque' };

interface Frame {
  readonly body: Body;
  /** The generic arguments of the call, for rustc's `inside `f::<T>`` note. */
  readonly name: string;
  /** Where this frame called the next one. */
  callSpan: Span | null;
}

class GiveUp extends Error {}
/** A check our MIR leaves implicit (division by zero, negating the minimum): rustc's assert fails at the statement. */
class StatementFailure extends Error {}
class Failure extends Error {
  constructor(readonly message: string, readonly span: Span, readonly frames: readonly { readonly name: string; readonly span: Span }[]) {
    super(message);
  }
}

const STEP_BUDGET = 20000;
const DEPTH_LIMIT = 64;

export interface ConstEvalInputs {
  readonly tcx: TypeContext;
  readonly text: string;
  /** The MIR of a fn of this crate (null when it has none, e.g. it did not type-check). */
  readonly bodyOf: (def: number) => Body | null;
}

export function constEvalErrors(body: Body, inp: ConstEvalInputs): Diagnostic[] {
  const kind = inp.tcx.defKind(body.def);
  if ((kind !== 'const' && kind !== 'static') || body.closure !== null) return [];
  const stack: Frame[] = [];
  let steps = 0;
  const what = inp.tcx.defPath(body.def);

  const run = (b: Body, name: string, args: readonly Value[]): Value => {
    if (stack.length >= DEPTH_LIMIT) throw new GiveUp();
    const frame: Frame = { body: b, name, callSpan: null };
    stack.push(frame);
    const locals: Value[] = b.locals.map(() => OPAQUE);
    args.forEach((a, i) => (locals[i + 1] = a));
    const read = (p: Place): Value => {
      let v = locals[p.local]!;
      for (const e of p.projection) {
        if (e.kind === 'field' && v.kind === 'agg') v = v.fields[e.index] ?? OPAQUE;
        else v = OPAQUE;
      }
      return v;
    };
    const operand = (o: Operand): Value => {
      if (o.kind !== 'const') return read(o.place);
      const c = o.value;
      if (c.kind === 'int' && o.ty.kind === 'int') return { kind: 'int', v: c.value, ty: o.ty.int };
      if (c.kind === 'bool') return { kind: 'bool', v: c.value };
      return OPAQUE;
    };
    const tyOf = (p: Place): Ty | null => (p.projection.length === 0 ? b.locals[p.local]!.ty : null);
    let block = 0;
    for (;;) {
      const bb = b.blocks[block]!;
      for (const st of bb.statements) {
        if (++steps > STEP_BUDGET) throw new GiveUp();
        const k = st.kind;
        if (k.kind !== 'assign') continue;
        if (k.place.projection.length > 0) throw new GiveUp();
        try {
          locals[k.place.local] = rvalue(k.rvalue, operand, tyOf(k.place), st.span);
        } catch (x) {
          if (x instanceof StatementFailure) throw fail(x.message, st.span);
          throw x;
        }
      }
      const t = bb.terminator.kind;
      switch (t.kind) {
        case 'goto': block = t.target; continue;
        case 'falseEdge': block = t.real; continue;
        case 'falseUnwind': block = t.real; continue;
        case 'return': stack.pop(); return locals[0]!;
        case 'drop': block = t.target; continue;
        case 'switchInt': {
          const d = operand(t.discr);
          const v = d.kind === 'int' ? d.v : d.kind === 'bool' ? (d.v ? 1n : 0n) : null;
          if (v === null) throw new GiveUp();
          const i = t.values.indexOf(v);
          block = i >= 0 ? t.targets[i]! : t.otherwise;
          continue;
        }
        case 'assert': {
          const c = operand(t.cond);
          if (c.kind !== 'bool') throw new GiveUp();
          if (c.v === t.expected) { block = t.target; continue; }
          throw fail(assertMessage(t.msg, operand), bb.terminator.span);
        }
        case 'call': {
          const f = t.func;
          if (f.kind !== 'const') throw new GiveUp();
          const fv = f.value;
          if (fv.kind === 'intrinsic' && (fv.name === 'core::panicking::panic_fmt' || fv.name === 'core::panicking::panic')) {
            const m = panicMessage(inp.text, bb.terminator.span);
            if (m === null) throw new GiveUp();
            throw fail(m, bb.terminator.span);
          }
          if (fv.kind !== 'fn' || inp.tcx.isConstFn?.(fv.def) !== true) throw new GiveUp();
          const callee = inp.bodyOf(fv.def);
          if (callee === null || t.target === null || t.destination.projection.length > 0) throw new GiveUp();
          frame.callSpan = bb.terminator.span;
          locals[t.destination.local] = run(callee, calleeName(inp.tcx, fv.def, fv.args), t.args.map(operand));
          frame.callSpan = null;
          block = t.target;
          continue;
        }
        case 'unreachable': case 'unwindResume': throw new GiveUp();
        default: { const never: never = t; return never; }
      }
    }
  };

  const fail = (message: string, span: Span): Failure => {
    const frames = stack.slice(1).map((f, i) => ({ name: f.name, span: i === stack.length - 2 ? span : f.callSpan ?? span }));
    return new Failure(message, stack.length > 1 ? stack[0]!.callSpan ?? span : span, frames);
  };

  try {
    run(body, what, []);
    return [];
  } catch (e) {
    if (e instanceof Failure) return [report(what, e)];
    if (e instanceof GiveUp) return [];
    throw e;
  }
}

function rvalue(r: Rvalue, operand: (o: Operand) => Value, ty: Ty | null, span: Span): Value {
  void span;
  switch (r.kind) {
    case 'use': return operand(r.operand);
    case 'aggregate': return { kind: 'agg', fields: r.operands.map(operand) };
    case 'binary': case 'checkedBinary': {
      const a = operand(r.lhs);
      const b = operand(r.rhs);
      const intTy = a.kind === 'int' ? a.ty : null;
      if (r.kind === 'checkedBinary') {
        if (a.kind !== 'int' || b.kind !== 'int' || intTy === null) return { kind: 'agg', fields: [OPAQUE, OPAQUE] };
        const exact = arith(r.op, a.v, b.v);
        if (exact === null) return { kind: 'agg', fields: [OPAQUE, OPAQUE] };
        const wrapped = wrap(exact, intTy);
        return { kind: 'agg', fields: [{ kind: 'int', v: wrapped, ty: intTy }, { kind: 'bool', v: wrapped !== exact }] };
      }
      if (a.kind === 'int' && b.kind === 'int' && intTy !== null) {
        const cmp = compare(r.op, a.v, b.v);
        if (cmp !== null) return { kind: 'bool', v: cmp };
        if ((r.op === 'Div' || r.op === 'Rem') && b.v === 0n) {
          throw new StatementFailure(r.op === 'Div' ? `attempt to divide \`${showInt(a.v, intTy)}\` by zero` : `attempt to calculate the remainder of \`${showInt(a.v, intTy)}\` with a divisor of zero`);
        }
        const exact = arith(r.op, a.v, b.v);
        if (exact !== null && (r.op === 'Div' || r.op === 'Rem' || r.op === 'BitAnd' || r.op === 'BitOr' || r.op === 'BitXor')) return { kind: 'int', v: wrap(exact, intTy), ty: intTy };
        return OPAQUE;
      }
      if (a.kind === 'bool' && b.kind === 'bool') {
        switch (r.op) {
          case 'Eq': return { kind: 'bool', v: a.v === b.v };
          case 'Ne': return { kind: 'bool', v: a.v !== b.v };
          case 'BitAnd': return { kind: 'bool', v: a.v && b.v };
          case 'BitOr': return { kind: 'bool', v: a.v || b.v };
          default: return OPAQUE;
        }
      }
      return OPAQUE;
    }
    case 'unary': {
      const a = operand(r.operand);
      if (r.op === 'Not' && a.kind === 'bool') return { kind: 'bool', v: !a.v };
      if (r.op === 'Neg' && a.kind === 'int') return { kind: 'int', v: wrap(-a.v, a.ty), ty: a.ty };
      return OPAQUE;
    }
    case 'len': return ty !== null ? OPAQUE : OPAQUE;
    case 'repeat': case 'ref': case 'rawPtr': case 'cast': case 'discriminant': case 'copyForDeref':
      return OPAQUE;
    default: { const never: never = r; return never; }
  }
}

function arith(op: BinOp, a: bigint, b: bigint): bigint | null {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mul': return a * b;
    case 'Div': return b === 0n ? null : a / b;
    case 'Rem': return b === 0n ? null : a % b;
    case 'BitAnd': return a & b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
    default: return null;
  }
}

function compare(op: BinOp, a: bigint, b: bigint): boolean | null {
  switch (op) {
    case 'Eq': return a === b;
    case 'Ne': return a !== b;
    case 'Lt': return a < b;
    case 'Le': return a <= b;
    case 'Gt': return a > b;
    case 'Ge': return a >= b;
    default: return null;
  }
}

const BITS: Record<IntTy, number> = { i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: 64, u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: 64 };

function wrap(v: bigint, ty: IntTy): bigint {
  const bits = BigInt(BITS[ty]);
  return ty.startsWith('i') ? BigInt.asIntN(Number(bits), v) : BigInt.asUintN(Number(bits), v);
}

/** rustc's wording of a failed assertion, with the operands' values (`255_u8 + 1_u8`). */
function assertMessage(m: AssertMessage, operand: (o: Operand) => Value): string {
  const show = (o: Operand): string => {
    const v = operand(o);
    if (v.kind !== 'int') throw new GiveUp();
    return showInt(v.v, v.ty);
  };
  switch (m.kind) {
    case 'boundsCheck': {
      const len = operand(m.len);
      const idx = operand(m.index);
      if (len.kind !== 'int' || idx.kind !== 'int') throw new GiveUp();
      return `index out of bounds: the length is ${len.v} but the index is ${idx.v}`;
    }
    case 'overflow': {
      const sym: Partial<Record<BinOp, string>> = { Add: '+', Sub: '-', Mul: '*', Div: '/', Rem: '%', Shl: '<<', Shr: '>>' };
      const s = sym[m.op];
      if (s === undefined) throw new GiveUp();
      return `attempt to compute \`${show(m.lhs)} ${s} ${show(m.rhs)}\`, which would overflow`;
    }
    case 'overflowNeg': return `attempt to negate \`${show(m.operand)}\`, which would overflow`;
    case 'divisionByZero': return `attempt to divide \`${show(m.operand)}\` by zero`;
    case 'remainderByZero': return `attempt to calculate the remainder of \`${show(m.operand)}\` with a divisor of zero`;
    default: { const never: never = m; return never; }
  }
}

/** An integer as rustc's const-eval messages print it: `200_u8`, and the extremes by name (`u8::MAX`, `i8::MIN`). */
function showInt(v: bigint, ty: IntTy): string {
  const bits = BigInt(BITS[ty]);
  const signed = ty.startsWith('i');
  const max = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (v === max) return `${ty}::MAX`;
  if (signed && v === -(1n << (bits - 1n))) return `${ty}::MIN`;
  return `${v}_${ty}`;
}

/** `panic!()` is an "explicit panic"; `panic!("text")` (no formatting) panics with its text; anything else: unknown. */
function panicMessage(text: string, span: Span): string | null {
  const src = text.slice(span.lo, span.hi);
  const m = /^(?:std::|core::)?panic!\s*[([{]\s*(?:"((?:[^"\\{}]|\\.)*)"\s*,?\s*)?[)\]}]$/s.exec(src);
  if (m === null) return null;
  if (m[1] === undefined) return 'explicit panic';
  if (m[1].includes('\\')) return null;
  return m[1];
}

function calleeName(tcx: TypeContext, def: number, args: GenericArgsTy): string {
  const path = tcx.defPath(def);
  return args.types.length === 0 ? path : `${path}::<${args.types.map((t) => tcx.displayTy(t)).join(', ')}>`;
}

function report(what: string, f: Failure): Diagnostic {
  const label = f.frames.length > 0 ? `evaluation of \`${what}\` failed inside this call` : `evaluation of \`${what}\` failed here`;
  const children: SubDiagnostic[] = f.frames.map((fr, i) => ({
    level: 'note',
    message: `inside \`${fr.name}\``,
    spans: [{ span: fr.span, label: i === f.frames.length - 1 ? 'the failure occurred here' : null, primary: true }],
    suggestions: [],
  }));
  const panicked = !f.message.startsWith('attempt to') && !f.message.startsWith('index out of bounds');
  return { level: 'error', code: 'E0080', message: panicked ? `evaluation panicked: ${f.message}` : f.message, spans: [{ span: f.span, label, primary: true }], children };
}
