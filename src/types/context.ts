import type { NodeId, TypeExpr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { DefId, FnSigTy, GenericArgsTy, Region, Ty } from './ty.js';

/**
 * What later phases (MIR building, borrowck, explain, interp) may ask about definitions and types.
 * Implemented by the types phase over the definition table of the user's crate plus the std model.
 * All answers are pure and cached by the implementation.
 */
export interface TypeContext {
  /** Kind of definition, for diagnostics and lowering. */
  defKind(def: DefId): DefKind;
  /** Is this fn or method declared `const fn`? null when not known (std-model items, which carry no constness). */
  isConstFn?(def: DefId): boolean | null;
  /** A user fn's header, `fn f(x: u8) -> u8` (rustc's "function `f` is not const" note); null for std-model items. */
  fnHeaderSpan?(def: DefId): Span | null;
  /** Is this a `static mut`? Its uses need `unsafe`, and it is a mutable place. */
  isMutStatic?(def: DefId): boolean;
  /** The name as rustc prints it in messages: `Vec`, `Token::into_text`, `std::mem::swap`. */
  defPath(def: DefId): string;
  defSpan(def: DefId): Span | null; // null for std-model items
  /** The enclosing trait or impl of an associated item, the enum of a variant. */
  defParent(def: DefId): DefId | null;
  /** Whether `def` is an impl of a trait (`impl Tr for T`), not an inherent impl. Optional: absent means unknown. */
  isTraitImpl?(def: DefId): boolean;
  /** Lang items of the std model: 'String', 'Vec', 'Box', 'Option', 'Result', 'Rc', 'Arc', 'Drop', 'Copy', 'Clone', 'Deref', 'DerefMut', 'Index', 'IndexMut', 'IntoIterator', 'Iterator', 'Fn', 'FnMut', 'FnOnce', 'Send', 'Sync', 'Sized', 'drop_in_place', … */
  langItem(name: string): DefId | null;

  adt(def: DefId): AdtDef;
  /** A fn's or method's declared signature (regions as `param`/`static`, types with `param`s). */
  fnSig(def: DefId): PolyFnSig;
  /** Field type of a struct/variant with `args` substituted. */
  fieldTy(adt: DefId, variant: number, field: number, args: GenericArgsTy): Ty;

  /**
   * Whether values of `ty` are copied rather than moved. `owner` is the item whose body asks (a
   * closure's enclosing fn): its where-clauses decide for type parameters, as rustc's param env.
   */
  isCopy(ty: Ty, owner?: DefId): boolean;
  /** Whether dropping a value of this type runs code (a Drop impl anywhere inside, or a heap owner). */
  needsDrop(ty: Ty): boolean;
  /** Whether the type itself has an `impl Drop` (not its fields): moving out of its fields is E0509. */
  hasDropImpl(ty: Ty): boolean;
  /** Whether the value may be used when dropped through its borrows: false for types with #[may_dangle]-like std containers of references (Vec<&T>), true for user Drop impls. */
  dropUsesBorrows(ty: Ty): boolean;
  /**
   * rustc's dropck: the parts of `ty` whose regions must be live where a value of it is dropped
   * (`(Guard, &mut i32)` needs only `Guard`'s). Optional: without it every region of a type whose
   * drop uses borrows is.
   */
  dropLiveParts?(ty: Ty): readonly Ty[];
  isSized(ty: Ty): boolean;

  /** rustc's printing of a type in messages: `Vec<String>`, `&mut i32`, `[closure@src/main.rs:3:22: 3:25]`. */
  displayTy(ty: Ty): string;
  /** Substitute generic arguments into a type containing `param`s. */
  subst(ty: Ty, args: GenericArgsTy): Ty;
  /**
   * Normalise `<T as Trait>::Name` (regions kept as given) when the impl is known; returns the
   * type unchanged otherwise. Optional: borrowck relates the lifetimes of callee outputs such as
   * `<IterMut<'a, T> as Iterator>::Item` through it, and approximates when it is absent.
   */
  normalize?(ty: Ty): Ty;
  /**
   * Added by wfproj: the regions `<T as Trait<..>>::Name` is declared to outlive by the associated
   * type's own bounds (`type Iter: Iterator + 'a`), in terms of the projection's own arguments
   * (rustc's `declared_bounds_from_definition`); null when unknown. Optional: borrowck then does
   * not judge outlives requirements on projections. `owner`: the item whose body asks, which
   * gives `Self::Name` and `T::Name` (written without the trait's lifetimes) theirs, as `param` regions.
   */
  projectionDeclaredBounds?(proj: Ty & { kind: 'projection' }, owner?: DefId): Region[] | null;
  /**
   * Added by wfproj: the number of type parameters of a trait, `Self` included. A projection's
   * trait arguments hold `Self` first when written `<T as Trait>::Name` and not when written
   * `T::Name`; borrowck compares the two forms through it. Optional.
   */
  traitTypeParamCount?(trait: DefId): number;
  /**
   * Added by wfproj: normalising `<X as Trait<..>>::Name` through the single user impl it selects
   * needs that impl's `'x: 'y` bounds, here in terms of the projection's own lifetimes; null when
   * no single impl is known. Optional: borrowck then adds nothing for the normalisation.
   */
  projectionImplBounds?(proj: Ty & { kind: 'projection' }): readonly (readonly [Region, Region])[] | null;
  /**
   * Added by wfproj: the lifetimes the opaque type `index` of fn `def` captures (edition 2021:
   * those its bounds name), as indices of the fn's region parameters, and where the `impl Trait`
   * is written; null when unknown. Optional: borrowck then does not judge what a hidden type captures.
   */
  opaqueCaptures?(def: DefId, index: number): { readonly regions: readonly number[]; readonly span: Span } | null;
  /**
   * A type written in a body (`let x: &'a T`), lowered with its lifetimes as declared by `owner`'s
   * generics (`param` / `static`; elided and `'_` ones `erased`, `_` holes `error`), for borrowck's
   * user type annotations. Optional; null when it cannot be lowered.
   */
  lowerUserType?(owner: DefId, ty: TypeExpr): Ty | null;
  /**
   * The declared type of a `const` or `static` item, its lifetimes as written (`'static`; elided
   * ones are `'static` too). Borrowck relates a use of the item to it (rustc's `type_of`). Optional.
   */
  itemTy?(def: DefId): Ty;
  /**
   * The self type of the user's `impl Copy for X<..>` of ADT `adt`, lifetimes as written (`'static`
   * or the impl's own parameters), or null (none, derived, or std). Copying a value needs its
   * lifetimes to match the impl's (`impl Copy for Foo<'static>`). Optional.
   */
  copyImplSelfTy?(adt: DefId): Ty | null;
  /**
   * The header `Trait<..>` of the one user impl that proves `args.types[0]: Trait<args.types[1..]>`
   * (the trait's generic arguments, Self first, regions ignored in the match): the impl's trait
   * arguments as written, lifetimes its own parameters (`param`, indexed within the impl) or
   * `'static`. Null when it is not one certain user impl of a user trait. Borrowck equates a trait
   * method call's arguments with it, as rustc's impl selection does. Optional.
   */
  selectedImplHeader?(trait: DefId, args: GenericArgsTy): GenericArgsTy | null;
  /**
   * The self type of impl `impl` as its header writes it (lifetimes the impl's parameters or
   * `'static`, types its `param`s), or null when `impl` is not an impl. Borrowck equates it with
   * a written `Foo::<'a>::f` path's type (rustc's user self type). Optional.
   */
  implSelfTy?(impl: DefId): Ty | null;
  /**
   * Added by hr2: the `Fn*` bounds of a fn and its parents on their type parameters (`F: Fn(&u8)
   * -> &u8`), with the bound's argument types and output as lowered (regions the bound binds
   * carry their identity, see the `erased` region's `bound`). Optional: absent means none known.
   */
  fnTraitBounds?(def: DefId): readonly FnTraitBound[];
}

export interface FnTraitBound {
  /** The bounded type parameter's index in the fn's generic arguments. */
  readonly param: number;
  readonly trait: 'Fn' | 'FnMut' | 'FnOnce';
  readonly inputs: readonly Ty[];
  /** The `Output` the bound names, if it does. */
  readonly output: Ty | null;
}

export type DefKind =
  | 'fn'
  | 'assocFn' // a method or associated function (in an impl or trait)
  | 'struct'
  | 'enum'
  | 'union'
  | 'variant'
  | 'trait'
  | 'impl'
  | 'typeAlias'
  | 'assocType'
  | 'const'
  | 'assocConst'
  | 'static'
  | 'mod'
  | 'typeParam'
  | 'field'
  | 'macro'
  | 'closure';

export interface PolyFnSig {
  readonly sig: FnSigTy;
  /** Names of the lifetime parameters a `param` region's index refers to (elided ones are `'_0`, `'_1`, …). */
  readonly regionParams: readonly string[];
  /** Where each region param is declared (the lifetime in the generics, or the elided reference's span in the inputs), when known. */
  readonly regionParamSpans?: readonly (Span | null)[];
  /** Per region param: an impl header's elided lifetime, written in its self type or its trait reference (rustc's "lifetime `'1` appears in the `impl`'s self type"). Absent: none. */
  readonly regionParamImplHeader?: readonly ('selfType' | 'trait' | null)[];
  /** Declared outlives relations between region params and 'static: `'a: 'b` is [a, b]. */
  readonly outlives: readonly (readonly [Region, Region])[];
  /**
   * Declared `T: 'r` bounds of the fn and its parent (where-clauses and `impl Trait + 'r`): the
   * type parameter's index in the callee's generic args, and the region. Borrowck needs them for
   * `thread::spawn`'s `F: 'static` (E0373/E0597). Optional: absent means none known.
   */
  readonly typeOutlives?: readonly (readonly [number, Region])[];
  /**
   * What the fn's body may assume of its type parameters: `typeOutlives` plus the bounds its trait
   * bounds imply (`T: Static` where `trait Static: 'static`); an opaque trait bound counts as `'static`.
   */
  readonly typeOutlivesAssumed?: readonly (readonly [number, Region])[];
  /**
   * Type parameters a where-clause requires to outlive every lifetime (`for<'r> T: 'r`, or
   * `for<'r> &'r T: 'r`), with the where-clause's span: callers must prove it for a lifetime
   * they cannot name, which in effect means `'static`. Optional: absent means none.
   */
  /** Added by hrtb: `for<'b> X: 'r` clauses ('r not bound) where an outlives component of X is a bound region: unprovable at any call. `predicate` as rustc prints it. */
  readonly forallUnprovable?: readonly { readonly span: Span; readonly predicate: string }[];
  readonly typeOutlivesForall?: readonly { readonly param: number; /** Added by hrtb: the parameter's name. */ readonly name?: string; readonly span: Span; /** The direct form `for<'r> T: 'r`, which the fn's own body may assume. */ readonly direct: boolean }[];
  /**
   * Trait bounds of the fn and its parents on its own type parameters with the lifetimes they
   * name (`G: GetRef<'a, T>` is `{ param, trait, regions: ['a] }`): a method called through the
   * bound uses exactly those lifetimes. Optional: absent means none known.
   */
  readonly traitBoundRegions?: readonly { readonly param: number; readonly trait: DefId; readonly regions: readonly Region[] }[];
  /**
   * Added by wfproj: declared `<T as Trait>::Name: 'r` bounds of the fn and its parents (where-clauses
   * on a projection), which its body may assume. Optional: absent means none.
   */
  readonly projectionOutlives?: readonly { readonly ty: Ty; readonly region: Region }[];
  /** Added by wfproj: where rustc inserts a suggested where-clause: after the fn's last one (`hasWhere`), else after its signature. */
  readonly whereInsert?: { readonly at: number; readonly hasWhere: boolean; /** `at` follows the last clause's trailing comma. */ readonly afterComma?: boolean };
  /** For each type parameter (by index): where a bound `+ 'a` / `: 'a` would be inserted, when it is declared in generics. */
  readonly typeParamInsert?: readonly ({ readonly at: number; readonly hasBounds: boolean } | null)[];
  /** Whether the function has a `self` parameter (method-call syntax allowed). */
  readonly hasSelf: boolean;
  /** Names of the parameters, for messages (`self`, `x`, `_`). */
  readonly paramNames: readonly string[];
  /** The item's NodeId in the user's crate, or null for std-model items. */
  readonly node: NodeId | null;
}

export interface AdtDef {
  readonly def: DefId;
  readonly name: string;
  readonly kind: 'struct' | 'enum' | 'union';
  readonly variants: readonly VariantDef[];
  /** Lang item name if this ADT is one ('String', 'Vec', 'Box', 'Option', …), else null. */
  readonly lang: string | null;
  /** Box is special: borrowck tracks `*b` like a field of an owner, and moves out of `*b` are allowed. */
  readonly isBox: boolean;
  readonly regionParams: readonly string[];
  readonly typeParams: readonly string[];
  /**
   * Declared outlives between the ADT's lifetime parameters (`struct S<'a, 'b: 'a>` or a where
   * clause): `[i, j]` means region param i outlives region param j; j = -1 is 'static. Optional:
   * absent means unknown (borrowck then assumes the lifetimes related).
   */
  readonly regionOutlives?: readonly (readonly [number, number])[];
  /**
   * Declared outlives of the ADT's type parameters (`struct S<T: 'static>`, `where T: 'a`): `[i, j]`
   * means type param i outlives region param j; j = -1 is 'static. A signature naming `S<X>`
   * implies every lifetime in X outlives it (rustc's implied bounds).
   */
  readonly typeOutlives?: readonly (readonly [number, number])[];
}

export interface VariantDef {
  readonly name: string;
  readonly ctor: 'unit' | 'tuple' | 'named';
  readonly fields: readonly FieldDefTy[];
  readonly def: DefId; // the variant's DefId (or the struct's for a struct)
}

export interface FieldDefTy {
  readonly name: string; // `0`, `1` for tuple fields
  readonly ty: Ty; // with the ADT's `param`s
}
