import type { Span } from './span.js';
import type { Token, TokenTree } from './token.js';

/**
 * The abstract syntax tree. Every expression, pattern, type, block, statement, item, field,
 * param and arm gets a `NodeId`, dense from 0 within one parse, so later phases keep their facts
 * in arrays indexed by it (`Crate.nodeCount` sizes them). Nodes are created with all their
 * fields and never mutated afterwards.
 */
export type NodeId = number;

export interface Ident {
  readonly name: string;
  readonly span: Span;
}

export interface Crate {
  readonly attrs: readonly Attribute[]; // inner attributes `#![...]`
  readonly items: readonly Item[];
  readonly span: Span;
  /** One more than the largest NodeId in this tree. */
  readonly nodeCount: number;
  /** Added by wfproj: the edition the crate was parsed under (what an `impl Trait` captures depends on it). */
  readonly edition?: 2015 | 2018 | 2021 | 2024;
}

export interface Attribute {
  readonly style: 'outer' | 'inner';
  /** `derive`, `allow`, `cfg`, `doc` (doc comments become `doc` attributes), `rustfmt::skip`, … */
  readonly path: string;
  /** What follows the path: `(Clone, Copy)` or `= "text"`, as token trees (empty if nothing). */
  readonly args: readonly TokenTree[];
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Paths and generics

export interface Path {
  readonly global: boolean; // leading `::`
  readonly segments: readonly PathSegment[];
  readonly span: Span;
}

export interface PathSegment {
  /** `self`, `super`, `crate`, `Self` appear as ordinary segment names. */
  readonly ident: Ident;
  readonly args: GenericArgs | null;
}

/** `<T as Trait>::Item`: `ty` is T; `position` counts how many leading segments of the path name the trait (0 for `<T>::f`). */
export interface QSelf {
  readonly ty: TypeExpr;
  readonly position: number;
  readonly span: Span;
}

export type GenericArgs =
  | { readonly kind: 'angle'; readonly args: readonly GenericArg[]; readonly span: Span }
  | {
      readonly kind: 'paren'; // Fn(A, B) -> C
      readonly inputs: readonly TypeExpr[];
      readonly output: TypeExpr | null;
      readonly span: Span;
    };

export type GenericArg =
  | { readonly kind: 'lifetime'; readonly lifetime: Lifetime }
  | { readonly kind: 'type'; readonly ty: TypeExpr }
  | { readonly kind: 'const'; readonly expr: Expr }
  | { readonly kind: 'binding'; readonly name: Ident; readonly args: GenericArgs | null; readonly ty: TypeExpr } // Item = T
  | { readonly kind: 'constraint'; readonly name: Ident; readonly bounds: readonly GenericBound[] }; // Item: Bound

export interface Lifetime {
  readonly name: string; // including the quote: `'a`, `'static`, `'_`
  readonly span: Span;
}

export interface Generics {
  readonly params: readonly GenericParam[];
  readonly where: readonly WherePredicate[];
  readonly span: Span;
}

export type GenericParam =
  | { readonly kind: 'lifetime'; readonly id: NodeId; readonly attrs: readonly Attribute[]; readonly lifetime: Lifetime; readonly bounds: readonly Lifetime[]; readonly span: Span }
  | { readonly kind: 'type'; readonly id: NodeId; readonly attrs: readonly Attribute[]; readonly name: Ident; readonly bounds: readonly GenericBound[]; readonly default: TypeExpr | null; readonly span: Span }
  | { readonly kind: 'const'; readonly id: NodeId; readonly attrs: readonly Attribute[]; readonly name: Ident; readonly ty: TypeExpr; readonly default: Expr | null; readonly span: Span };

export type GenericBound =
  | {
      readonly kind: 'trait';
      readonly modifier: 'none' | 'maybe' | 'const' | 'maybeConst'; // `?Sized`, `~const`
      readonly forLifetimes: readonly Lifetime[]; // for<'a>
      readonly path: Path;
      readonly span: Span;
    }
  | { readonly kind: 'lifetime'; readonly lifetime: Lifetime };

export type WherePredicate =
  | { readonly kind: 'bound'; readonly forLifetimes: readonly Lifetime[]; readonly ty: TypeExpr; readonly bounds: readonly GenericBound[]; readonly span: Span }
  | { readonly kind: 'region'; readonly lifetime: Lifetime; readonly bounds: readonly Lifetime[]; readonly span: Span };

// ---------------------------------------------------------------------------------------------
// Types as written

export type TypeExpr =
  | { readonly kind: 'path'; readonly id: NodeId; readonly qself: QSelf | null; readonly path: Path; readonly span: Span }
  | { readonly kind: 'ref'; readonly id: NodeId; readonly lifetime: Lifetime | null; readonly mut: boolean; readonly inner: TypeExpr; readonly span: Span }
  | { readonly kind: 'ptr'; readonly id: NodeId; readonly mut: boolean; readonly inner: TypeExpr; readonly span: Span }
  | { readonly kind: 'slice'; readonly id: NodeId; readonly elem: TypeExpr; readonly span: Span }
  | { readonly kind: 'array'; readonly id: NodeId; readonly elem: TypeExpr; readonly len: Expr; readonly span: Span }
  | { readonly kind: 'tuple'; readonly id: NodeId; readonly elems: readonly TypeExpr[]; readonly span: Span } // () is the empty tuple
  | {
      readonly kind: 'fn';
      readonly id: NodeId;
      readonly forLifetimes: readonly Lifetime[];
      readonly unsafe: boolean;
      readonly abi: string | null;
      readonly inputs: readonly TypeExpr[];
      readonly variadic: boolean;
      readonly output: TypeExpr | null;
      readonly span: Span;
    }
  | { readonly kind: 'never'; readonly id: NodeId; readonly span: Span }
  | { readonly kind: 'infer'; readonly id: NodeId; readonly span: Span } // _
  | { readonly kind: 'implTrait'; readonly id: NodeId; readonly bounds: readonly GenericBound[]; readonly span: Span }
  | { readonly kind: 'dynTrait'; readonly id: NodeId; readonly bounds: readonly GenericBound[]; readonly bare: boolean; readonly span: Span } // bare: 2015 `Box<Trait>`
  | { readonly kind: 'paren'; readonly id: NodeId; readonly inner: TypeExpr; readonly span: Span }
  | { readonly kind: 'macro'; readonly id: NodeId; readonly mac: MacCall; readonly span: Span }
  | { readonly kind: 'err'; readonly id: NodeId; readonly span: Span };

// ---------------------------------------------------------------------------------------------
// Patterns

export type Pat =
  | { readonly kind: 'wild'; readonly id: NodeId; readonly span: Span }
  /** A lone identifier: a binding, unless resolve finds a unit struct/variant/const of that name. */
  | { readonly kind: 'ident'; readonly id: NodeId; readonly byRef: boolean; readonly mut: boolean; readonly name: Ident; readonly sub: Pat | null; readonly span: Span }
  | { readonly kind: 'lit'; readonly id: NodeId; readonly expr: Expr; readonly span: Span } // includes `-1`
  | { readonly kind: 'range'; readonly id: NodeId; readonly lo: Expr | null; readonly hi: Expr | null; readonly inclusive: boolean; readonly span: Span }
  | { readonly kind: 'tuple'; readonly id: NodeId; readonly elems: readonly Pat[]; readonly span: Span }
  | { readonly kind: 'tupleStruct'; readonly id: NodeId; readonly qself: QSelf | null; readonly path: Path; readonly elems: readonly Pat[]; readonly span: Span }
  | { readonly kind: 'struct'; readonly id: NodeId; readonly qself: QSelf | null; readonly path: Path; readonly fields: readonly FieldPat[]; readonly rest: boolean; readonly span: Span }
  | { readonly kind: 'path'; readonly id: NodeId; readonly qself: QSelf | null; readonly path: Path; readonly span: Span } // multi-segment or qualified path
  | { readonly kind: 'ref'; readonly id: NodeId; readonly mut: boolean; readonly inner: Pat; readonly span: Span }
  | { readonly kind: 'box'; readonly id: NodeId; readonly inner: Pat; readonly span: Span }
  | { readonly kind: 'slice'; readonly id: NodeId; readonly elems: readonly Pat[]; readonly span: Span }
  | { readonly kind: 'rest'; readonly id: NodeId; readonly span: Span } // `..` inside tuple/slice patterns
  | { readonly kind: 'or'; readonly id: NodeId; readonly alts: readonly Pat[]; readonly span: Span }
  | { readonly kind: 'paren'; readonly id: NodeId; readonly inner: Pat; readonly span: Span }
  | { readonly kind: 'macro'; readonly id: NodeId; readonly mac: MacCall; readonly span: Span }
  | { readonly kind: 'err'; readonly id: NodeId; readonly span: Span };

export interface FieldPat {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly name: Ident; // a field name or tuple index (`0`)
  readonly pat: Pat; // for shorthand `{ x }` / `{ ref mut x }` an 'ident' pattern with the same span
  readonly shorthand: boolean;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Lit =
  | { readonly kind: 'int'; readonly value: bigint; readonly suffix: string | null }
  | { readonly kind: 'float'; readonly value: number; readonly suffix: string | null }
  | { readonly kind: 'str'; readonly value: string; readonly raw: boolean }
  | { readonly kind: 'byteStr'; readonly value: Uint8Array; readonly raw: boolean }
  | { readonly kind: 'cStr'; readonly value: Uint8Array; readonly raw: boolean }
  | { readonly kind: 'char'; readonly value: string } // one code point
  | { readonly kind: 'byte'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean };

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%'
  | '&' | '|' | '^' | '<<' | '>>'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '&&' | '||';

export type AssignOp = '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=';

export type UnaryOp = 'neg' | 'not' | 'deref';

export interface Label {
  readonly name: string; // with the quote: `'outer`
  readonly span: Span;
}

export type Expr =
  | { readonly kind: 'lit'; readonly id: NodeId; readonly lit: Lit; readonly span: Span }
  | { readonly kind: 'path'; readonly id: NodeId; readonly qself: QSelf | null; readonly path: Path; readonly span: Span }
  | { readonly kind: 'unary'; readonly id: NodeId; readonly op: UnaryOp; readonly operand: Expr; readonly span: Span }
  | { readonly kind: 'binary'; readonly id: NodeId; readonly op: BinaryOp; readonly opSpan: Span; readonly lhs: Expr; readonly rhs: Expr; readonly span: Span }
  | { readonly kind: 'assign'; readonly id: NodeId; readonly lhs: Expr; readonly rhs: Expr; readonly span: Span }
  | { readonly kind: 'assignOp'; readonly id: NodeId; readonly op: AssignOp; readonly opSpan: Span; readonly lhs: Expr; readonly rhs: Expr; readonly span: Span }
  /** `&e`, `&mut e`, `&raw const e`, `&raw mut e`. */
  | { readonly kind: 'ref'; readonly id: NodeId; readonly mut: boolean; readonly raw: boolean; readonly operand: Expr; readonly span: Span }
  | { readonly kind: 'call'; readonly id: NodeId; readonly callee: Expr; readonly args: readonly Expr[]; readonly span: Span }
  | {
      readonly kind: 'methodCall';
      readonly id: NodeId;
      readonly receiver: Expr;
      readonly method: Ident;
      readonly turbofish: GenericArgs | null;
      readonly args: readonly Expr[];
      readonly span: Span;
    }
  /** `e.name` or `e.0`; `x.0.1` is two nested field expressions. */
  | { readonly kind: 'field'; readonly id: NodeId; readonly base: Expr; readonly name: Ident; readonly span: Span }
  | { readonly kind: 'index'; readonly id: NodeId; readonly base: Expr; readonly index: Expr; readonly span: Span }
  | { readonly kind: 'tuple'; readonly id: NodeId; readonly elems: readonly Expr[]; readonly span: Span } // () is unit
  | { readonly kind: 'array'; readonly id: NodeId; readonly elems: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'repeat'; readonly id: NodeId; readonly elem: Expr; readonly count: Expr; readonly span: Span }
  | {
      readonly kind: 'struct';
      readonly id: NodeId;
      readonly qself: QSelf | null;
      readonly path: Path;
      readonly fields: readonly FieldInit[];
      readonly base: Expr | null; // ..base
      readonly rest: boolean; // `..` without base (default field values)
      readonly span: Span;
    }
  | { readonly kind: 'block'; readonly id: NodeId; readonly block: Block; readonly label: Label | null; readonly flavor: 'normal' | 'unsafe' | 'async' | 'asyncMove' | 'const'; readonly span: Span }
  /** `cond` may be a `let` expression, or `&&` chains of them (let chains). */
  | { readonly kind: 'if'; readonly id: NodeId; readonly cond: Expr; readonly then: Block; readonly else: Expr | null; readonly span: Span }
  /** Only valid as an `if`/`while` condition (or inside `&&` there). */
  | { readonly kind: 'let'; readonly id: NodeId; readonly pat: Pat; readonly scrutinee: Expr; readonly span: Span }
  | { readonly kind: 'while'; readonly id: NodeId; readonly label: Label | null; readonly cond: Expr; readonly body: Block; readonly span: Span }
  | { readonly kind: 'loop'; readonly id: NodeId; readonly label: Label | null; readonly body: Block; readonly span: Span }
  | { readonly kind: 'for'; readonly id: NodeId; readonly label: Label | null; readonly pat: Pat; readonly iter: Expr; readonly body: Block; readonly span: Span }
  | { readonly kind: 'match'; readonly id: NodeId; readonly scrutinee: Expr; readonly arms: readonly Arm[]; readonly span: Span }
  | {
      readonly kind: 'closure';
      readonly id: NodeId;
      readonly move: boolean;
      readonly async: boolean;
      readonly params: readonly ClosureParam[];
      readonly ret: TypeExpr | null;
      readonly body: Expr;
      readonly span: Span;
    }
  | { readonly kind: 'break'; readonly id: NodeId; readonly label: Label | null; readonly value: Expr | null; readonly span: Span }
  | { readonly kind: 'continue'; readonly id: NodeId; readonly label: Label | null; readonly span: Span }
  | { readonly kind: 'return'; readonly id: NodeId; readonly value: Expr | null; readonly span: Span }
  | { readonly kind: 'range'; readonly id: NodeId; readonly lo: Expr | null; readonly hi: Expr | null; readonly inclusive: boolean; readonly span: Span }
  | { readonly kind: 'cast'; readonly id: NodeId; readonly operand: Expr; readonly ty: TypeExpr; readonly span: Span }
  | { readonly kind: 'try'; readonly id: NodeId; readonly operand: Expr; readonly span: Span } // e?
  | { readonly kind: 'await'; readonly id: NodeId; readonly operand: Expr; readonly span: Span }
  | { readonly kind: 'paren'; readonly id: NodeId; readonly inner: Expr; readonly span: Span }
  /** A macro call; `expansion` is set for the built-in macros the parser expands. */
  | { readonly kind: 'macro'; readonly id: NodeId; readonly mac: MacCall; readonly expansion: MacroExpansion | null; readonly span: Span }
  | { readonly kind: 'err'; readonly id: NodeId; readonly span: Span };

export interface FieldInit {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly name: Ident; // field name or tuple index
  readonly expr: Expr; // for shorthand `{ x }` a path expression with the same span
  readonly shorthand: boolean;
  readonly span: Span;
}

export interface ClosureParam {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly pat: Pat;
  readonly ty: TypeExpr | null;
  readonly span: Span;
}

export interface Arm {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly pat: Pat;
  readonly guard: Expr | null; // may be a `let` (if-let guards) on nightly; we parse it
  readonly body: Expr;
  readonly span: Span;
}

export interface MacCall {
  readonly path: Path;
  readonly delim: '(' | '[' | '{';
  readonly tokens: readonly TokenTree[];
  readonly span: Span;
}

/** A built-in macro, expanded by the parser into the pieces that later phases need. */
export type MacroExpansion =
  | {
      readonly kind: 'format';
      /** Which macro: println, print, eprintln, eprint, format, panic, write, writeln, format_args, unreachable, todo, unimplemented (with a message). */
      readonly macro: string;
      readonly dest: Expr | null; // the first argument of write!/writeln!
      readonly format: FormatString | null; // null for e.g. `println!()` or `panic!()`
      readonly args: readonly FormatArg[];
    }
  | { readonly kind: 'vec'; readonly elems: readonly Expr[] }
  | { readonly kind: 'vecRepeat'; readonly elem: Expr; readonly count: Expr }
  | { readonly kind: 'assert'; readonly cond: Expr; readonly message: MacroExpansion | null } // message is a 'format'
  | { readonly kind: 'assertCmp'; readonly op: 'eq' | 'ne'; readonly left: Expr; readonly right: Expr; readonly message: MacroExpansion | null }
  | { readonly kind: 'matches'; readonly scrutinee: Expr; readonly pat: Pat; readonly guard: Expr | null }
  | { readonly kind: 'dbg'; readonly args: readonly Expr[] }
  /** A macro that stands for one expression: `addr_of!(p)` is `&raw const p`, `line!()` a `u32` literal, `stringify!(..)` a `&str` literal. */
  | { readonly kind: 'expr'; readonly expr: Expr };

export interface FormatString {
  readonly pieces: readonly FormatPiece[];
  readonly span: Span; // the string literal
}

export type FormatPiece =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'placeholder';
      readonly arg: number; // index into FormatArg[]
      readonly trait: '' | '?' | 'x' | 'X' | 'o' | 'b' | 'e' | 'E' | 'p';
      readonly alternate: boolean; // #
      readonly sign: '' | '+' | '-';
      readonly zero: boolean;
      readonly fill: string | null;
      readonly align: '' | '<' | '^' | '>';
      readonly width: FormatCount | null;
      readonly precision: FormatCount | null;
      readonly span: Span; // the `{...}` inside the literal
    };

export type FormatCount =
  | { readonly kind: 'literal'; readonly value: number }
  | { readonly kind: 'arg'; readonly arg: number }; // `width$` / `.*`

export interface FormatArg {
  readonly name: string | null; // `name = expr`, or the identifier of an inline `{x}`
  readonly expr: Expr; // for inline `{x}`, a synthesized path expression spanning `x` in the literal
  readonly inline: boolean;
}

// ---------------------------------------------------------------------------------------------
// Statements and blocks

export interface Block {
  readonly id: NodeId;
  readonly stmts: readonly Stmt[];
  /** The trailing expression without a semicolon, if any. */
  readonly tail: Expr | null;
  readonly span: Span;
}

export type Stmt =
  | {
      readonly kind: 'let';
      readonly id: NodeId;
      readonly attrs: readonly Attribute[];
      readonly pat: Pat;
      readonly ty: TypeExpr | null;
      readonly init: Expr | null;
      readonly else: Block | null; // let-else
      readonly span: Span;
    }
  | { readonly kind: 'item'; readonly id: NodeId; readonly item: Item; readonly span: Span }
  /** `semi` is false for a block-like expression statement (`if … {}` mid-block). */
  | { readonly kind: 'expr'; readonly id: NodeId; readonly expr: Expr; readonly semi: boolean; readonly span: Span }
  | { readonly kind: 'empty'; readonly id: NodeId; readonly span: Span }; // a lone `;`

// ---------------------------------------------------------------------------------------------
// Items

export type Visibility =
  | { readonly kind: 'inherited' }
  | { readonly kind: 'pub'; readonly span: Span }
  | { readonly kind: 'crate'; readonly span: Span } // pub(crate)
  | { readonly kind: 'restricted'; readonly path: Path; readonly span: Span }; // pub(super), pub(self), pub(in path)

export const INHERITED: Visibility = { kind: 'inherited' };

export interface FnQualifiers {
  readonly const: boolean;
  readonly async: boolean;
  readonly unsafe: boolean;
  readonly abi: string | null; // `extern "C"` → "C"; plain `extern` → "C"
}

/** `id` is the binding id of `self` in the body (what a `self` path resolves to). */
export type SelfParam =
  | { readonly kind: 'value'; readonly id: NodeId; readonly mut: boolean; readonly span: Span } // self, mut self
  | { readonly kind: 'ref'; readonly id: NodeId; readonly lifetime: Lifetime | null; readonly mut: boolean; readonly span: Span } // &self, &'a mut self
  | { readonly kind: 'typed'; readonly id: NodeId; readonly mut: boolean; readonly ty: TypeExpr; readonly span: Span }; // self: Box<Self>

export interface Param {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly pat: Pat; // anonymous 2015 trait params get a 'wild' pattern
  readonly ty: TypeExpr;
  readonly span: Span;
}

export interface FnSig {
  readonly qualifiers: FnQualifiers;
  readonly selfParam: SelfParam | null;
  readonly params: readonly Param[];
  readonly variadic: boolean;
  readonly ret: TypeExpr | null;
  readonly span: Span; // from `fn` to the end of the return type / where clause
}

export interface FieldDef {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly vis: Visibility;
  readonly name: Ident | null; // null for tuple fields
  readonly ty: TypeExpr;
  readonly span: Span;
}

export type VariantData =
  | { readonly kind: 'named'; readonly fields: readonly FieldDef[] }
  | { readonly kind: 'tuple'; readonly fields: readonly FieldDef[] }
  | { readonly kind: 'unit' };

export interface Variant {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly name: Ident;
  readonly data: VariantData;
  readonly discriminant: Expr | null;
  readonly span: Span;
}

export type UseTree =
  | { readonly kind: 'simple'; readonly path: Path; readonly rename: Ident | null; readonly span: Span } // `a::b as c`, rename `_` allowed
  | { readonly kind: 'glob'; readonly prefix: Path; readonly span: Span } // `a::*`
  | { readonly kind: 'nested'; readonly prefix: Path; readonly trees: readonly UseTree[]; readonly span: Span }; // `a::{…}` (prefix may be empty)

interface ItemCommon {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly vis: Visibility;
  readonly span: Span;
}

export type Item = ItemCommon &
  (
    | { readonly kind: 'fn'; readonly name: Ident; readonly generics: Generics; readonly sig: FnSig; readonly body: Block | null }
    | { readonly kind: 'struct'; readonly name: Ident; readonly generics: Generics; readonly data: VariantData }
    | { readonly kind: 'union'; readonly name: Ident; readonly generics: Generics; readonly fields: readonly FieldDef[] }
    | { readonly kind: 'enum'; readonly name: Ident; readonly generics: Generics; readonly variants: readonly Variant[] }
    | {
        readonly kind: 'trait';
        readonly unsafe: boolean;
        readonly auto: boolean;
        readonly name: Ident;
        readonly generics: Generics;
        readonly supertraits: readonly GenericBound[];
        readonly items: readonly Item[]; // fn (body optional), const, type
      }
    | {
        readonly kind: 'impl';
        readonly unsafe: boolean;
        readonly generics: Generics;
        readonly negative: boolean;
        readonly trait: Path | null;
        readonly selfTy: TypeExpr;
        readonly items: readonly Item[];
      }
    | { readonly kind: 'typeAlias'; readonly name: Ident; readonly generics: Generics; readonly bounds: readonly GenericBound[]; readonly ty: TypeExpr | null }
    | { readonly kind: 'const'; readonly name: Ident; readonly ty: TypeExpr | null; readonly expr: Expr | null } // name `_` allowed
    | { readonly kind: 'static'; readonly mut: boolean; readonly name: Ident; readonly ty: TypeExpr; readonly expr: Expr | null }
    | { readonly kind: 'use'; readonly tree: UseTree }
    | { readonly kind: 'mod'; readonly name: Ident; readonly items: readonly Item[] | null; readonly innerAttrs: readonly Attribute[] } // null: `mod foo;`
    | { readonly kind: 'externCrate'; readonly name: Ident; readonly rename: Ident | null }
    | { readonly kind: 'externBlock'; readonly unsafe: boolean; readonly abi: string | null; readonly items: readonly Item[] }
    | { readonly kind: 'macroRules'; readonly name: Ident; readonly body: readonly TokenTree[] }
    | { readonly kind: 'macroCall'; readonly mac: MacCall }
    | { readonly kind: 'err' }
  );

export type ItemKind = Item['kind'];

/** A syntax error. The parser never throws; it returns these beside a (partial) tree. */
export interface SyntaxError {
  readonly message: string; // rustc's wording where it has one: "expected one of `;` or `}`, found `let`"
  readonly span: Span;
  readonly label: string | null; // the primary label, e.g. "expected one of 2 possible tokens"
  /** rustc's error code for the few syntax errors that have one (`E0765` unterminated string). */
  readonly code?: string;
  /** Labelled secondary spans, e.g. "unclosed delimiter" on the opener of an unclosed group. */
  readonly secondary?: readonly { readonly span: Span; readonly label: string }[];
  /**
   * Set on errors of built-in macro expansion and AST validation ("free constant item without
   * body"): rustc's parser accepts the file and reports these later, then goes on checking.
   */
  readonly late?: boolean;
  /** Further primary spans, listed before `span` (rustc's location is the first of them). */
  readonly alsoPrimary?: readonly { readonly span: Span; readonly label: string }[];
}

export interface ParseResult {
  readonly crate: Crate;
  readonly errors: readonly SyntaxError[];
}

export type { Token, TokenTree };
