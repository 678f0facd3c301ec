import type { Attribute, Block, FieldDef, Item, NodeId, Variant, Visibility } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';

/** Same numbering as `DefId` in types/ty.ts (resolve sits above types in the pipeline, so it cannot import it). */
export type DefId = number;

/** The kinds of definitions; identical to `DefKind` of types/context.ts. */
export type DefKind = 'fn' | 'assocFn' | 'struct' | 'enum' | 'union' | 'variant' | 'trait' | 'impl' | 'typeAlias' | 'assocType' | 'const' | 'assocConst' | 'static' | 'mod' | 'typeParam' | 'field' | 'macro' | 'closure';

/**
 * The definition table: every item of the user's crate and of the std model gets a DefId (an
 * index into `defs`). Std items have no user NodeId (their NodeIds belong to their own std file),
 * so everything downstream keys definitions by DefId.
 */
export type DefNode =
  | { readonly kind: 'item'; readonly item: Item }
  | { readonly kind: 'variant'; readonly variant: Variant; readonly index: number }
  | { readonly kind: 'field'; readonly field: FieldDef; readonly index: number }
  | { readonly kind: 'root' }
  /** The anonymous module of a block in a body that declares items. */
  | { readonly kind: 'block'; readonly block: Block };

export interface DefInfo {
  readonly id: DefId;
  readonly kind: DefKind;
  readonly name: string;
  /** Enclosing trait/impl of an associated item, enum of a variant, struct/variant of a field. */
  readonly parent: DefId | null;
  /** The module whose scope resolves names inside this definition. */
  readonly module: DefId;
  readonly std: boolean;
  readonly node: DefNode;
  readonly lang: string | null;
  /** `Vec`, `Token::into_text`, `std::mem::swap`: how rustc names it in messages. */
  readonly path: string;
  readonly span: Span | null;
}

/** A module's two namespaces (imports included) and, for block scopes, the lexically enclosing module. */
export interface ModuleScope {
  readonly def: DefId;
  readonly lexicalParent: DefId | null;
  readonly types: Map<string, DefId>;
  readonly values: Map<string, DefId>;
  readonly std: boolean;
  /** Glob imports (`use E::*`), resolved lazily. */
  readonly globs: DefId[];
}

export interface DefTable {
  readonly defs: DefInfo[];
  readonly modules: Map<DefId, ModuleScope>;
  readonly userRoot: DefId;
  readonly stdRoot: DefId;
  /** Names visible everywhere (the prelude). */
  readonly prelude: ModuleScope;
  /** Every top-level std item by name, so the std model's own files need no `use` lines. */
  readonly stdGlobal: ModuleScope;
  readonly langItems: Map<string, DefId>;
  /** DefId of each user item, keyed by the item's NodeId (user crate only). */
  readonly userItemDefs: Map<NodeId, DefId>;
  /** Anonymous module of a user block that declares items. */
  readonly blockModules: Map<NodeId, DefId>;
  readonly impls: DefId[];
  /** Variant/field DefIds of an ADT, in declaration order. */
  readonly children: Map<DefId, DefId[]>;
  /**
   * Imports of std paths the std model lacks (`use std::collections::BinaryHeap;`), per module
   * scope: name → the imported path. Names through them are `unsupported`, never unresolved.
   */
  readonly unmodelledImports: Map<DefId, Map<string, string>>;
  /** Module scopes with a glob import of a std path the model lacks (`use std::io::*;`). */
  readonly unmodelledGlobs: Set<DefId>;
  /**
   * The bindings a user module's `use` items create, keyed `type:name` / `value:name`: the
   * import's own visibility, which is what a path through that module sees (rustc's "function
   * import `g` is private").
   */
  readonly imports: Map<DefId, Map<string, ImportBinding>>;
}

export interface ImportBinding {
  readonly vis: Visibility;
  /** The `use` tree's path (`self::inner::g`). */
  readonly span: Span;
}

export function attrString(a: Attribute): string | null {
  for (const t of a.args) if (t.kind === 'token' && t.token.kind === 'str') return t.token.text.slice(1, -1);
  return null;
}

export function attrIdents(a: Attribute): string[] {
  const out: string[] = [];
  const walk = (trees: Attribute['args']): void => {
    for (const t of trees) {
      if (t.kind === 'group') walk(t.trees);
      else if (t.token.kind === 'ident') out.push(t.token.text);
    }
  };
  walk(a.args);
  return out;
}

export function langOf(attrs: readonly Attribute[]): string | null {
  for (const a of attrs) if (a.path === 'lang') return attrString(a);
  return null;
}

export function derivesOf(attrs: readonly Attribute[]): string[] {
  const out: string[] = [];
  for (const a of attrs) if (a.path === 'derive') out.push(...attrIdents(a));
  return out;
}
