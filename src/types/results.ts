import type { NodeId } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { DefId, FnSigTy, GenericArgsTy, Ty } from './ty.js';

/**
 * What type checking learns about one body (a fn, const or static initialiser; closures are
 * checked with their enclosing fn and share its tables). MIR building reads only this, the AST
 * and the `TypeContext`; it never re-infers. Tables are sparse arrays indexed by NodeId.
 * Every type stored here is fully resolved: no `infer` variables remain (an unresolved one
 * becomes `error` after E0282 is reported).
 */
export interface BodyTypes {
  readonly owner: DefId;
  /** Type of each expression before adjustments. */
  readonly exprTypes: (Ty | undefined)[];
  /** Implicit coercions applied to an expression's value, in order (autoderef, autoref, unsize, never-to-any). */
  readonly adjustments: (readonly Adjustment[] | undefined)[];
  /** Type of each pattern node (after match-ergonomics dereferences, i.e. the type it matches). */
  readonly patTypes: (Ty | undefined)[];
  /** Implicit `&`-dereferences match ergonomics inserted before matching this pattern node: the reference types peeled, outermost first. */
  readonly patAdjustments: (readonly Ty[] | undefined)[];
  /** For each binding (an 'ident' pattern that binds): how it binds after default binding modes. */
  readonly bindingModes: (BindingMode | undefined)[];
  /** Type of each binding's variable (what `x` has in the body). */
  readonly bindingTypes: (Ty | undefined)[];
  /** What each path expression, path/tuple-struct/struct pattern, struct literal or ident pattern refers to. */
  readonly resolutions: (Res | undefined)[];
  /** Method calls, and overloaded operators/index/deref/call on this expression: the callee. */
  readonly methodCallees: (MethodCallee | undefined)[];
  /** Field expressions and struct-literal/struct-pattern fields: index of the field in its variant. */
  readonly fieldIndices: (number | undefined)[];
  /** Closures: how each captured place is used and the closure's kind. */
  readonly closures: (ClosureInfo | undefined)[];
  /** `for` loops, `?`, `.await`: the desugaring callees (IntoIterator::into_iter, Iterator::next, …). */
  readonly desugarCallees: (readonly MethodCallee[] | undefined)[];
}

export type BindingMode = 'move' | 'copy' | 'ref' | 'refMut';

export type Res =
  /** A local variable: `binding` is the NodeId of the 'ident' pattern that introduced it (for `self`, the SelfParam's id). */
  | { readonly kind: 'local'; readonly binding: NodeId }
  /** A fn, method, const, static, assoc const, or a unit/tuple struct or variant constructor. */
  | { readonly kind: 'def'; readonly def: DefId; readonly args: GenericArgsTy }
  /** A struct or enum variant used as a constructor or in a pattern: `def` is the variant (or the struct itself). */
  | { readonly kind: 'ctor'; readonly adt: DefId; readonly variant: number; readonly ctor: 'unit' | 'tuple' | 'named'; readonly args: GenericArgsTy }
  | { readonly kind: 'err' };

export interface MethodCallee {
  readonly def: DefId;
  /** All generic arguments of the callee: parent (impl/trait) ones first, then the method's own. */
  readonly args: GenericArgsTy;
  /** The signature with `args` substituted; regions still as declared (`param`/`static`). */
  readonly sig: FnSigTy;
  readonly span: Span;
}

export type Adjustment =
  /** `*e` through a reference or Box (builtin), or through `Deref::deref` / `DerefMut::deref_mut` (overloaded: the callee). */
  | { readonly kind: 'deref'; readonly overloaded: MethodCallee | null; readonly target: Ty }
  /** `&e` / `&mut e` inserted by auto-ref (method receivers) or reborrow. */
  | { readonly kind: 'borrow'; readonly mut: boolean; readonly target: Ty }
  /** `&mut T` → `&T`, `&T` → `*const T` and so on. */
  | { readonly kind: 'mutToConst'; readonly target: Ty }
  /** `&[T; N]` → `&[T]`, `Box<T>` → `Box<dyn Trait>`. */
  | { readonly kind: 'unsize'; readonly target: Ty }
  /** `!` coerced to any type. */
  | { readonly kind: 'neverToAny'; readonly target: Ty }
  /** A closure or fn item coerced to a fn pointer. */
  | { readonly kind: 'reifyFnPointer'; readonly target: Ty };

export type ClosureKind = 'Fn' | 'FnMut' | 'FnOnce';

export interface ClosureInfo {
  readonly kind: ClosureKind;
  /** Why the kind is what it is (for diagnostics): the span of the use that forced FnMut/FnOnce. */
  readonly kindOrigin: Span | null;
  /** The captured place that use moves or mutates (`v`, `p.name`), for E0525's "closure is `FnOnce` because …". */
  readonly kindOriginName: string | null;
  readonly captures: readonly CapturedPlace[];
  /**
   * Set when the kind was fixed by what the closure is expected to be (an `Fn*` bound it is passed
   * to, a `dyn Fn*` it is coerced to), as rustc does, rather than inferred from the body: the body
   * may then need more than the kind allows (E0594/E0596/E0507 in the closure's body).
   */
  readonly expectedFrom: ClosureKindSource | null;
  /** Which regions of the signature are the closure's own (higher-ranked); absent: none are. */
  readonly sigTemplate?: ClosureSigTemplate;
  /**
   * rustc's `closure_fake_reads`: places of the enclosing body that the closure's `let`
   * initialisers and `match`/`if let` scrutinees read (a `let s = x.name` reads `(*x).name`
   * whatever is captured). The enclosing body checks them for initialisation where the closure
   * is built. Absent: none.
   */
  readonly fakeReads?: readonly ClosureFakeRead[];
}

export interface ClosureFakeRead {
  readonly root: NodeId;
  readonly projections: readonly CaptureProjection[];
  readonly cause: 'let' | 'match';
  /** The initialiser or scrutinee in the closure's body. */
  readonly span: Span;
}

/**
 * The closure's signature as the expected `Fn*` bound or the parameter annotations wrote it, to
 * tell borrowck which of its regions are bound by the closure (rustc's late-bound regions, local
 * to the closure body) and which are inferred in the parent (external). Walked alongside the
 * final types: an `erased` region in a template is bound; `param`/`static` regions, and every
 * region under a type parameter, projection or inference variable, are free. Bound regions of
 * the output stand for the single bound region of the inputs (Fn-sugar elision). A null entry
 * binds nothing.
 */
export interface ClosureSigTemplate {
  readonly inputs: readonly (Ty | null)[];
  readonly output: Ty | null;
  /** All bound regions are one (`for<'r> Fn(&'r T, &'r U)`). */
  readonly single: boolean;
  /**
   * Added by hr2: no `Fn*` bound, fn pointer or object gave the closure its signature, so the
   * regions of its unannotated parameters (and of its output) are its parent's, not its own:
   * such a closure implements `Fn*` only for those very regions ("not general enough").
   */
  readonly inferred?: boolean;
}

/** Where a closure's expected kind comes from, for rustc's "expects `Fn` instead of `FnMut`" labels. */
export interface ClosureKindSource {
  /** The call the closure is an argument of, when its callee is a fn of this crate (method calls: name to `)`). */
  readonly call: Span | null;
  /** That callee's parameter type ("change this to accept `FnMut` instead of `Fn`"). */
  readonly param: Span | null;
  /** The `Fn*` bound as written, when it is in this crate. */
  readonly bound: Span | null;
  /** The closure is the tail of a fn returning `impl Fn*`: the fn's name and its return type. */
  readonly fnName: Span | null;
  readonly fnRet: Span | null;
}

export interface CapturedPlace {
  /** The captured variable (binding NodeId of the root local) and the field path under it (edition 2021 disjoint captures). */
  readonly root: NodeId;
  readonly projections: readonly CaptureProjection[];
  readonly mode: 'byValue' | 'byRef' | 'byMutRef' | 'byUniqueRef';
  /** Type of the captured place (before any by-ref). */
  readonly ty: Ty;
  /** The use in the closure body that decided the capture (for "borrow occurs due to use of `x` in closure"). */
  readonly span: Span;
  /** Printable path, e.g. `self.items`. */
  readonly name: string;
  /**
   * Whether the captured place may be mutated (rustc's `determine_capture_mutability`): the root
   * binding is `mut`, or the path goes through a `&mut`. A mutable capture of an immutable place
   * is a unique borrow, and the closure body reports the mutation.
   */
  readonly mutable: boolean;
  /** The root variable's binding as declared outside the closure (`mut x`). */
  readonly rootSpan: Span | null;
  /**
   * Where rustc says "move occurs because … does not implement the `Copy` trait" for a move out
   * of this capture: the type of the root's `let` or parameter, else a one-line initialiser.
   */
  readonly rootTypeSpan: Span | null;
  /**
   * The path dereferences a shared reference (`*r` of `r: &T`): the place is immutable (rustc's
   * `determine_capture_mutability`), and rustc reports a mutation of it only in the parent.
   */
  readonly throughSharedRef: boolean;
}

export type CaptureProjection = { readonly kind: 'field'; readonly index: number; readonly name: string } | { readonly kind: 'deref' };
