/**
 * Semantic types. Plain immutable data; helpers live in `ty-ops.ts`. Types in function bodies
 * carry erased regions (as rustc's typeck results do); signatures and ADT field types carry
 * `param` / `static` regions; the borrow checker replaces every region in a body with a fresh
 * inference variable (`var`) before it solves them.
 */

/** Index into the definition table (`src/resolve/defs.ts`): items of the user's crate and of the std model alike. */
export type DefId = number;

export type Region =
  | { readonly kind: 'static' }
  /** A lifetime parameter of the enclosing item, early- or late-bound; elided lifetimes in signatures get one each, named `'_N`. */
  | { readonly kind: 'param'; readonly index: number; readonly name: string }
  /** An inference variable of the borrow checker (`'?3` in dumps). */
  | { readonly kind: 'var'; readonly id: number }
  /**
   * Not tracked (inside bodies before borrowck). Added by hr2: `bound` is set on a region bound
   * by a `for<..>` binder (a fn pointer type, `Fn(..)` sugar, a `for<'a>` bound): regions with
   * the same `bound` are one bound region (ids are unique per lowering, so no De Bruijn shifting);
   * `name` is its written name, if any.
   */
  | { readonly kind: 'erased'; readonly bound?: number; readonly name?: string };

export const STATIC: Region = { kind: 'static' };
export const ERASED: Region = { kind: 'erased' };

export type IntTy = 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';
export type FloatTy = 'f32' | 'f64';

/** Generic arguments of a path: lifetimes, then types, then const values, each in declaration order. */
export interface GenericArgsTy {
  readonly regions: readonly Region[];
  readonly types: readonly Ty[];
  readonly consts: readonly ConstArg[];
}

export type ConstArg = { readonly kind: 'value'; readonly value: bigint } | { readonly kind: 'param'; readonly index: number; readonly name: string } | { readonly kind: 'unknown' };

export const NO_ARGS: GenericArgsTy = { regions: [], types: [], consts: [] };

export interface FnSigTy {
  readonly inputs: readonly Ty[];
  readonly output: Ty;
  readonly unsafe: boolean;
  readonly variadic: boolean;
}

/** A trait reference `Trait<Args>` (Self not included), used by `dyn` and bounds. */
export interface TraitRef {
  readonly trait: DefId;
  readonly args: GenericArgsTy;
}

export interface DynBinding {
  readonly name: string;
  readonly ty: Ty;
}

export type Ty =
  | { readonly kind: 'bool' }
  | { readonly kind: 'char' }
  | { readonly kind: 'int'; readonly int: IntTy }
  | { readonly kind: 'float'; readonly float: FloatTy }
  | { readonly kind: 'str' }
  | { readonly kind: 'never' }
  /** `()` is the tuple with no elements. */
  | { readonly kind: 'tuple'; readonly elems: readonly Ty[] }
  | { readonly kind: 'array'; readonly elem: Ty; readonly len: ConstArg }
  | { readonly kind: 'slice'; readonly elem: Ty }
  | { readonly kind: 'ref'; readonly region: Region; readonly mut: boolean; readonly inner: Ty }
  | { readonly kind: 'ptr'; readonly mut: boolean; readonly inner: Ty }
  /** A struct, enum or union, user-defined or from the std model (String, Vec, Box, Option, Rc, …). */
  | { readonly kind: 'adt'; readonly def: DefId; readonly args: GenericArgsTy }
  /** The zero-sized type of a function item or method (generic arguments filled in). */
  | { readonly kind: 'fnDef'; readonly def: DefId; readonly args: GenericArgsTy }
  | { readonly kind: 'fnPtr'; readonly sig: FnSigTy }
  /** A closure's unique type; `node` is the closure expression's NodeId in the user's crate. */
  | { readonly kind: 'closure'; readonly node: number; readonly owner: DefId; readonly sig: FnSigTy; readonly upvars: readonly Ty[] }
  | {
      readonly kind: 'dyn';
      readonly principal: TraitRef | null;
      readonly autoTraits: readonly DefId[];
      readonly region: Region;
      /** Associated type bindings of the principal (`dyn Fn(i32) -> u8` has Output = u8, `dyn Iterator<Item = T>`). Added by the types phase. */
      readonly bindings?: readonly DynBinding[];
    }
  /** A type parameter of the enclosing items (`Self` in traits is index 0 of the trait). */
  | { readonly kind: 'param'; readonly index: number; readonly name: string }
  /** `<self as Trait>::Name`, not yet normalised. */
  | { readonly kind: 'projection'; readonly self: Ty; readonly trait: TraitRef; readonly name: string }
  /** `impl Trait` in return position: an opaque type defined by function `def`. */
  | { readonly kind: 'opaque'; readonly def: DefId; readonly index: number; readonly args: GenericArgsTy }
  /** Inference variables, only while type checking a body. */
  | { readonly kind: 'infer'; readonly var: number; readonly flavor: 'general' | 'int' | 'float' }
  /** A type error already reported (or `unsupported`): never causes further errors. */
  | { readonly kind: 'error' };

export type TyKind = Ty['kind'];

// Shared instances of data-less types (V8 keeps one shape, and identity compares are cheap).
export const BOOL: Ty = { kind: 'bool' };
export const CHAR: Ty = { kind: 'char' };
export const STR: Ty = { kind: 'str' };
export const NEVER: Ty = { kind: 'never' };
export const UNIT: Ty = { kind: 'tuple', elems: [] };
export const ERROR: Ty = { kind: 'error' };
