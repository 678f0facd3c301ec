import type { BasicBlock, Body, BorrowKind, LocalDecl, Operand, Place, ProjectionElem, Rvalue, Statement, StatementKind, Terminator, TerminatorKind } from '../../src/mir/mir.js';
import type { Span } from '../../src/syntax/span.js';
import type { AdtDef, DefKind, PolyFnSig, TypeContext } from '../../src/types/context.js';
import type { DefId, FnSigTy, GenericArgsTy, Region, Ty } from '../../src/types/ty.js';
import { ERASED, NO_ARGS, UNIT } from '../../src/types/ty.js';

/**
 * Hand-built MIR for borrowck unit tests: a tiny std (String, Vec<T>, Box<T>, a Drop struct) in a
 * fake TypeContext, and constructors for places, rvalues, statements and blocks. Every statement
 * gets a distinct span `[k, k+1)` so tests can name "the statement at span k".
 */
export const STRING_DEF = 1, VEC_DEF = 2, BOX_DEF = 3, DROPPY_DEF = 4, PAIR_DEF = 5, HOLDER_DEF = 6;
export const I32: Ty = { kind: 'int', int: 'i32' };
export const USIZE: Ty = { kind: 'int', int: 'usize' };
export const STRING: Ty = { kind: 'adt', def: STRING_DEF, args: NO_ARGS };
export const DROPPY: Ty = { kind: 'adt', def: DROPPY_DEF, args: NO_ARGS };
/** struct Pair { a: String, b: String } */
export const PAIR: Ty = { kind: 'adt', def: PAIR_DEF, args: NO_ARGS };
export function vec(t: Ty): Ty { return { kind: 'adt', def: VEC_DEF, args: { regions: [], types: [t], consts: [] } }; }
export function box(t: Ty): Ty { return { kind: 'adt', def: BOX_DEF, args: { regions: [], types: [t], consts: [] } }; }
export function ref(t: Ty, mut = false, region: Region = ERASED): Ty { return { kind: 'ref', region, mut, inner: t }; }
/** struct Holder<'a> { r: &'a i32 } with a Drop impl */
export function holder(region: Region = ERASED): Ty { return { kind: 'adt', def: HOLDER_DEF, args: { regions: [region], types: [], consts: [] } }; }

export const OPAQUE: Ty = { kind: 'opaque', def: 104, index: 0, args: { regions: [], types: [], consts: [] } };
const P0: Region = { kind: 'param', index: 0, name: "'_0" };
const P1: Region = { kind: 'param', index: 1, name: "'_1" };
const T0: Ty = { kind: 'param', index: 0, name: 'T' };

function fnSig(inputs: Ty[], output: Ty): FnSigTy { return { inputs, output, unsafe: false, variadic: false }; }
function poly(sig: FnSigTy, regionParams: string[], hasSelf = false): PolyFnSig {
  return { sig, regionParams, outlives: [], hasSelf, paramNames: sig.inputs.map((_, i) => `p${i}`), node: null };
}

/** Functions of the fake std, by DefId. */
export const FN = {
  /** fn String::new() -> String */ stringNew: 20,
  /** fn Vec::push(&mut self, T) */ vecPush: 21,
  /** fn Vec::len(&self) -> usize */ vecLen: 22,
  /** fn use_ref(&i32) */ useRef: 23,
  /** fn consume(String) */ consume: 24,
  /** fn String::len(&self) -> usize */ stringLen: 25,
  /** fn identity<'a>(&'a i32) -> &'a i32 */ identity: 26,
  /** the body under test: fn main() */ main: 100,
  /** fn longest<'a>(x: &'a i32, y: &'a i32) -> &'a i32 (body under test) */ longestBody: 101,
  /** fn f<'a, 'b>(x: &'a i32, y: &'b i32) -> &'a i32 (body under test) */ twoRegions: 102,
  /** fn ret_ref() -> &'static i32 (body under test) */ retStatic: 103,
  /** fn into_bytes(self) -> usize */ intoBytes: 27,
  /** fn use_holder(&Holder) */ useHolder: 28,
  /** fn use_mut(&mut i32) */ useMut: 29,
  /** fn make() -> impl Fn() -> usize (body under test) */ retOpaque: 104,
} as const;

const SIGS = new Map<DefId, PolyFnSig>([
  [FN.stringNew, poly(fnSig([], STRING), [])],
  [FN.vecPush, poly(fnSig([ref(vec(T0), true, P0), T0], UNIT), ["'_0"], true)],
  [FN.vecLen, poly(fnSig([ref(vec(T0), false, P0)], USIZE), ["'_0"], true)],
  [FN.useRef, poly(fnSig([ref(I32, false, P0)], UNIT), ["'_0"])],
  [FN.consume, poly(fnSig([STRING], UNIT), [])],
  [FN.stringLen, poly(fnSig([ref(STRING, false, P0)], USIZE), ["'_0"], true)],
  [FN.identity, poly(fnSig([ref(I32, false, P0)], ref(I32, false, P0)), ["'a"])],
  [FN.main, poly(fnSig([], UNIT), [])],
  [FN.longestBody, poly(fnSig([ref(I32, false, P0), ref(I32, false, P0)], ref(I32, false, P0)), ["'a"])],
  [FN.twoRegions, poly(fnSig([ref(I32, false, P0), ref(I32, false, P1)], ref(I32, false, P0)), ["'a", "'b"])],
  [FN.retStatic, poly(fnSig([], ref(I32, false, { kind: 'static' })), [])],
  [FN.intoBytes, poly(fnSig([STRING], USIZE), [], true)],
  [FN.retOpaque, poly(fnSig([], OPAQUE), [])],
  [FN.useMut, poly(fnSig([ref(I32, true, P0)], UNIT), ["'_0"])],
  [FN.useHolder, poly(fnSig([ref(holder(P1), false, P0)], UNIT), ["'_0", "'_1"])],
]);

const NAMES = new Map<DefId, string>([
  [STRING_DEF, 'String'], [VEC_DEF, 'Vec'], [BOX_DEF, 'Box'], [DROPPY_DEF, 'Droppy'], [PAIR_DEF, 'Pair'], [HOLDER_DEF, 'Holder'],
  [FN.stringNew, 'String::new'], [FN.vecPush, 'Vec::push'], [FN.vecLen, 'Vec::len'], [FN.useRef, 'use_ref'], [FN.consume, 'consume'],
  [FN.stringLen, 'String::len'], [FN.identity, 'identity'], [FN.main, 'main'], [FN.intoBytes, 'String::into_bytes'], [FN.useHolder, 'use_holder'], [FN.useMut, 'use_mut'],
]);

function adtDef(def: DefId): AdtDef {
  const base = { def, kind: 'struct' as const, regionParams: [] as string[], typeParams: [] as string[], isBox: false, lang: null as string | null };
  switch (def) {
    case STRING_DEF: return { ...base, name: 'String', lang: 'String', variants: [{ name: 'String', ctor: 'named', fields: [], def }] };
    case VEC_DEF: return { ...base, name: 'Vec', lang: 'Vec', typeParams: ['T'], variants: [{ name: 'Vec', ctor: 'named', fields: [], def }] };
    case BOX_DEF: return { ...base, name: 'Box', lang: 'Box', isBox: true, typeParams: ['T'], variants: [{ name: 'Box', ctor: 'named', fields: [], def }] };
    case DROPPY_DEF: return { ...base, name: 'Droppy', variants: [{ name: 'Droppy', ctor: 'named', fields: [{ name: 's', ty: STRING }], def }] };
    case PAIR_DEF: return { ...base, name: 'Pair', variants: [{ name: 'Pair', ctor: 'named', fields: [{ name: 'a', ty: STRING }, { name: 'b', ty: STRING }], def }] };
    case HOLDER_DEF: return { ...base, name: 'Holder', regionParams: ["'a"], variants: [{ name: 'Holder', ctor: 'named', fields: [{ name: 'r', ty: ref(I32, false, P0) }], def }] };
    default: throw new Error(`no adt ${def}`);
  }
}

function substTy(ty: Ty, args: GenericArgsTy): Ty {
  switch (ty.kind) {
    case 'param': return args.types[ty.index] ?? ty;
    case 'ref': return { ...ty, region: ty.region.kind === 'param' ? args.regions[ty.region.index] ?? ty.region : ty.region, inner: substTy(ty.inner, args) };
    case 'adt': return { ...ty, args: { regions: ty.args.regions.map((r) => (r.kind === 'param' ? args.regions[r.index] ?? r : r)), types: ty.args.types.map((t) => substTy(t, args)), consts: [] } };
    case 'tuple': return { kind: 'tuple', elems: ty.elems.map((t) => substTy(t, args)) };
    default: return ty;
  }
}

function display(ty: Ty): string {
  switch (ty.kind) {
    case 'int': return ty.int;
    case 'bool': return 'bool';
    case 'ref': return `&${ty.mut ? 'mut ' : ''}${display(ty.inner)}`;
    case 'adt': {
      const n = NAMES.get(ty.def) ?? `Adt${ty.def}`;
      return ty.args.types.length === 0 ? n : `${n}<${ty.args.types.map(display).join(', ')}>`;
    }
    case 'tuple': return `(${ty.elems.map(display).join(', ')})`;
    case 'array': return `[${display(ty.elem)}; ${ty.len.kind === 'value' ? ty.len.value : '_'}]`;
    case 'slice': return `[${display(ty.elem)}]`;
    default: return ty.kind;
  }
}

function isCopy(ty: Ty): boolean {
  switch (ty.kind) {
    case 'int': case 'bool': case 'char': case 'float': case 'never': return true;
    case 'ref': return !ty.mut;
    case 'tuple': return ty.elems.every(isCopy);
    case 'array': return isCopy(ty.elem);
    default: return false;
  }
}

function needsDrop(ty: Ty): boolean {
  switch (ty.kind) {
    case 'adt': return true;
    case 'tuple': return ty.elems.some(needsDrop);
    case 'array': return needsDrop(ty.elem);
    default: return false;
  }
}

export const fakeTcx: TypeContext = {
  defKind: (def: DefId): DefKind => (SIGS.has(def) ? 'fn' : 'struct'),
  defPath: (def) => NAMES.get(def) ?? `def${def}`,
  defSpan: () => null,
  defParent: () => null,
  langItem: () => null,
  adt: adtDef,
  fnSig: (def) => { const s = SIGS.get(def); if (!s) throw new Error(`no sig ${def}`); return s; },
  fieldTy: (adt, variant, field, args) => substTy(adtDef(adt).variants[variant]!.fields[field]!.ty, args),
  isCopy,
  needsDrop,
  hasDropImpl: (ty) => ty.kind === 'adt' && (ty.def === DROPPY_DEF || ty.def === HOLDER_DEF),
  dropUsesBorrows: (ty) => ty.kind === 'adt' && ty.def === HOLDER_DEF,
  isSized: (ty) => ty.kind !== 'slice' && ty.kind !== 'str' && ty.kind !== 'dyn',
  displayTy: display,
  subst: substTy,
};

// ---- MIR construction ----

let nextSpan = 1;
export function resetSpans(): void { nextSpan = 1; }
export function sp(): Span { const s = { lo: nextSpan * 10, hi: nextSpan * 10 + 5 }; nextSpan++; return s; }

export function decl(name: string | null, ty: Ty, opts: { mutable?: boolean; kind?: LocalDecl['kind'] } = {}): LocalDecl {
  const kind = opts.kind ?? (name === null ? 'temp' : 'user');
  return { ty, mutable: opts.mutable ?? kind === 'temp', kind, name, span: sp(), binding: null, bindingMode: name === null ? null : 'value', tempInfo: kind === 'temp' ? { kind: 'other' } : null };
}

export function pl(local: number, ...projection: ProjectionElem[]): Place { return { local, projection }; }
export const DEREF: ProjectionElem = { kind: 'deref' };
export function fld(index: number, name: string, ty: Ty): ProjectionElem { return { kind: 'field', index, name, ty }; }
export function idx(local: number): ProjectionElem { return { kind: 'index', local }; }

export function cp(place: Place): Operand { return { kind: 'copy', place }; }
export function mv(place: Place): Operand { return { kind: 'move', place }; }
export function cint(v: number): Operand { return { kind: 'const', value: { kind: 'int', value: BigInt(v) }, ty: I32 }; }
export function fnOp(def: DefId, types: Ty[] = []): Operand { return { kind: 'const', value: { kind: 'fn', def, args: { regions: [], types, consts: [] } }, ty: { kind: 'fnDef', def, args: { regions: [], types, consts: [] } } }; }

export function use(op: Operand): Rvalue { return { kind: 'use', operand: op }; }
export function borrow(place: Place, kind: BorrowKind = 'shared'): Rvalue { return { kind: 'ref', borrow: kind, place }; }
export function aggregateAdt(def: DefId, ops: Operand[]): Rvalue { return { kind: 'aggregate', aggregate: { kind: 'adt', def, variant: 0, args: NO_ARGS }, operands: ops }; }

function st(kind: StatementKind): Statement { return { kind, span: sp() }; }
export function assign(place: Place, rvalue: Rvalue): Statement { return st({ kind: 'assign', place, rvalue }); }
export function live(local: number): Statement { return st({ kind: 'storageLive', local }); }
export function dead(local: number): Statement { return st({ kind: 'storageDead', local }); }
export function fakeRead(place: Place): Statement { return st({ kind: 'fakeRead', cause: 'forLet', place }); }

function term(kind: TerminatorKind): Terminator { return { kind, span: sp() }; }
export function goto(target: number): Terminator { return term({ kind: 'goto', target }); }
export function ret(): Terminator { return term({ kind: 'return' }); }
export function drop(place: Place, target: number): Terminator { return term({ kind: 'drop', place, target, unwind: null }); }
export function switchBool(discr: Operand, ifTrue: number, ifFalse: number): Terminator { return term({ kind: 'switchInt', discr, values: [0n], targets: [ifFalse], otherwise: ifTrue }); }
export function callT(def: DefId, args: Operand[], dest: Place, target: number | null, opts: { types?: Ty[]; source?: 'normal' | 'methodCall' } = {}): Terminator {
  const s = sp();
  return { kind: { kind: 'call', func: fnOp(def, opts.types ?? []), args, destination: dest, target, unwind: null, source: opts.source ?? 'normal', fnSpan: s }, span: s };
}
export function falseUnwind(real: number): Terminator { return term({ kind: 'falseUnwind', real, unwind: null }); }

export function blk(statements: Statement[], terminator: Terminator): BasicBlock { return { statements, terminator, isCleanup: false }; }

export function mkBody(locals: LocalDecl[], blocks: BasicBlock[], opts: { argCount?: number; def?: DefId } = {}): Body {
  return { def: opts.def ?? FN.main, name: 'main', span: { lo: 0, hi: 100000 }, argCount: opts.argCount ?? 0, locals, blocks, closure: null, children: [] };
}
