import type { NodeId } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { ClosureKindSource, ClosureSigTemplate } from '../types/results.js';
import type { DefId, GenericArgsTy, Ty } from '../types/ty.js';

/**
 * MIR: one control-flow graph per body, modelled on rustc's MIR as borrowck sees it (the
 * "analysis" phase: with FakeRead, false edges, two-phase borrow markers and StorageLive/Dead).
 * Immutable once built. Printed as rustc prints it: `_3`, `bb1[4]`, `&mut (*_2)`.
 */
export type Local = number; // _0 is the return place, _1.._argCount the arguments
export type BlockId = number; // bb0 is the entry

export interface Location {
  readonly block: BlockId;
  /** Statement index; `statements.length` denotes the terminator. */
  readonly index: number;
}

export interface Body {
  readonly def: DefId;
  /** `main`, `Token::into_text`, or `main::{closure#0}`. */
  readonly name: string;
  readonly span: Span;
  readonly argCount: number;
  readonly locals: readonly LocalDecl[];
  readonly blocks: readonly BasicBlock[];
  /** Closure bodies: the closure expression; `_1` is the closure environment (`&Self`, `&mut Self` or `Self` by kind). */
  readonly closure: ClosureBodyInfo | null;
  /** Bodies of closures defined inside this one, built alongside. */
  readonly children: readonly Body[];
  /** Types the user wrote on `let` statements, for borrowck (rustc's user type annotations). Absent: none. */
  readonly userTypes?: readonly UserTypeAnnotation[];
}

/**
 * `let x: &'a T = …` / `let _: Foo<'b> = …`: the written type with its lifetimes as declared
 * (`param` / `static`, elided ones `erased`, `_` holes `error`). A binding's variable must have
 * exactly that type ('inv'); an initialiser matched against a pattern must be a subtype of it ('co').
 */
export interface UserTypeAnnotation {
  readonly place: Place;
  readonly ty: Ty;
  readonly variance: 'inv' | 'co';
  /** The written type, where rustc points "type annotation requires that …". */
  readonly span: Span;
}

export interface ClosureBodyInfo {
  readonly node: NodeId;
  readonly kind: 'Fn' | 'FnMut' | 'FnOnce';
  /** Upvar i is field i of the environment; its name as rustc prints it (`x`, `self.items`). */
  readonly upvarNames: readonly string[];
  readonly upvarByRef: readonly ('value' | 'ref' | 'mutRef' | 'uniqueRef')[];
  /** Per upvar: whether the captured place is mutable (root binding `mut`, or through `&mut`). */
  readonly upvarMutable: readonly boolean[];
  /** Per upvar: the captured path dereferences a shared reference; a mutation of it is reported in the parent only. */
  readonly upvarThroughSharedRef: readonly boolean[];
  /** Per upvar: the use in the body that decided the capture ("borrow occurs due to use of `x` in closure"). */
  readonly upvarUse: readonly Span[];
  /** Per upvar: whether it captures a whole variable (no field path). */
  readonly upvarWhole: readonly boolean[];
  /** Per upvar: the root variable's binding outside the closure (`mut x`). */
  readonly upvarDecl: readonly (Span | null)[];
  /** Per upvar: where rustc says "move occurs because …" for a move out of it (the root's type or initialiser). */
  readonly upvarTypeSpan: readonly (Span | null)[];
  /** The kind was fixed by the expected type: what rustc's "expects `Fn` instead of `FnMut`" labels point at. */
  readonly expectedFrom: ClosureKindSource | null;
  /** Which regions of the signature the closure binds (types' ClosureSigTemplate); absent: none. */
  readonly sigTemplate?: ClosureSigTemplate;
}

export type LocalKind = 'return' | 'arg' | 'user' | 'temp';

export interface LocalDecl {
  readonly ty: Ty; // regions erased
  readonly mutable: boolean; // `let mut`, `mut` params; temps are mutable
  readonly kind: LocalKind;
  /** The user's variable name (user locals and named args; `self` for self). */
  readonly name: string | null;
  /** Where the binding is declared (user locals/args) or the expression that created the temp. */
  readonly span: Span;
  /** The binding pattern node, for user locals. */
  readonly binding: NodeId | null;
  /**
   * How a user binding binds: rustc reports `ref mut` bindings differently. `refForGuard`: the
   * shared reference through which a match guard sees a by-value binding (rustc's `RefForGuard`).
   */
  readonly bindingMode: 'value' | 'ref' | 'refMut' | 'refForGuard' | null;
  /** For temps: why it exists (rustc's diagnostics talk about "temporary value" and tail expressions). */
  readonly tempInfo: TempInfo | null;
  /**
   * A user variable bound by `let x = init` with no pattern around it (rustc's binding without a
   * match place): an illegal move into it is reported at the initialiser alone, never grouped
   * with the bindings of an enclosing `match`.
   */
  readonly simpleLet?: boolean;
  /**
   * For a user variable bound by a pattern (`match`, `if let`, `let … else`, a destructuring `let`,
   * a `for` pattern, a parameter pattern): the place the whole pattern matched and the span of
   * the expression that produced it (rustc's `VarBindingForm::opt_match_place`). rustc groups the
   * E0507 moves of the bindings of one match under that span.
   */
  readonly matchSite?: MatchSite;
}

export interface MatchSite {
  readonly place: Place;
  readonly span: Span;
}

export type TempInfo =
  /** A temporary whose value is a plain rvalue that may be borrowed (`&String::new()`, `&format!(..)`). */
  | { readonly kind: 'rvalue' }
  /** The temporary of a block's tail expression (edition-2021 tail temporary rules matter for E0597/E0716). */
  | { readonly kind: 'blockTail'; readonly tailOfBlock: NodeId }
  /** A temporary that holds a reference or the result of an auto-ref (`&v` for a method receiver). */
  | { readonly kind: 'ref' }
  | { readonly kind: 'other' };

export type ProjectionElem =
  | { readonly kind: 'deref' }
  | { readonly kind: 'field'; readonly index: number; readonly name: string; readonly ty: Ty }
  /** `base[local]` for built-in indexing of arrays and slices. */
  | { readonly kind: 'index'; readonly local: Local }
  /** Slice patterns: element `offset` from the start (or end). */
  | { readonly kind: 'constantIndex'; readonly offset: number; readonly minLength: number; readonly fromEnd: boolean }
  | { readonly kind: 'subslice'; readonly from: number; readonly to: number; readonly fromEnd: boolean }
  /** View an enum as one variant (before projecting its fields). */
  | { readonly kind: 'downcast'; readonly variant: number; readonly name: string };

export interface Place {
  readonly local: Local;
  readonly projection: readonly ProjectionElem[];
}

export type ConstValue =
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'char'; readonly value: string }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bytes'; readonly value: Uint8Array }
  | { readonly kind: 'unit' }
  /** A function item (callee of a Call), with its generic arguments. */
  /** `userTypes`: the type arguments written in a turbofish (`f::<&'a u8>`), by index into `args.types`, lifetimes as declared. */
  | { readonly kind: 'fn'; readonly def: DefId; readonly args: GenericArgsTy; readonly userTypes?: readonly (Ty | null)[]; /** `Foo::<'a, 'b>::f`: the type written before the fn's name, lifetimes as declared (it must be well-formed). */ readonly userSelfTy?: Ty }
  /**
   * A named const or a static's address (`&STATIC`). `userSelfTy`: an associated const reached
   * through a written type with lifetimes (`A::<'a>::X`), lifetimes as declared.
   */
  | { readonly kind: 'item'; readonly def: DefId; readonly userSelfTy?: Ty; /** Where that path is written. */ readonly userSpan?: Span }
  /** A zero-sized value of a unit struct/variant or closure without captures. */
  | { readonly kind: 'zst' }
  /** A runtime function of a built-in macro's expansion with no std-model item (`std::io::_print`, `core::panicking::panic_fmt`); printed by name. */
  | { readonly kind: 'intrinsic'; readonly name: string }
  /** A promoted constant `&value` (`&5`, `&"s"`): a `'static` reference, not a borrow of a temporary. */
  | { readonly kind: 'promoted'; readonly value: ConstValue };

export type Operand =
  | { readonly kind: 'copy'; readonly place: Place }
  | { readonly kind: 'move'; readonly place: Place }
  | { readonly kind: 'const'; readonly value: ConstValue; readonly ty: Ty };

export type BorrowKind =
  | 'shared'
  | 'mut'
  /** `&mut` whose activation is delayed to its first use (auto-ref receivers of method calls, compound assignment). */
  | 'twoPhaseMut'
  /** Borrows that only conflict with writes to the place itself (match guards' `&fake`). */
  | 'shallow'
  /** Unique immutable borrow of a `&mut` for closure captures (`&uniq`). */
  | 'unique';

export type BinOp = 'Add' | 'Sub' | 'Mul' | 'Div' | 'Rem' | 'BitAnd' | 'BitOr' | 'BitXor' | 'Shl' | 'Shr' | 'Eq' | 'Ne' | 'Lt' | 'Le' | 'Gt' | 'Ge' | 'Offset';
export type UnOp = 'Not' | 'Neg' | 'PtrMetadata';

export type AggregateKind =
  | { readonly kind: 'tuple' }
  | { readonly kind: 'array'; readonly elem: Ty }
  /** `activeField`: the one field a union literal sets (its single operand). */
  /**
   * `userTy`: the written type of a literal or constructor whose path names lifetimes (`Self { .. }`
   * in an impl, `Foo::<'a> { .. }`), lifetimes as declared (see UserTypeAnnotation); borrowck
   * equates the value's type with it, as rustc's user type annotation on the aggregate.
   */
  | { readonly kind: 'adt'; readonly def: DefId; readonly variant: number; readonly args: GenericArgsTy; readonly activeField?: number; readonly userTy?: Ty }
  | { readonly kind: 'closure'; readonly node: NodeId; readonly def: DefId };

export type CastKind = 'intToInt' | 'floatToInt' | 'intToFloat' | 'floatToFloat' | 'ptrToPtr' | 'unsize' | 'reifyFnPointer' | 'closureFnPointer' | 'transmute' | 'other';

export type Rvalue =
  | { readonly kind: 'use'; readonly operand: Operand }
  | { readonly kind: 'repeat'; readonly operand: Operand; readonly count: bigint }
  | { readonly kind: 'ref'; readonly borrow: BorrowKind; readonly place: Place }
  | { readonly kind: 'rawPtr'; readonly mut: boolean; readonly place: Place }
  | { readonly kind: 'len'; readonly place: Place }
  /** `userTy`: the written target of an `as` cast, lifetimes as declared (see UserTypeAnnotation), when there is one. */
  | { readonly kind: 'cast'; readonly cast: CastKind; readonly operand: Operand; readonly ty: Ty; readonly userTy?: Ty }
  | { readonly kind: 'binary'; readonly op: BinOp; readonly lhs: Operand; readonly rhs: Operand }
  | { readonly kind: 'checkedBinary'; readonly op: BinOp; readonly lhs: Operand; readonly rhs: Operand }
  | { readonly kind: 'unary'; readonly op: UnOp; readonly operand: Operand }
  | { readonly kind: 'discriminant'; readonly place: Place }
  | { readonly kind: 'aggregate'; readonly aggregate: AggregateKind; readonly operands: readonly Operand[] }
  /** `CopyForDeref`: a copy of a reference made only to dereference it. */
  | { readonly kind: 'copyForDeref'; readonly place: Place };

export type FakeReadCause = 'forMatchedPlace' | 'forLet' | 'forGuardBinding' | 'forIndex' | 'forMatchGuard';

export type StatementKind =
  | { readonly kind: 'assign'; readonly place: Place; readonly rvalue: Rvalue }
  /** `closure`: a read of a place a closure's body matches on, where the closure is built (rustc's `ForLet(Some(closure))`). */
  | { readonly kind: 'fakeRead'; readonly cause: FakeReadCause; readonly place: Place; readonly closure?: NodeId }
  | { readonly kind: 'setDiscriminant'; readonly place: Place; readonly variant: number }
  | { readonly kind: 'storageLive'; readonly local: Local }
  | { readonly kind: 'storageDead'; readonly local: Local }
  /** A place mentioned without being read (`let _ = x;`), kept for explain. */
  | { readonly kind: 'placeMention'; readonly place: Place }
  | { readonly kind: 'nop' };

export interface Statement {
  readonly kind: StatementKind;
  readonly span: Span;
}

export type AssertMessage =
  | { readonly kind: 'boundsCheck'; readonly len: Operand; readonly index: Operand }
  | { readonly kind: 'overflow'; readonly op: BinOp; readonly lhs: Operand; readonly rhs: Operand }
  | { readonly kind: 'overflowNeg'; readonly operand: Operand }
  | { readonly kind: 'divisionByZero'; readonly operand: Operand }
  | { readonly kind: 'remainderByZero'; readonly operand: Operand };

export type CallSource = 'normal' | 'overloadedOperator' | 'methodCall' | 'desugaring' | 'formatArgs';

export type TerminatorKind =
  | { readonly kind: 'goto'; readonly target: BlockId }
  | { readonly kind: 'switchInt'; readonly discr: Operand; readonly values: readonly bigint[]; readonly targets: readonly BlockId[]; readonly otherwise: BlockId }
  | { readonly kind: 'return' }
  | { readonly kind: 'unreachable' }
  /** Unwinding continues (end of a cleanup path). */
  | { readonly kind: 'unwindResume' }
  /** Drop the place if it is (maybe) initialised; elaborated later by the interpreter, not here. */
  /** `replace`: the drop of an assignment's old value (`place = v` on an initialised place that needs drop); borrowck counts it as an initialisation, not a move-out, as rustc does. */
  | { readonly kind: 'drop'; readonly place: Place; readonly target: BlockId; readonly unwind: BlockId | null; readonly replace?: boolean }
  | {
      readonly kind: 'call';
      readonly func: Operand;
      readonly args: readonly Operand[];
      readonly destination: Place;
      readonly target: BlockId | null; // null: the callee diverges
      readonly unwind: BlockId | null;
      readonly source: CallSource;
      readonly fnSpan: Span; // the callee path or method name
    }
  | { readonly kind: 'assert'; readonly cond: Operand; readonly expected: boolean; readonly msg: AssertMessage; readonly target: BlockId; readonly unwind: BlockId | null }
  /** Match arms: real edge plus an imaginary one to the next candidate, so borrowck sees guard borrows. */
  | { readonly kind: 'falseEdge'; readonly real: BlockId; readonly imaginary: BlockId }
  /** Loop heads: an imaginary unwind edge so infinite loops still reach the exit in the graph. */
  | { readonly kind: 'falseUnwind'; readonly real: BlockId; readonly unwind: BlockId | null };

export interface Terminator {
  readonly kind: TerminatorKind;
  readonly span: Span;
}

export interface BasicBlock {
  readonly statements: readonly Statement[];
  readonly terminator: Terminator;
  readonly isCleanup: boolean;
}

export const RETURN_PLACE: Local = 0;
