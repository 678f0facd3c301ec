import type { TypeContext } from '../types/context.js';
import type { GenericArgsTy, Ty } from '../types/ty.js';
import { assertNever } from '../util/assert.js';
import type {
  AggregateKind, AssertMessage, BasicBlock, BinOp, Body, BorrowKind, CastKind, ConstValue, FakeReadCause, Operand, Place, Rvalue, Statement, Terminator,
} from './mir.js';

/**
 * A MIR dump in the style of `rustc -Zunpretty=mir` (as of the borrowck phase: with storage
 * markers, fake reads, false edges). Closure bodies follow their parent.
 */
export function printMir(body: Body, tcx: TypeContext): string {
  const out: string[] = [];
  printBody(body, tcx, out);
  return out.join('\n');
}

function printBody(body: Body, tcx: TypeContext, out: string[]): void {
  const ty = (t: Ty) => tcx.displayTy(t);
  const args: string[] = [];
  for (let i = 1; i <= body.argCount; i++) args.push(`_${i}: ${ty(body.locals[i]!.ty)}`);
  const ret = body.locals[0] !== undefined ? ty(body.locals[0].ty) : '()';
  out.push(`fn ${body.name}(${args.join(', ')}) -> ${ret} {`);
  for (let i = 1; i <= body.argCount; i++) {
    const d = body.locals[i]!;
    if (d.name !== null) out.push(`    debug ${d.name} => _${i};`);
  }
  if (body.closure !== null) {
    body.closure.upvarNames.forEach((n, i) => {
      const byRef = body.closure!.upvarByRef[i] !== 'value';
      const env = body.closure!.kind === 'FnOnce' ? '_1' : '(*_1)';
      out.push(`    debug ${n} => ${byRef ? '(*' : ''}(${env}.${i}: ${ty(projFieldTy(body, i))})${byRef ? ')' : ''};`);
    });
  }
  body.locals.forEach((d, i) => {
    if (i >= 1 && i <= body.argCount) return;
    out.push(`    let ${d.mutable ? 'mut ' : ''}_${i}: ${ty(d.ty)};`);
  });
  body.locals.forEach((d, i) => {
    if (i >= 1 && i <= body.argCount) return;
    if (d.kind === 'user' && d.name !== null && d.bindingMode !== 'refForGuard') out.push(`    debug ${d.name} => _${i};`);
  });
  body.blocks.forEach((b, i) => {
    out.push('');
    printBlock(body, b, i, tcx, out);
  });
  out.push('}');
  for (const c of body.children) {
    out.push('');
    printBody(c, tcx, out);
  }
}

function projFieldTy(body: Body, index: number): Ty {
  const env = body.locals[1]?.ty;
  const cl = env === undefined ? undefined : env.kind === 'ref' ? env.inner : env;
  if (cl !== undefined && cl.kind === 'closure') return cl.upvars[index] ?? { kind: 'error' };
  return { kind: 'error' };
}

function printBlock(body: Body, b: BasicBlock, id: number, tcx: TypeContext, out: string[]): void {
  out.push(`    bb${id}${b.isCleanup ? ' (cleanup)' : ''}: {`);
  for (const s of b.statements) out.push(`        ${statement(body, s, tcx)};`);
  out.push(`        ${terminator(b.terminator, tcx)};`);
  out.push('    }');
}

/** As rustc: `[1..3]` on arrays; `[1:]`, `[:-1]`, `[1:-1]` counted from the end on slices. */
function subsliceStr(from: number, to: number, fromEnd: boolean): string {
  if (!fromEnd) return `[${from}..${to}]`;
  if (to === 0) return `[${from}:]`;
  if (from === 0) return `[:-${to}]`;
  return `[${from}:-${to}]`;
}

export function placeStr(p: Place, tcx: TypeContext): string {
  let s = `_${p.local}`;
  for (const e of p.projection) {
    switch (e.kind) {
      case 'deref': s = `(*${s})`; break;
      case 'field': s = `(${s}.${e.index}: ${tcx.displayTy(e.ty)})`; break;
      case 'index': s = `${s}[_${e.local}]`; break;
      case 'constantIndex': s = `${s}[${e.fromEnd ? '-' : ''}${e.offset} of ${e.minLength}]`; break;
      case 'subslice': s = `${s}${subsliceStr(e.from, e.to, e.fromEnd)}`; break;
      case 'downcast': s = `(${s} as ${e.name})`; break;
      default: return assertNever(e);
    }
  }
  return s;
}

function argsStr(args: GenericArgsTy, tcx: TypeContext): string {
  return args.types.length === 0 ? '' : `::<${args.types.map((t) => tcx.displayTy(t)).join(', ')}>`;
}

function constStr(c: ConstValue, ty: Ty, tcx: TypeContext): string {
  switch (c.kind) {
    case 'int': return ty.kind === 'int' ? `${c.value}_${ty.int}` : `${c.value}`;
    case 'float': return `${Number.isInteger(c.value) ? c.value.toFixed(0) : String(c.value)}${ty.kind === 'float' ? ty.float : 'f64'}`;
    case 'bool': return String(c.value);
    case 'char': return `'${c.value === "'" ? "\\'" : c.value}'`;
    case 'str': return JSON.stringify(c.value);
    case 'bytes': return `b"${Array.from(c.value, (x) => (x >= 0x20 && x < 0x7f && x !== 0x22 && x !== 0x5c ? String.fromCharCode(x) : `\\x${x.toString(16).padStart(2, '0')}`)).join('')}"`;
    case 'unit': return '()';
    case 'fn': return `${tcx.defPath(c.def)}${argsStr(c.args, tcx)}`;
    case 'item': return tcx.defPath(c.def);
    case 'zst': return 'ZeroSized';
    case 'intrinsic': return c.name;
    case 'promoted': return `&${constStr(c.value, ty.kind === 'ref' ? ty.inner : ty, tcx)}`;
    default: return assertNever(c);
  }
}

export function operandStr(o: Operand, tcx: TypeContext): string {
  switch (o.kind) {
    case 'copy': return `copy ${placeStr(o.place, tcx)}`;
    case 'move': return `move ${placeStr(o.place, tcx)}`;
    case 'const': return `const ${constStr(o.value, o.ty, tcx)}`;
    default: return assertNever(o);
  }
}

function borrowStr(k: BorrowKind): string {
  switch (k) {
    case 'shared': return '&';
    case 'mut': case 'twoPhaseMut': return '&mut ';
    case 'shallow': return '&fake shallow ';
    case 'unique': return '&uniq ';
    default: return assertNever(k);
  }
}

function castStr(k: CastKind): string {
  switch (k) {
    case 'intToInt': return 'IntToInt';
    case 'floatToInt': return 'FloatToInt';
    case 'intToFloat': return 'IntToFloat';
    case 'floatToFloat': return 'FloatToFloat';
    case 'ptrToPtr': return 'PtrToPtr';
    case 'unsize': return 'PointerCoercion(Unsize, Implicit)';
    case 'reifyFnPointer': return 'PointerCoercion(ReifyFnPointer, AsCast)';
    case 'closureFnPointer': return 'PointerCoercion(ClosureFnPointer(Safe), AsCast)';
    case 'transmute': return 'Transmute';
    case 'other': return 'Other';
    default: return assertNever(k);
  }
}

function aggregateStr(body: Body, dest: Place, a: AggregateKind, ops: readonly Operand[], tcx: TypeContext): string {
  const os = ops.map((o) => operandStr(o, tcx));
  switch (a.kind) {
    case 'tuple': return `(${os.join(', ')}${os.length === 1 ? ',' : ''})`;
    case 'array': return `[${os.join(', ')}]`;
    case 'adt': {
      const adt = tcx.adt(a.def);
      const v = adt.variants[a.variant];
      const name = `${adt.name}${argsStr(a.args, tcx)}${adt.kind === 'enum' && v !== undefined ? `::${v.name}` : ''}`;
      if (v === undefined || v.ctor === 'unit') return name;
      if (v.ctor === 'tuple') return `${name}(${os.join(', ')})`;
      if (a.activeField !== undefined) return `${name} { ${v.fields[a.activeField]?.name ?? a.activeField}: ${os[0] ?? '?'} }`;
      return `${name} { ${v.fields.map((f, i) => `${f.name}: ${os[i] ?? '?'}`).join(', ')} }`;
    }
    case 'closure': {
      const dty = dest.projection.length === 0 ? body.locals[dest.local]?.ty : undefined;
      const name = dty !== undefined ? tcx.displayTy(dty) : `{closure#${a.node}}`;
      const upvars = body.children.find((c) => c.closure !== null && c.closure.node === a.node)?.closure?.upvarNames ?? [];
      return os.length === 0 ? name : `${name} { ${os.map((o, i) => `${upvars[i] ?? i}: ${o}`).join(', ')} }`;
    }
    default: return assertNever(a);
  }
}

function rvalueStr(body: Body, dest: Place, rv: Rvalue, tcx: TypeContext): string {
  switch (rv.kind) {
    case 'use': return operandStr(rv.operand, tcx);
    case 'repeat': return `[${operandStr(rv.operand, tcx)}; ${rv.count}]`;
    case 'ref': return `${borrowStr(rv.borrow)}${placeStr(rv.place, tcx)}`;
    case 'rawPtr': return `&raw ${rv.mut ? 'mut' : 'const'} ${placeStr(rv.place, tcx)}`;
    case 'len': return `Len(${placeStr(rv.place, tcx)})`;
    case 'cast': return `${operandStr(rv.operand, tcx)} as ${tcx.displayTy(rv.ty)} (${castStr(rv.cast)})`;
    case 'binary': return `${rv.op}(${operandStr(rv.lhs, tcx)}, ${operandStr(rv.rhs, tcx)})`;
    case 'checkedBinary': return `${rv.op}WithOverflow(${operandStr(rv.lhs, tcx)}, ${operandStr(rv.rhs, tcx)})`;
    case 'unary': return `${rv.op}(${operandStr(rv.operand, tcx)})`;
    case 'discriminant': return `discriminant(${placeStr(rv.place, tcx)})`;
    case 'aggregate': return aggregateStr(body, dest, rv.aggregate, rv.operands, tcx);
    case 'copyForDeref': return `CopyForDeref(${placeStr(rv.place, tcx)})`;
    default: return assertNever(rv);
  }
}

function fakeReadStr(c: FakeReadCause): string {
  switch (c) {
    case 'forMatchedPlace': return 'ForMatchedPlace(None)';
    case 'forLet': return 'ForLet(None)';
    case 'forGuardBinding': return 'ForGuardBinding';
    case 'forIndex': return 'ForIndex';
    case 'forMatchGuard': return 'ForMatchGuard';
    default: return assertNever(c);
  }
}

function statement(body: Body, s: Statement, tcx: TypeContext): string {
  const k = s.kind;
  switch (k.kind) {
    case 'assign': return `${placeStr(k.place, tcx)} = ${rvalueStr(body, k.place, k.rvalue, tcx)}`;
    case 'fakeRead': return `FakeRead(${k.closure === undefined ? fakeReadStr(k.cause) : fakeReadStr(k.cause).replace('(None)', '(Some(closure))')}, ${placeStr(k.place, tcx)})`;
    case 'setDiscriminant': return `discriminant(${placeStr(k.place, tcx)}) = ${k.variant}`;
    case 'storageLive': return `StorageLive(_${k.local})`;
    case 'storageDead': return `StorageDead(_${k.local})`;
    case 'placeMention': return `PlaceMention(${placeStr(k.place, tcx)})`;
    case 'nop': return 'nop';
    default: return assertNever(k);
  }
}

function unwindStr(u: number | null): string {
  return u === null ? 'unwind continue' : `unwind: bb${u}`;
}

const OP_SYMBOL: Partial<Record<BinOp, string>> = { Add: '+', Sub: '-', Mul: '*', Div: '/', Rem: '%', Shl: '<<', Shr: '>>' };

function assertMsg(m: AssertMessage, tcx: TypeContext): string {
  switch (m.kind) {
    case 'boundsCheck': return `"index out of bounds: the length is {} but the index is {}", ${operandStr(m.len, tcx)}, ${operandStr(m.index, tcx)}`;
    case 'overflow': return `"attempt to compute \`{} ${OP_SYMBOL[m.op] ?? m.op} {}\`, which would overflow", ${operandStr(m.lhs, tcx)}, ${operandStr(m.rhs, tcx)}`;
    case 'overflowNeg': return `"attempt to negate \`{}\`, which would overflow", ${operandStr(m.operand, tcx)}`;
    case 'divisionByZero': return `"attempt to divide \`{}\` by zero", ${operandStr(m.operand, tcx)}`;
    case 'remainderByZero': return `"attempt to calculate the remainder of \`{}\` with a divisor of zero", ${operandStr(m.operand, tcx)}`;
    default: return assertNever(m);
  }
}

function funcStr(o: Operand, tcx: TypeContext): string {
  return o.kind === 'const' ? constStr(o.value, o.ty, tcx) : operandStr(o, tcx);
}

function terminator(t: Terminator, tcx: TypeContext): string {
  const k = t.kind;
  switch (k.kind) {
    case 'goto': return `goto -> bb${k.target}`;
    case 'switchInt': {
      const arms = k.values.map((v, i) => `${v}: bb${k.targets[i]}`);
      arms.push(`otherwise: bb${k.otherwise}`);
      return `switchInt(${operandStr(k.discr, tcx)}) -> [${arms.join(', ')}]`;
    }
    case 'return': return 'return';
    case 'unreachable': return 'unreachable';
    case 'unwindResume': return 'resume';
    case 'drop': return `drop(${placeStr(k.place, tcx)}) -> [return: bb${k.target}, ${unwindStr(k.unwind)}]`;
    case 'call': {
      const call = `${placeStr(k.destination, tcx)} = ${funcStr(k.func, tcx)}(${k.args.map((a) => operandStr(a, tcx)).join(', ')})`;
      return k.target === null ? `${call} -> ${unwindStr(k.unwind)}` : `${call} -> [return: bb${k.target}, ${unwindStr(k.unwind)}]`;
    }
    case 'assert': return `assert(${k.expected ? '' : '!'}${operandStr(k.cond, tcx)}, ${assertMsg(k.msg, tcx)}) -> [success: bb${k.target}, ${unwindStr(k.unwind)}]`;
    case 'falseEdge': return `falseEdge -> [real: bb${k.real}, imaginary: bb${k.imaginary}]`;
    case 'falseUnwind': return `falseUnwind -> [real: bb${k.real}, ${unwindStr(k.unwind)}]`;
    default: return assertNever(k);
  }
}
