import type { BorrowKind, Local, Location, Place } from '../mir/mir.js';
import type { Span } from '../syntax/span.js';
import type { Ty } from '../types/ty.js';
import type { IllegalMoveKind } from '../dataflow/move-paths.js';

/**
 * What the borrow checker found, as data. src/diagnostics turns errors into messages; explain
 * reads loans and regions. Spans are the MIR's; locations let explain map back to points.
 */
export interface Loan {
  readonly index: number; // printed `bw0`
  readonly location: Location;
  readonly kind: BorrowKind;
  readonly place: Place;
  /** The local the `&place` is assigned to. */
  readonly assigned: Local;
  /** The region variable of the borrow (`'?N`). */
  readonly region: number;
  readonly span: Span;
  /** Two-phase borrows: where the reservation becomes a real `&mut` (first use), else null. */
  readonly activations: readonly Location[] | null;
  /** A by-reference closure capture: the span of the closure expression that takes the borrow, else null. */
  readonly capturedBy: Span | null;
  /** For a closure capture: the use in the closure body that decided it (rustc's capture path span). */
  readonly captureUse: Span | null;
}

/** The kind of constraint an error blames (rustc's ConstraintCategory, reduced); 'other' is a boring one. */
export type BlameCategory = 'return' | 'typeAnnotation' | 'cast' | 'callArgument' | 'assignment' | 'copyBound' | 'predicate' | 'other';

/** Why a loan is still live at the error point: rustc's BorrowExplanation, reduced. */
export type LaterUse =
  | { readonly kind: 'usedLater'; readonly location: Location; readonly span: Span; readonly inLoop: boolean; readonly use: 'call' | 'closureCapture' | 'other' }
  | { readonly kind: 'droppedLater'; readonly location: Location; readonly span: Span; readonly local: Local; readonly inLoop: boolean }
  /** The loan flows into a universal region (a lifetime of the signature, or 'static). */
  /** `fromClosure`: the requirement came from a closure's body (rustc's `from_closure`: no E0373 then). */
  | { readonly kind: 'mustBeValidFor'; readonly region: UniversalRegionInfo; readonly category: BlameCategory; readonly span: Span; readonly fromClosure?: boolean }
  | { readonly kind: 'none' };

export interface UniversalRegionInfo {
  /** 'static, a named lifetime `'a`, or an anonymous one numbered as rustc does (`'1`). */
  readonly kind: 'static' | 'named' | 'anon';
  readonly name: string;
  /** The parameter whose type mentions this lifetime first (E0621 names it), or null. */
  readonly param: string | null;
  /** Where it is declared: the lifetime parameter, or the elided reference (`&` of `&T`); null when unknown. */
  readonly span?: Span | null;
  /** A closure body's region that comes from a capture's type: the captured variable and its binding outside the closure. */
  readonly upvar?: { readonly name: string; readonly decl: Span | null };
  /** An impl header's elided lifetime: where in the header it is written. */
  readonly implHeader?: 'selfType' | 'trait';
}

/**
 * Why a constraint holds both ways (rustc's VarianceDiagInfo): the outermost invariant position
 * the relation went through: under `&mut T` / `*mut T`, or an invariant parameter of an ADT.
 */
export type InvarianceCause =
  | { readonly kind: 'mutRef'; readonly pointee: Ty }
  | { readonly kind: 'mutPtr'; readonly pointee: Ty }
  | { readonly kind: 'adt'; readonly ty: Ty & { kind: 'adt' }; readonly param: number; readonly isRegion: boolean };

export type AccessKind = 'read' | 'write' | 'borrowShared' | 'borrowMut' | 'move' | 'storageDead' | 'drop';

export type BorrowckError =
  | { readonly kind: 'useOfMoved'; readonly span: Span; readonly place: Place; readonly movedPlace: Place; readonly moves: readonly MoveSite[]; readonly isBorrow: boolean; readonly partial: boolean; /** An assignment to a field of the moved value (rustc's "assign to part of moved value"). */ readonly partialAssign: boolean }
  | { readonly kind: 'useUninit'; readonly span: Span; readonly place: Place; readonly local: Local; readonly partiallyAssigned: boolean; readonly possibly: boolean; readonly isBorrow: boolean }
  /** `bindings`: moves into pattern bindings out of a matched place (`match *r { Some(x) => .. }`): the error points at the scrutinee, the labels at the bindings. */
  | { readonly kind: 'illegalMove'; readonly span: Span; readonly place: Place; readonly location: Location; readonly error: IllegalMoveKind; readonly origin: MoveOrigin; readonly bindings: readonly { readonly span: Span; readonly local: Local }[]; /** Moves into bindings out of a matched place with no move path of its own (`match *r`): rustc's `MovesFromPlace`. */ readonly fromPlace: boolean }
  | { readonly kind: 'moveWhileBorrowed'; readonly span: Span; readonly place: Place; readonly loan: number; readonly later: LaterUse }
  /** `newCapturedBy`: the new borrow is a closure's by-reference capture (the closure expression's span). */
  | { readonly kind: 'conflictingBorrow'; readonly span: Span; readonly place: Place; readonly newKind: 'shared' | 'mut' | 'unique'; readonly loan: number; readonly later: LaterUse; readonly newCapturedBy: Span | null; readonly newCaptureUse: Span | null }
  | { readonly kind: 'useWhileMutBorrowed'; readonly span: Span; readonly place: Place; readonly loan: number; readonly later: LaterUse }
  | { readonly kind: 'assignBorrowed'; readonly span: Span; readonly place: Place; readonly loan: number; readonly later: LaterUse }
  | { readonly kind: 'doesNotLiveLongEnough'; readonly span: Span; readonly place: Place; readonly loan: number; readonly later: LaterUse; readonly temporary: boolean; readonly atExit: boolean }
  /** E0713: the loan reaches through a field of `droppedTy`, whose destructor (at `dropSpan`, dropping `dropped`) needs exclusive access. */
  | { readonly kind: 'borrowUsedByDestructor'; readonly span: Span; readonly loan: number; readonly dropped: Place; readonly droppedTy: Ty; readonly dropSpan: Span; readonly later: LaterUse }
  | { readonly kind: 'returnsLocalRef'; readonly span: Span; readonly place: Place; readonly loan: number; readonly directRef: boolean; readonly what: 'local' | 'param' | 'temporary' }
  /** E0373: a closure capturing `place` by reference must outlive the function (returned, or passed where 'static is required). */
  /** A borrow made in a closure body stored into a captured variable (rustc's E0521 "borrowed data escapes outside of closure"): `span` is the assignment, `borrowSpan` the borrow. */
  | { readonly kind: 'borrowEscapesClosure'; readonly span: Span; readonly borrowSpan: Span; readonly loan: number; readonly upvar: string; readonly upvarDecl: Span | null }
  | { readonly kind: 'closureMayOutlive'; readonly span: Span; readonly place: Place; readonly loan: number; readonly category: BlameCategory; readonly region: UniversalRegionInfo; readonly requiredAt: Span }
  /** E0320: drop-checking the local's type (`ty`) named ever new types (a non-regular recursive type); `overflow` is the one past the recursion limit. */
  | { readonly kind: 'dropckOverflow'; readonly span: Span; readonly ty: Ty; readonly overflow: Ty }
  | { readonly kind: 'assignTwice'; readonly span: Span; readonly local: Local; readonly firstAssign: Span | null; readonly firstIsArg: boolean }
  /**
   * `closureUses`: calling an immutable closure binding that needs `&mut self` (an FnMut): rustc
   * reports once at the binding, with every call labelled; `capture` is the mutable capture that makes it FnMut.
   */
  | { readonly kind: 'cannotBorrowMut'; readonly span: Span; readonly place: Place; readonly reason: MutabilityReason; readonly closureUses: readonly Span[]; readonly capture: { readonly span: Span; readonly place: Place } | null; readonly byClosure?: { readonly closure: Span; readonly use: Span | null } }
  | { readonly kind: 'cannotAssign'; readonly span: Span; readonly place: Place; readonly reason: MutabilityReason }
  /** E0309 / E0310: type parameter `param` must outlive `region`, which its bounds do not promise. */
  /** `forall`: required for every lifetime by a `for<'r> T: 'r` clause (rustc: "`T` does not live long enough", no code). */
  /** A callee's `for<'b> X: 'r` clause where X holds 'b itself: no caller can prove it (rustc: "higher-ranked lifetime error", no code). */
  | { readonly kind: 'higherRankedLifetimeError'; readonly span: Span; readonly predicate: string }
  /** Added by wfproj: E0700, the hidden type of an `impl Trait` (at `opaqueSpan`) holds `region`, which its bounds do not capture. */
  | { readonly kind: 'hiddenTypeCapturesLifetime'; readonly span: Span; readonly hidden: Ty; readonly opaqueSpan: Span; readonly region: UniversalRegionInfo }
  | { readonly kind: 'typeMayNotLiveLongEnough'; readonly span: Span; readonly param: string; readonly paramIndex: number; readonly region: UniversalRegionInfo; readonly forall?: boolean; /** Added by wfproj: `param` is a projection ("the associated type"). */ readonly alias?: boolean }
  /** A closure that is not higher-ranked where a `for<'a> Fn*` bound is required (see RegionCx.notGeneral). */
  | { readonly kind: 'notGeneralEnough'; readonly span: Span; readonly trait: string | null }
  /**
   * `escapesClosure`: a closure's own region (of argument `longerArg`) must outlive a region of its
   * parent (rustc's E0521 "borrowed data escapes outside of closure"). `fnMutEscape`: an `FnMut`
   * closure returns a borrow through its environment ("captured variable cannot escape").
   * `forallClause`: the blamed requirement comes from a `for<'r> T: 'r` clause (at that span), which implies 'static.
   */
  | { readonly kind: 'lifetimeMayNotLiveLongEnough'; readonly span: Span; readonly longer: UniversalRegionInfo; readonly shorter: UniversalRegionInfo; readonly category: BlameCategory; readonly variance: InvarianceCause | null; readonly longerArg: Local | null; readonly escapesClosure?: boolean; readonly fnMutEscape?: boolean; readonly forallClause?: Span | null };

/** Why a place is not mutable. `place` of the reason is the part that is immutable. */
export type MutabilityReason =
  | { readonly kind: 'immutableLocal'; readonly local: Local }
  | { readonly kind: 'behindSharedRef'; readonly refPlace: Place }
  | { readonly kind: 'behindConstPtr'; readonly ptrPlace: Place }
  /** A write or `&mut` through an upvar of an `Fn` closure (its environment is `&Self`). */
  | { readonly kind: 'immutableUpvar'; readonly upvar: number }
  /** A write or `&mut` of a captured place that is immutable where it is declared (`let x` outside). */
  | { readonly kind: 'immutableCapture'; readonly upvar: number }
  | { readonly kind: 'other' };

export interface MoveSite {
  readonly location: Location;
  readonly span: Span;
  readonly place: Place;
  readonly inPreviousIteration: boolean;
  readonly origin: MoveOrigin;
}

/** What consumed the value: a plain move, a method call taking `self`, a `for` loop's `into_iter`, a closure capture. */
export type MoveOrigin =
  | { readonly kind: 'plain' }
  | { readonly kind: 'methodCall'; readonly fnDef: number; readonly fnSpan: Span }
  | { readonly kind: 'intoIter'; readonly fnSpan: Span }
  | { readonly kind: 'closureCapture' }
  /** Moving out of the result of an overloaded `Index::index` / `Deref::deref` call on a value of `ty`. */
  | { readonly kind: 'overloaded'; readonly op: 'index' | 'deref'; readonly baseTy: import('../types/ty.js').Ty };

export interface BorrowckResult {
  readonly errors: readonly BorrowckError[];
  readonly loans: readonly Loan[];
  /** For each loan, the points its region contains (point = block start + statement index), for explain. */
  readonly loanRegionPoints: readonly (readonly number[])[];
  readonly numRegionVars: number;
  /** Things this checker could not judge; reported as `unsupported`. */
  readonly unsupported: readonly { readonly span: Span; readonly what: string }[];
  readonly children: readonly BorrowckResult[];
  /** For a closure body: the upvars (environment field indexes) it mutates in place, which make the captured variables' `mut` used. */
  readonly usedMutUpvars: readonly number[];
  /** `mut` user variables and arguments no mutation needed: the `unused_mut` lint's locals. */
  readonly unusedMut: readonly number[];
  /** A closure body's outlives requirements on its parent's regions (rustc's `ClosureRegionRequirements`). */
  readonly requirements?: readonly ClosureRequirement[];
}

/**
 * `longer: shorter` between regions of a closure's type (by position among the regions of its
 * upvar types, then of its signature's free regions, in fold order; -1 is 'static, -2 - p the
 * enclosing item's lifetime parameter p), which the closure body needs and cannot prove: the
 * parent checks it where it builds the closure.
 */
export interface ClosureRequirement {
  /** Ignored when `param` is set. */
  readonly longer: number;
  /** A type test instead (rustc's `ClosureOutlivesSubject::Ty`): the enclosing item's type parameter must outlive `shorter`. */
  readonly param?: { readonly index: number; readonly name: string };
  readonly shorter: number;
  readonly category: BlameCategory;
  readonly span: Span;
}
