import type { DefInfo, DefTable } from '../resolve/defs.js';
import { constJumpsOut } from './check/loops.js';
import { derivesOf } from '../resolve/defs.js';
import { lookupName, PRIMITIVE_TYPES, unmodelledStdPath } from '../resolve/paths.js';
import type { GenericArg, GenericArgs, GenericBound, Generics, Item, NodeId, Path, TypeExpr, WherePredicate } from '../syntax/ast.js';
import type { SourceFile, Span } from '../syntax/span.js';
import { assertNever } from '../util/assert.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { unsupported } from '../util/diagnostic.js';
import { LayeredMap } from '../util/layered-map.js';
import type { AdtDef, DefKind, FnTraitBound, PolyFnSig, TypeContext, VariantDef } from './context.js';
import { implRequirements } from './normalize-wf.js';
import { msg, unmodelledStd } from './messages.js';
import { resolvePathChecked } from './privacy.js';
import { displayTy } from './display.js';
import { printType } from '../syntax/printer.js';
import type { DynBinding, FnSigTy, GenericArgsTy, IntTy, Region, TraitRef, Ty } from './ty.js';
import { BOOL, CHAR, ERASED, ERROR, NEVER, NO_ARGS, STATIC, STR, UNIT } from './ty.js';
import { eraseTy, someTy, substTy } from './ty-ops.js';
import { dropLiveParts, dropUsesBorrows, hasDropImpl, isCopyTy, isSizedTy, needsDropTy, normalizeKeepingRegions } from './traits.js';
import { selectUserImpl } from './impl-select.js';

/** A where-clause or bound: `self: Trait<args>` with associated type bindings (`Item = T`). */
export interface Predicate {
  readonly self: Ty;
  readonly trait: DefId;
  readonly args: readonly Ty[];
  readonly bindings: readonly DynBinding[];
  /** The bound as written (a fn's or impl's own bounds), for "required by this bound". */
  readonly span?: Span;
}

type DefId = number;

export interface GenericsInfo {
  readonly parent: DefId | null;
  readonly parentTypes: number;
  readonly parentRegions: number;
  /** Own type parameters (for traits, `Self` first); `impl Trait` arguments become synthetic ones at the end. */
  readonly types: readonly string[];
  readonly regions: readonly string[];
  readonly defaults: readonly (TypeExpr | null)[];
  /** NodeId of an `impl Trait` argument type → own type-parameter index. */
  readonly implTraitParams: ReadonlyMap<NodeId, number>;
  readonly generics: Generics | null;
  /**
   * An impl's elided header lifetimes (`impl Foo<'_>`, `impl Tr for &u8`, a path's hidden ones):
   * rustc makes each an anonymous parameter of the impl, after the named ones in `regions`
   * (named `'_h0`, `'_h1`, …). Where each is elided, in the order the header is lowered.
   */
  readonly anonRegionSpans?: readonly Span[];
  /** For each of those: written in the self type or in the trait reference. */
  readonly anonRegionIn?: readonly ('selfType' | 'trait')[];
}

export interface ImplInfo {
  /** null for the impls `#[derive]` generates. */
  readonly def: DefId | null;
  readonly selfTy: Ty;
  readonly trait: TraitRef | null;
  readonly bindings: readonly DynBinding[];
  readonly negative: boolean;
  readonly typeParams: number;
  readonly regionParams: number;
  readonly predicates: readonly Predicate[];
  readonly items: ReadonlyMap<string, DefId>;
}

export interface Tcx extends TypeContext {
  readonly table: DefTable;
  readonly file: SourceFile;
  readonly diags: Diagnostic[];
  info(def: DefId): DefInfo;
  generics(def: DefId): GenericsInfo;
  totalTypes(def: DefId): number;
  totalRegions(def: DefId): number;
  /** Bounds of the item and its parents (param env). */
  predicates(def: DefId): readonly Predicate[];
  impl(def: DefId): ImplInfo;
  traitImpls(trait: DefId): readonly ImplInfo[];
  inherentImpls(): readonly ImplInfo[];
  /** Assoc items of a trait or impl by name. */
  assocItems(container: DefId): ReadonlyMap<string, DefId>;
  /** Supertraits of a trait (direct), as predicates on `Self`. */
  superPredicates(trait: DefId): readonly Predicate[];
  /** Declared type of a const or static. */
  constTy(def: DefId): Ty;
  /** Bounds of an `impl Trait` return type of fn `def`. */
  opaqueBounds(def: DefId, index: number): readonly Predicate[];
  /** The generics owner and Self type used when lowering types written inside `def`. */
  lowerEnvFor(def: DefId): LowerEnv;
  lowerTy(env: LowerEnv, t: TypeExpr): Ty;
  lowerBound(env: LowerEnv, self: Ty, b: GenericBound): Predicate | null;
  /** A `Trait<..>` path in an impl header or bound, as a TraitRef plus bindings. */
  lowerTraitPath(env: LowerEnv, path: Path, self: Ty): { readonly ref: TraitRef; readonly bindings: DynBinding[] } | null;
  /** Lang or well-known std item by name (`Iterator`, `Fn`, …). */
  lang(name: string): DefId;
  identityArgs(def: DefId): GenericArgsTy;
  stdPathTy(name: string, types: readonly Ty[]): Ty;
  adtHasDerive(def: DefId, trait: string): boolean;
  /** ADTs whose field types, and fns whose signatures, had a missing lifetime (E0106). */
  readonly lifetimeErrors: ReadonlySet<DefId>;
}

/** How to lower written types: which names are in scope, and what elided/`_` lifetimes and types become. */
export interface LowerEnv {
  readonly module: DefId;
  readonly owner: DefId | null;
  readonly selfTy: Ty | null;
  /** Region for a lifetime that is elided or `'_`. */
  readonly elided: (span: Span) => Region;
  /** `erase`: bodies (every region is erased). */
  readonly regionMode: 'erase' | 'param';
  /** `_` in a type (bodies only). */
  readonly infer: (() => Ty) | null;
  /** Whether errors are reported (false for the std model). */
  readonly report: boolean;
  /** `impl Trait` in return position: the fn that defines the opaque type. */
  readonly opaqueOwner: DefId | null;
  /**
   * The lifetime of a `dyn Trait` written without one and not behind a reference: `'static` in
   * signatures, but inferred (erased) in a body's type annotations, as rustc does.
   */
  readonly objectDefault?: Region;
  /** Extra names of type parameters (late additions, e.g. closures' none). */
  readonly extraParams?: ReadonlyMap<string, Ty>;
  /**
   * Sees every lifetime written or elided in the type itself (not inside a fn pointer or `Fn(..)`
   * sugar, nor behind a type alias or an associated type path): a fn's elision candidates.
   */
  readonly onRegion?: (r: Region) => void;
  /** The type is the qualifier of a value path (`Vec::new`): its omitted type arguments are inferred. */
  readonly valuePath?: boolean;
  /** In a fn's return type: the region an elided lifetime stands for, when elision finds one, without reporting. */
  readonly elidedQuiet?: () => Region | null;
  /** Lifetimes bound by enclosing `for<..>` binders (fn pointer types, `Fn(..)` sugar), by name. */
  readonly boundNames?: ReadonlyMap<string, Region>;
  /** Inside a binder's signature: elided lifetimes are the binder's (`elided`), in bodies too. */
  readonly binderElided?: boolean;
}

let nextBound = 1;
/** A region bound by a `for<..>` binder: a fresh identity (see the `erased` region's `bound`). */
export function freshBound(name?: string): Region {
  const id = nextBound++;
  return name === undefined ? { kind: 'erased', bound: id } : { kind: 'erased', bound: id, name };
}

/** Whether two regions are the same region (bound ones by identity). */
export function sameRegion(a: Region, b: Region): boolean {
  switch (a.kind) {
    case 'static': return b.kind === 'static';
    case 'param': return b.kind === 'param' && b.index === a.index;
    case 'var': return b.kind === 'var' && b.id === a.id;
    case 'erased': return b.kind === 'erased' && a.bound !== undefined && a.bound === b.bound;
    default: return assertNever(a);
  }
}

const INT_NAMES: ReadonlySet<string> = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize']);

export function primTy(name: string): Ty {
  if (INT_NAMES.has(name)) return { kind: 'int', int: name as IntTy };
  if (name === 'f32' || name === 'f64') return { kind: 'float', float: name };
  if (name === 'bool') return BOOL;
  if (name === 'char') return CHAR;
  if (name === 'str') return STR;
  return ERROR;
}

function itemOf(info: DefInfo): Item | null {
  return info.node.kind === 'item' ? info.node.item : null;
}

function genericsOfItem(item: Item | null): Generics | null {
  if (!item) return null;
  switch (item.kind) {
    case 'fn': case 'struct': case 'union': case 'enum': case 'trait': case 'impl': case 'typeAlias':
      return item.generics;
    default:
      return null;
  }
}

/** Per-definition results of a type context (each computed on first use). */
export interface TcxCaches {
  readonly generics: ReadonlyMap<DefId, GenericsInfo>;
  readonly predicates: ReadonlyMap<DefId, readonly Predicate[]>;
  readonly impls: ReadonlyMap<DefId, ImplInfo>;
  readonly adts: ReadonlyMap<DefId, AdtDef>;
  readonly sigs: ReadonlyMap<DefId, PolyFnSig>;
  readonly consts: ReadonlyMap<DefId, Ty>;
  readonly opaques: ReadonlyMap<string, Predicate[]>;
  readonly assoc: ReadonlyMap<DefId, Map<string, DefId>>;
  readonly supers: ReadonlyMap<DefId, readonly Predicate[]>;
}

/**
 * The std model's type tables, computed once per process over the std-only definition table
 * (src/types/std-model.ts) and shared read-only by every crate's context: std DefIds are the
 * same in every crate's table, and nothing about a std item depends on the user's crate.
 */
export interface StdTypeTables extends TcxCaches {
  /** DefIds below this are std's (and the user's root module, DefId 0). */
  readonly defCount: number;
  /** `table.impls` entries below this are std impls. */
  readonly implCount: number;
  /** The std-only context that computes (on first use) and owns the entries above. */
  readonly tcx: Tcx;
  /** The std part of the impl index, built on first use. */
  readonly index: () => StdImplIndex;
}

/** Std impls of each trait, std derives of each trait, std inherent impls. */
export interface StdImplIndex {
  readonly traitImpls: ReadonlyMap<DefId, readonly ImplInfo[]>;
  readonly derived: ReadonlyMap<DefId, readonly ImplInfo[]>;
  readonly inherent: readonly ImplInfo[];
}

/** `edition`: the user's crate's (2021 when not given); it decides what an `impl Trait` captures. */
export function createTcx(table: DefTable, file: SourceFile, std: StdTypeTables | null = null, edition: number = 2021): Tcx {
  return createTcxWithCaches(table, file, std, edition).tcx;
}

/**
 * The std model's shared type tables. Entries are computed on first use by a context over the
 * std-only table (so nothing of any user crate can reach them) and kept for every later crate:
 * a process that checks a small file pays only for the std items it uses.
 */
export function buildStdTypeTables(table: DefTable): StdTypeTables {
  const { tcx, caches, stdImplIndex } = createTcxWithCaches(table, { name: '<std>', text: '' }, null);
  let index: StdImplIndex | null = null;
  return { ...caches, defCount: table.defs.length, implCount: table.impls.length, tcx, index: () => (index ??= stdImplIndex()) };
}

function createTcxWithCaches(
  table: DefTable,
  file: SourceFile,
  std: StdTypeTables | null,
  edition = 2021,
): { tcx: Tcx; caches: TcxCaches; stdImplIndex: () => StdImplIndex } {
  const diags: Diagnostic[] = [];
  const genericsCache = new LayeredMap<DefId, GenericsInfo>(std?.generics ?? null);
  const predCache = new LayeredMap<DefId, readonly Predicate[]>(std?.predicates ?? null);
  const implCache = new LayeredMap<DefId, ImplInfo>(std?.impls ?? null);
  const adtCache = new LayeredMap<DefId, AdtDef>(std?.adts ?? null);
  const sigCache = new LayeredMap<DefId, PolyFnSig>(std?.sigs ?? null);
  const constCache = new LayeredMap<DefId, Ty>(std?.consts ?? null);
  const opaqueCache = new LayeredMap<string, Predicate[]>(std?.opaques ?? null);
  /** Per opaque type of the user's crate (`def:index`): the region parameters it captures, null when unknown. */
  const opaqueCaptureCache = new Map<string, { regions: number[]; span: Span } | null>();
  const assocCache = new LayeredMap<DefId, Map<string, DefId>>(std?.assoc ?? null);
  const superCache = new LayeredMap<DefId, readonly Predicate[]>(std?.supers ?? null);
  let traitImplIndex: Map<DefId, ImplInfo[]> | null = null;
  let inherent: ImplInfo[] | null = null;
  const reportedSpans = new Set<string>();
  const lifetimeErrors = new Set<DefId>();

  const report = (env: LowerEnv, d: Diagnostic): void => {
    if (!env.report) return;
    const k = `${d.code}:${d.message}:${d.spans[0]?.span.lo}`;
    if (reportedSpans.has(k)) return;
    reportedSpans.add(k);
    diags.push(d);
  };

  const info = (def: DefId): DefInfo => table.defs[def]!;

  const genericsOwner = (def: DefId): DefId | null => {
    const d = info(def);
    switch (d.kind) {
      case 'variant': return d.parent;
      case 'field': return d.parent === null ? null : genericsOwner(d.parent);
      default: return def;
    }
  };

  function generics(def: DefId): GenericsInfo {
    const hit = genericsCache.get(def);
    if (hit) return hit;
    if (std !== null && def < std.defCount) return std.tcx.generics(def);
    const d = info(def);
    const item = itemOf(d);
    const g = genericsOfItem(item);
    const parent = d.kind === 'assocFn' || d.kind === 'assocType' || d.kind === 'assocConst' ? d.parent : null;
    const pg = parent !== null ? generics(parent) : null;
    const types: string[] = [];
    const regions: string[] = [];
    const defaults: (TypeExpr | null)[] = [];
    if (d.kind === 'trait') {
      types.push('Self');
      defaults.push(null);
    }
    for (const p of g?.params ?? []) {
      if (p.kind === 'type') {
        types.push(p.name.name);
        defaults.push(p.default);
      } else if (p.kind === 'lifetime') regions.push(p.lifetime.name);
    }
    const implTraitParams = new Map<NodeId, number>();
    if (item && item.kind === 'fn') {
      for (const prm of item.sig.params) {
        collectImplTrait(prm.ty, (t) => {
          implTraitParams.set(t.id, types.length);
          types.push(`impl ${t.span.lo}`);
          defaults.push(null);
        });
      }
    }
    const res: GenericsInfo = {
      parent,
      parentTypes: pg ? pg.parentTypes + pg.types.length : 0,
      parentRegions: pg ? pg.parentRegions + pg.regions.length : 0,
      types,
      regions,
      defaults,
      implTraitParams,
      generics: g,
    };
    genericsCache.set(def, res);
    if (d.kind !== 'impl' || d.std || item === null || item.kind !== 'impl') return res;
    // Count the header's elided lifetimes by lowering it once (it needs the named parameters above).
    const spans: Span[] = [];
    const probe: LowerEnv = { ...lowerEnvFor0(def), report: false, elided: (span) => { spans.push(span); return ERASED; } };
    const self = lowerTy(probe, item.selfTy);
    if (item.trait) lowerTraitPath({ ...probe, selfTy: self }, item.trait, self);
    if (spans.length === 0) return res;
    const selfSpan = item.selfTy.span;
    const anonRegionIn = spans.map((sp): 'selfType' | 'trait' => (sp.lo >= selfSpan.lo && sp.hi <= selfSpan.hi ? 'selfType' : 'trait'));
    const withAnon: GenericsInfo = { ...res, regions: [...regions, ...spans.map((_, i) => `'_h${i}`)], anonRegionSpans: spans, anonRegionIn };
    genericsCache.set(def, withAnon);
    return withAnon;
  }

  const totalTypes = (def: DefId): number => {
    const g = generics(def);
    return g.parentTypes + g.types.length;
  };
  const totalRegions = (def: DefId): number => {
    const g = generics(def);
    return g.parentRegions + g.regions.length;
  };

  function identityArgs(def: DefId): GenericArgsTy {
    const owner = genericsOwner(def);
    if (owner === null) return NO_ARGS;
    const types: Ty[] = [];
    const regions: Region[] = [];
    const walk = (o: DefId): void => {
      const g = generics(o);
      if (g.parent !== null) walk(g.parent);
      g.types.forEach((n, i) => types.push({ kind: 'param', index: g.parentTypes + i, name: n }));
      g.regions.forEach((n, i) => regions.push({ kind: 'param', index: g.parentRegions + i, name: n }));
    };
    walk(owner);
    return { regions, types, consts: [] };
  }

  function findTypeParam(owner: DefId | null, name: string): Ty | null {
    let cur = owner;
    while (cur !== null) {
      const g = generics(cur);
      const i = g.types.indexOf(name);
      if (i >= 0 && !(name === 'Self' && info(cur).kind === 'trait' && false)) return { kind: 'param', index: g.parentTypes + i, name };
      cur = g.parent;
    }
    return null;
  }

  function findRegionParam(owner: DefId | null, name: string): Region | null {
    let cur = owner;
    while (cur !== null) {
      const g = generics(cur);
      const i = g.regions.indexOf(name);
      if (i >= 0) return { kind: 'param', index: g.parentRegions + i, name };
      cur = g.parent;
    }
    return null;
  }

  function lowerRegion(env: LowerEnv, lt: { name: string; span: Span } | null, span: Span): Region {
    const boundHere = lt === null ? undefined : env.boundNames?.get(lt.name);
    if (boundHere !== undefined || (env.binderElided === true && (lt === null || lt.name === "'_"))) {
      const r = boundHere ?? env.elided(span);
      env.onRegion?.(r);
      return r;
    }
    if (env.regionMode === 'erase' && !(lt && lt.name === "'static")) return ERASED;
    const r = lt && lt.name === "'static" ? STATIC : !lt || lt.name === "'_" ? env.elided(span) : findRegionParam(env.owner, lt.name) ?? ERASED;
    env.onRegion?.(r);
    return r;
  }

  /**
   * The inputs and output of a binder (`for<'a> fn(..) -> ..`, `Fn(..) -> ..`): its named and
   * elided input lifetimes are bound regions, each its own; an elided output lifetime is the
   * inputs' only lifetime (fn elision), else left unknown.
   */
  function lowerBinderSig(env: LowerEnv, names: readonly { name: string }[], inputs: readonly TypeExpr[], output: TypeExpr | null): { inputs: Ty[]; output: Ty } {
    const bound = new Map(env.boundNames ?? []);
    for (const l of names) bound.set(l.name, freshBound(l.name));
    const seen: Region[] = [];
    const note = (r: Region): void => { if (!seen.some((x) => sameRegion(x, r))) seen.push(r); };
    const inEnv: LowerEnv = { ...env, elided: () => freshBound(), onRegion: note, boundNames: bound, binderElided: true };
    const ins = inputs.map((i) => lowerTy(inEnv, i));
    const only = seen.length === 1 ? seen[0]! : null;
    // Elision has no lifetime for the output to take (none or several in the inputs): E0106.
    const outElided = (span: Span): Region => {
      if (only !== null) return only;
      report(env, msg.missingLifetime({ lo: span.lo, hi: span.lo + 1 }));
      return ERASED;
    };
    const outEnv: LowerEnv = { ...env, elided: outElided, onRegion: undefined, boundNames: bound, binderElided: true };
    return { inputs: ins, output: output ? lowerTy(outEnv, output) : UNIT };
  }

  /** `env` inside a `for<'a, ..>` binder: its names are fresh bound regions. */
  function withBinder(env: LowerEnv, names: readonly { name: string }[]): LowerEnv {
    if (names.length === 0) return env;
    const bound = new Map(env.boundNames ?? []);
    for (const l of names) bound.set(l.name, freshBound(l.name));
    return { ...env, boundNames: bound };
  }

  function lowerEnvFor(def: DefId): LowerEnv {
    const d = info(def);
    const owner = genericsOwner(def);
    let selfTy: Ty | null = null;
    const container = d.kind === 'assocFn' || d.kind === 'assocType' || d.kind === 'assocConst' ? d.parent : d.kind === 'impl' || d.kind === 'trait' ? def : null;
    if (container !== null) {
      const c = info(container);
      if (c.kind === 'impl') selfTy = implSelfTy(container);
      else if (c.kind === 'trait') selfTy = { kind: 'param', index: 0, name: 'Self' };
    } else if (d.kind === 'struct' || d.kind === 'enum' || d.kind === 'union') selfTy = { kind: 'adt', def, args: identityArgs(def) };
    else if (d.kind === 'variant' || d.kind === 'field') {
      const adt = d.kind === 'variant' ? d.parent! : info(d.parent!).kind === 'variant' ? info(d.parent!).parent! : d.parent!;
      selfTy = { kind: 'adt', def: adt, args: identityArgs(adt) };
    }
    return {
      module: d.module,
      owner,
      selfTy,
      elided: (span) => {
        if (!d.std) {
          report(envRef, msg.missingLifetime({ lo: span.lo, hi: span.lo + 1 }));
          const adtOwner = selfTy?.kind === 'adt' ? selfTy.def : null;
          lifetimeErrors.add(adtOwner ?? def);
        }
        // rustc's error region: after E0106, borrowck relates nothing through it.
        return d.std ? STATIC : ERASED;
      },
      regionMode: 'param',
      infer: null,
      report: !d.std,
      opaqueOwner: null,
    };
    // eslint-disable-next-line no-unreachable
  }
  const envRef: LowerEnv = { module: 0, owner: null, selfTy: null, elided: () => STATIC, regionMode: 'param', infer: null, report: true, opaqueOwner: null };

  function implSelfTy(impl: DefId): Ty {
    const item = itemOf(info(impl));
    if (!item || item.kind !== 'impl') return ERROR;
    const env: LowerEnv = { ...lowerEnvFor0(impl), selfTy: null };
    return lowerTy(env, item.selfTy);
  }

  function lowerEnvFor0(def: DefId): LowerEnv {
    const d = info(def);
    // An impl's header: its elided lifetimes are the impl's anonymous parameters, in lowering order.
    const g = d.kind === 'impl' ? generics(def) : null;
    let next = 0;
    const anon = (): Region => {
      const i = next++;
      const k = g === null || g.anonRegionSpans === undefined ? -1 : g.regions.length - g.anonRegionSpans.length + i;
      return k >= 0 && k < g!.regions.length ? { kind: 'param', index: g!.parentRegions + k, name: g!.regions[k]! } : ERASED;
    };
    return {
      module: d.module,
      owner: genericsOwner(def),
      selfTy: null,
      elided: anon,
      regionMode: 'param',
      infer: null,
      report: !d.std,
      opaqueOwner: null,
    };
  }

  function lowerGenericArgs(env: LowerEnv, target: DefId, seg: Path['segments'][number] | null, span: Span, selfForTrait: Ty | null): { args: GenericArgsTy; bindings: DynBinding[] } {
    const g = generics(target);
    const regions: Region[] = [];
    const types: Ty[] = [];
    const bindings: DynBinding[] = [];
    if (selfForTrait) types.push(selfForTrait);
    const ga = seg?.args ?? null;
    const written: Ty[] = [];
    // The arguments are types in their own right: only the path's own omitted ones are inferred.
    const argEnv: LowerEnv = env.valuePath ? { ...env, valuePath: false } : env;
    if (ga && ga.kind === 'angle') {
      for (const a of ga.args) {
        if (a.kind === 'lifetime') regions.push(lowerRegion(argEnv, a.lifetime, a.lifetime.span));
        else if (a.kind === 'type' && !namesConstParam(env.owner, a.ty)) written.push(lowerTy(argEnv, a.ty));
        else if (a.kind === 'binding') bindings.push({ name: a.name.name, ty: lowerTy(argEnv, a.ty) });
      }
    } else if (ga && ga.kind === 'paren') {
      // `Fn(&str) -> &str`: elided lifetimes are bound by the sugar itself (higher-ranked), never the item's.
      const sig = lowerBinderSig(env, [], ga.inputs, ga.output);
      written.push({ kind: 'tuple', elems: sig.inputs });
      bindings.push({ name: 'Output', ty: sig.output });
    }
    if (seg !== null && (ga === null || ga.kind === 'angle')) checkArgCount(env, target, seg, ga, selfForTrait !== null);
    while (regions.length < g.regions.length) regions.push(env.regionMode === 'erase' && env.binderElided !== true ? ERASED : lowerRegion(env, null, span));
    const ownStart = selfForTrait ? 1 : 0;
    const own = g.types.length - ownStart - g.implTraitParams.size;
    for (let i = 0; i < own; i++) {
      const w = written[i];
      if (w) {
        types.push(w);
        continue;
      }
      const def = g.defaults[i + ownStart];
      // A value path's omitted arguments are inferred even where the parameter has a default.
      if (def && !(env.valuePath && env.infer)) {
        const sub = { regions, types: [...types], consts: [] };
        types.push(substTy(lowerTy({ ...lowerEnvFor(target), report: false }, def), sub));
      } else if (env.infer) types.push(env.infer());
      else types.push(ERROR);
    }
    return { args: { regions, types, consts: [] }, bindings };
  }

  /** `N` written where a type could be, naming a const parameter in scope (`Buf<N>`): a const argument. */
  function namesConstParam(owner: DefId | null, t: TypeExpr): boolean {
    if (t.kind !== 'path' || t.qself !== null || t.path.segments.length !== 1 || t.path.segments[0]!.args !== null) return false;
    const name = t.path.segments[0]!.ident.name;
    for (let o = owner; o !== null; o = generics(o).parent) {
      const ps = generics(o).generics?.params ?? [];
      if (ps.some((p) => p.kind === 'type' && p.name.name === name)) return false;
      if (ps.some((p) => p.kind === 'const' && p.name.name === name)) return true;
    }
    return false;
  }

  /**
   * E0107 (as many lifetime and type arguments as the definition has parameters, less defaulted
   * ones) and E0229 (`Name = T` on a path that is not a trait's), as rustc's `check_generic_arg_count`.
   */
  function checkArgCount(env: LowerEnv, target: DefId, seg: Path['segments'][number], ga: GenericArgs | null, isTrait: boolean): void {
    if (!env.report) return;
    const args: readonly GenericArg[] = ga !== null && ga.kind === 'angle' ? ga.args : [];
    const d = info(target);
    const what = d.kind === 'typeAlias' ? 'type alias' : d.kind === 'struct' || d.kind === 'enum' || d.kind === 'union' || d.kind === 'trait' ? d.kind : null;
    if (what === null) return;
    if (!isTrait) {
      for (const a of args) {
        if (a.kind === 'binding') report(env, msg.constraintNotAllowed({ lo: a.name.span.lo, hi: a.ty.span.hi }));
        else if (a.kind === 'constraint') report(env, msg.constraintNotAllowed({ lo: a.name.span.lo, hi: boundEnd(a.bounds) ?? a.name.span.hi }));
      }
    }
    const g = generics(target);
    const at = seg.ident.span;
    const lifetimes = args.filter((a) => a.kind === 'lifetime').length;
    const regionNames = g.regions;
    if (lifetimes > 0 && lifetimes !== regionNames.length) report(env, msg.wrongArgCount(at, what, 'lifetime', regionNames.length, regionNames.length, lifetimes));
    // Const parameters are written like types; the count is left to rustc's fuller rules then.
    if (g.generics?.params.some((p) => p.kind === 'const') || args.some((a) => a.kind === 'const')) return;
    const ownStart = isTrait ? 1 : 0;
    const names = g.types.slice(ownStart, g.types.length - g.implTraitParams.size);
    const required = names.filter((_, i) => g.defaults[i + ownStart] === null).length;
    const typesWritten = args.filter((a) => a.kind === 'type').length;
    // The std model leaves out some defaulted parameters (allocators, hashers): too many is not judged there.
    if (typesWritten < required && !env.valuePath) report(env, msg.wrongArgCount(at, what, 'generic', required, names.length, typesWritten, ga === null ? d.name : null));
    else if (typesWritten > names.length && !d.std) report(env, msg.wrongArgCount(at, what, 'generic', required, names.length, typesWritten));
  }

  function boundEnd(bounds: readonly GenericBound[]): number | null {
    const b = bounds[bounds.length - 1];
    return b === undefined ? null : b.kind === 'lifetime' ? b.lifetime.span.hi : b.span.hi;
  }

  function lowerPathTy(env: LowerEnv, t: TypeExpr & { kind: 'path' }): Ty {
    const segs = t.path.segments;
    const names = segs.map((s) => s.ident.name);
    if (t.qself) {
      const self = lowerTy(env, t.qself.ty);
      if (t.qself.position === 0) return assocTyOfParam(env, self, names[0]!, t.span);
      const traitPath: Path = { global: t.path.global, segments: segs.slice(0, t.qself.position), span: t.path.span };
      const tr = lowerTraitPath(env, traitPath, self);
      const name = names[t.qself.position];
      if (!tr || name === undefined) return ERROR;
      return { kind: 'projection', self, trait: tr.ref, name };
    }
    const first = names[0]!;
    if (names.length <= 2) {
      let base: Ty | null = null;
      if (first === 'Self' && env.selfTy) base = env.selfTy;
      else if (!t.path.global) base = env.extraParams?.get(first) ?? findTypeParam(env.owner, first);
      if (base) {
        if (names.length === 1) return base;
        return assocTyOfParam(env, base, names[1]!, t.span, first === 'Self');
      }
    }
    const r = resolvePathChecked(tcx, env.module, t.path, names, 'type', t.path.global, (d) => report(env, d));
    if (r.kind === 'none') {
      const std = unmodelledStdPath(table, env.module, names, t.path.global);
      if (std !== null) report(env, unmodelledStd(t.span, std));
      else report(env, names.length === 1 ? msg.unresolvedType(segs[0]!.ident.span, first) : msg.unresolvedPath(segs[r.failedAt]?.ident.span ?? t.span, names[r.failedAt] ?? first));
      return ERROR;
    }
    if (r.consumed !== names.length) {
      const base = r.kind === 'prim' ? primTy(r.name) : tyOfTypeDef(env, r.def, segs[r.consumed - 1]!, t.span);
      if (names.length - r.consumed === 1) return assocTyOfParam(env, base, names[r.consumed]!, t.span);
      report(env, unsupported(t.span, 'associated type path'));
      return ERROR;
    }
    if (r.kind === 'prim') return primTy(r.name);
    return tyOfTypeDef(env, r.def, segs[segs.length - 1]!, t.span);
  }

  const expandingAliases = new Set<DefId>();
  const cycleReported = new Set<DefId>();
  function tyOfTypeDef(env: LowerEnv, def: DefId, seg: Path['segments'][number], span: Span): Ty {
    const d = info(def);
    switch (d.kind) {
      case 'struct': case 'enum': case 'union':
        return { kind: 'adt', def, args: lowerGenericArgs(env, def, seg, span, null).args };
      case 'typeAlias': {
        const item = itemOf(d);
        if (!item || item.kind !== 'typeAlias' || !item.ty) return ERROR;
        // An alias that names itself (`type B<T> = crate::B<T, ()>` read as its own crate root)
        // is rustc's E0391 cycle; expanding it again would never end.
        if (expandingAliases.has(def)) {
          if (!cycleReported.has(def)) {
            cycleReported.add(def);
            report(env, { level: 'error', code: 'E0391', message: `cycle detected when expanding type alias \`${d.name}\``, spans: [{ span: item.ty.span, label: null, primary: true }], children: [] });
          }
          return ERROR;
        }
        expandingAliases.add(def);
        try {
          const a = lowerGenericArgs(env, def, seg, span, null).args;
          return substTy(lowerTy({ ...lowerEnvFor(def), report: env.report }, item.ty), a);
        } finally {
          expandingAliases.delete(def);
        }
      }
      case 'trait':
        // Edition 2021: a bare trait in type position is an error, no longer a trait object.
        report(env, msg.bareTrait(span));
        return ERROR;
      default:
        report(env, msg.unresolvedType(seg.ident.span, seg.ident.name));
        return ERROR;
    }
  }

  /** `T::Item` / `Self::Item`: find the trait among T's bounds (or the impl's trait) that has `Item`. */
  function assocTyOfParam(env: LowerEnv, base: Ty, name: string, span: Span, writtenSelf = false): Ty {
    const candidates: DefId[] = [];
    if (env.owner !== null) {
      // Inside an impl of a trait, `Self::Item` is that trait's; `T::Item` comes from T's bounds.
      const isSelf = writtenSelf;
      let cur: DefId | null = isSelf ? env.owner : null;
      while (cur !== null) {
        const ci = info(cur);
        if (ci.kind === 'impl') {
          const tr = impl(cur).trait;
          if (tr) candidates.push(tr.trait);
        }
        if (ci.kind === 'trait') candidates.push(cur);
        cur = generics(cur).parent;
      }
      for (const p of predicates(env.owner)) if (sameParam(p.self, base)) candidates.push(p.trait);
    }
    if (base.kind === 'opaque') for (const p of opaqueBounds(base.def, base.index)) candidates.push(p.trait);
    const seen = new Set<DefId>();
    const stack = [...candidates];
    while (stack.length > 0) {
      const tr = stack.shift()!;
      if (seen.has(tr)) continue;
      seen.add(tr);
      if (assocItems(tr).has(name) && info(assocItems(tr).get(name)!).kind === 'assocType') {
        return { kind: 'projection', self: base, trait: { trait: tr, args: traitArgsFor(base, tr, env) }, name };
      }
      for (const s of superPredicates(tr)) stack.push(s.trait);
    }
    // Concrete types: search all traits for the name (e.g. `<Vec<T> as IntoIterator>::Item` written `Vec<T>::Item` is not Rust; stay conservative).
    report(env, unsupported(span, `associated type \`${name}\``));
    return ERROR;
  }

  /** A trait declared `trait Any: 'static`: its objects default to `dyn Trait + 'static` behind any reference. */
  function staticTrait(trait: DefId | null): boolean {
    if (trait === null) return false;
    const node = info(trait).node;
    if (node.kind !== 'item' || node.item.kind !== 'trait') return false;
    return node.item.supertraits.some((b) => b.kind === 'lifetime' && b.lifetime.name === "'static");
  }

  /**
   * rustc's elision through an explicit self type (`self: Pin<&Self>`, `self: Box<&mut Self>`):
   * the one lifetime of a reference to `Self` inside it, if there is exactly one.
   */
  function refToSelfRegion(t: Ty, selfTy: Ty): Region | null {
    const want = JSON.stringify(eraseTy(selfTy));
    const found: Region[] = [];
    someTy(t, (x) => {
      if (x.kind === 'ref' && JSON.stringify(eraseTy(x.inner)) === want && !found.some((r) => JSON.stringify(r) === JSON.stringify(x.region))) found.push(x.region);
      return false;
    });
    return found.length === 1 ? found[0]! : null;
  }

  function traitArgsFor(base: Ty, tr: DefId, env: LowerEnv): GenericArgsTy {
    if (env.owner !== null) for (const p of predicates(env.owner)) if (p.trait === tr && sameParam(p.self, base)) return { regions: [], types: p.args, consts: [] };
    return { regions: [], types: [], consts: [] };
  }

  function lowerTy(env: LowerEnv, t: TypeExpr): Ty {
    switch (t.kind) {
      case 'path': return lowerPathTy(env, t);
      case 'ref': {
        const region = lowerRegion(env, t.lifetime, t.span);
        let inner = lowerTy(env, t.inner);
        // A trait object behind `&'a` without a lifetime bound of its own is `dyn Trait + 'a`.
        let written = t.inner;
        while (written.kind === 'paren') written = written.inner;
        if (inner.kind === 'dyn' && written.kind === 'dynTrait' && env.objectDefault === undefined && !written.bounds.some((b) => b.kind === 'lifetime') && !staticTrait(inner.principal?.trait ?? null)) inner = { ...inner, region };
        return { kind: 'ref', region, mut: t.mut, inner };
      }
      case 'ptr': return { kind: 'ptr', mut: t.mut, inner: lowerTy(env, t.inner) };
      case 'slice': return { kind: 'slice', elem: lowerTy(env, t.elem) };
      case 'array': {
        // A length that `break`s out of itself is an erroneous const (E0268): an error type.
        if (constJumpsOut(t.len)) return ERROR;
        const len = t.len.kind === 'lit' && t.len.lit.kind === 'int' ? { kind: 'value' as const, value: t.len.lit.value } : { kind: 'unknown' as const };
        return { kind: 'array', elem: lowerTy(env, t.elem), len };
      }
      case 'tuple': return t.elems.length === 0 ? UNIT : { kind: 'tuple', elems: t.elems.map((e) => lowerTy(env, e)) };
      case 'fn': {
        // Elided lifetimes in a fn pointer type are bound by that type (higher-ranked), never the item's.
        const sig = lowerBinderSig(env, t.forLifetimes, t.inputs, t.output);
        return { kind: 'fnPtr', sig: { inputs: sig.inputs, output: sig.output, unsafe: t.unsafe, variadic: t.variadic } };
      }
      case 'never': return NEVER;
      case 'infer':
        if (env.infer) return env.infer();
        report(env, unsupported(t.span, '`_` in a signature'));
        return ERROR;
      case 'implTrait': {
        if (env.owner !== null) {
          const g = generics(env.owner);
          const idx = g.implTraitParams.get(t.id);
          if (idx !== undefined) return { kind: 'param', index: g.parentTypes + idx, name: `impl ${boundsText(t.bounds)}` };
        }
        if (env.opaqueOwner !== null) {
          const self: Ty = { kind: 'opaque', def: env.opaqueOwner, index: t.id, args: identityArgs(env.opaqueOwner) };
          const key = `${env.opaqueOwner}:${t.id}`;
          if (!opaqueCache.has(key)) {
            opaqueCache.set(key, []);
            const preds: Predicate[] = [];
            for (const b of t.bounds) {
              const p = lowerBound(env, self, b);
              if (p) preds.push(p);
            }
            opaqueCache.set(key, preds);
            { const caps = opaqueCaptures(env, t.bounds, self); opaqueCaptureCache.set(key, caps === null ? null : { regions: caps, span: t.span }); }
          }
          return self;
        }
        report(env, unsupported(t.span, '`impl Trait` here'));
        return ERROR;
      }
      case 'dynTrait': {
        // Edition 2021: a trait object without `dyn` (`Trait + 'a`) is an error, as a bare trait path is.
        if (t.bare) {
          report(env, msg.bareTrait(t.span));
          return ERROR;
        }
        let principal: TraitRef | null = null;
        let bindings: DynBinding[] = [];
        const autoTraits: DefId[] = [];
        let region: Region = env.objectDefault ?? (env.regionMode === 'erase' ? ERASED : STATIC);
        const self: Ty = { kind: 'error' };
        let lifetimeBounds = 0;
        for (const b of t.bounds) {
          if (b.kind === 'lifetime') {
            // Only one explicit lifetime bound is allowed on a trait object (E0226); the first one counts.
            if (lifetimeBounds++ > 0) {
              report(env, msg.multipleObjectLifetimes(b.lifetime.span));
              continue;
            }
            region = lowerRegion(env, b.lifetime, b.lifetime.span);
            continue;
          }
          const tr = lowerTraitPath(env, b.path, self);
          if (!tr) return ERROR;
          const name = info(tr.ref.trait).lang;
          if ((name === 'Send' || name === 'Sync') && principal !== null) autoTraits.push(tr.ref.trait);
          else if (principal === null && name !== 'Send' && name !== 'Sync') {
            principal = { trait: tr.ref.trait, args: { regions: tr.ref.args.regions, types: tr.ref.args.types.slice(1), consts: [] } };
            bindings = tr.bindings;
          } else autoTraits.push(tr.ref.trait);
        }
        return bindings.length > 0 ? { kind: 'dyn', principal, autoTraits, region, bindings } : { kind: 'dyn', principal, autoTraits, region };
      }
      case 'paren': return lowerTy(env, t.inner);
      case 'macro':
        report(env, unsupported(t.span, 'macro in type position'));
        return ERROR;
      case 'err': return ERROR;
      default: return assertNever(t);
    }
  }

  /**
   * The lifetimes an `impl Trait` in return position captures under edition 2021 rules: those its
   * bounds name (`+ 'a`, `Trait<'a>`, `Item = &'a T`, an elided one), as region parameter
   * indices of the defining fn; null when a bound cannot be read (then nothing is judged).
   */
  function opaqueCaptures(env: LowerEnv, bounds: readonly GenericBound[], self: Ty): number[] | null {
    const out: number[] = [];
    let unknown = false;
    const add = (r: Region): void => {
      if (r.kind === 'param') { if (!out.includes(r.index)) out.push(r.index); } else if (r.kind !== 'static') unknown = true;
    };
    const elided = (): Region => {
      const r = env.elidedQuiet?.() ?? null;
      if (r === null) { unknown = true; return ERASED; }
      return r;
    };
    for (const b of bounds) {
      if (b.kind === 'lifetime') {
        const name = b.lifetime.name;
        if (name === "'static") continue;
        add(name === "'_" ? elided() : findRegionParam(env.owner, name) ?? ERASED);
        continue;
      }
      if (b.modifier === 'maybe') continue;
      if (b.path.segments.some((sg) => sg.ident.name === 'use')) return null;
      // Lifetimes bound by `for<'r>` on the bound itself are not captures.
      const bound = new Set(b.forLifetimes.map((l) => l.name));
      const quiet: LowerEnv = { ...env, report: false, elided: () => elided(), onRegion: (r) => { if (!(r.kind === 'param' && bound.has(r.name))) add(r); } };
      if (lowerTraitPath(quiet, b.path, self) === null) return null;
    }
    return unknown ? null : out;
  }

  function lowerTraitPath(env: LowerEnv, path: Path, self: Ty): { ref: TraitRef; bindings: DynBinding[] } | null {
    const names = path.segments.map((s) => s.ident.name);
    const r = resolvePathChecked(tcx, env.module, path, names, 'type', path.global, (d) => report(env, d));
    if (r.kind !== 'def' || r.consumed !== names.length || info(r.def).kind !== 'trait') {
      const std = r.kind === 'none' ? unmodelledStdPath(table, env.module, names, path.global) : null;
      if (std !== null) report(env, unmodelledStd(path.span, std));
      else if (r.kind === 'none' && r.failedAt === names.length - 1) report(env, msg.unresolvedTrait(path.segments[r.failedAt]!.ident.span, names[r.failedAt]!, r.failedAt === 0 ? null : names[r.failedAt - 1]!));
      else report(env, r.kind === 'none' ? msg.unresolvedPath(path.segments[r.failedAt]?.ident.span ?? path.span, names[r.failedAt] ?? names[0]!) : unsupported(path.span, 'bound that is not a trait'));
      return null;
    }
    const { args, bindings } = lowerGenericArgs(env, r.def, path.segments[path.segments.length - 1]!, path.span, self);
    return { ref: { trait: r.def, args }, bindings };
  }

  function lowerBound(env: LowerEnv, self: Ty, b: GenericBound): Predicate | null {
    if (b.kind !== 'trait' || b.modifier === 'maybe') return null;
    const tr = lowerTraitPath({ ...withBinder(env, b.forLifetimes), elided: () => ERASED }, b.path, self);
    if (!tr) return null;
    return { self, trait: tr.ref.trait, args: tr.ref.args.types.slice(1), bindings: tr.bindings };
  }

  function predicates(def: DefId): readonly Predicate[] {
    const hit = predCache.get(def);
    if (hit) return hit;
    if (std !== null && def < std.defCount) return std.tcx.predicates(def);
    predCache.set(def, []);
    const g = generics(def);
    const out: Predicate[] = g.parent !== null ? [...predicates(g.parent)] : [];
    // Lowering `T::A` in a where-clause reads the bounds on `T` found so far (rustc's
    // `type_param_predicates`): the partial list stands in while the rest is lowered.
    predCache.set(def, out);
    const env = { ...lowerEnvFor(def), report: false, elided: () => ERASED };
    const d = info(def);
    if (d.kind === 'trait') {
      const ia = identityArgs(def);
      out.push({ self: ia.types[0]!, trait: def, args: ia.types.slice(1), bindings: [] });
      out.push(...superPredicates(def));
    }
    // Spans of this crate's bounds, for "required by this bound" (the std model's are not shown).
    const spanned = (pr: Predicate, b: GenericBound): Predicate => (d.std || b.kind !== 'trait' ? pr : { ...pr, span: b.span });
    for (const p of g.generics?.params ?? []) {
      if (p.kind !== 'type') continue;
      const self = findTypeParam(def, p.name.name)!;
      for (const b of p.bounds) {
        const pr = lowerBound(env, self, b);
        if (pr) out.push(spanned(pr, b));
      }
    }
    const onParam = (w: WherePredicate): boolean => w.kind === 'bound' && w.ty.kind === 'path' && w.ty.qself === null && w.ty.path.segments.length === 1;
    for (const w of g.generics?.where ?? []) if (onParam(w)) addWhere(env, w, out, spanned);
    for (const w of g.generics?.where ?? []) if (!onParam(w)) addWhere(env, w, out, spanned);
    const item = itemOf(d);
    if (item && item.kind === 'fn') {
      for (const prm of item.sig.params)
        collectImplTrait(prm.ty, (t) => {
          const idx = g.implTraitParams.get(t.id)!;
          const self: Ty = { kind: 'param', index: g.parentTypes + idx, name: `impl ${boundsText(t.bounds)}` };
          for (const b of t.bounds) {
            const pr = lowerBound(env, self, b);
            if (pr) out.push(spanned(pr, b));
          }
        });
    }
    if (item && item.kind === 'typeAlias' && d.kind === 'assocType' && d.parent !== null && info(d.parent).kind === 'trait') {
      // `type IntoIter: Iterator<Item = Self::Item>` bounds the projection.
      const proj: Ty = { kind: 'projection', self: { kind: 'param', index: 0, name: 'Self' }, trait: { trait: d.parent, args: identityArgs(d.parent) }, name: d.name };
      for (const b of item.bounds) {
        const pr = lowerBound(env, proj, b);
        if (pr) out.push(pr);
      }
    }
    predCache.set(def, out);
    return out;
  }

  function addWhere(env: LowerEnv, w: WherePredicate, out: Predicate[], spanned: (pr: Predicate, b: GenericBound) => Predicate = (pr) => pr): void {
    if (w.kind !== 'bound') return;
    const inner = withBinder(env, w.forLifetimes);
    const self = lowerTy(inner, w.ty);
    for (const b of w.bounds) {
      const pr = lowerBound(inner, self, b);
      if (pr) out.push(spanned(pr, b));
    }
  }

  function superPredicates(trait: DefId): readonly Predicate[] {
    const hit = superCache.get(trait);
    if (hit) return hit;
    if (std !== null && trait < std.defCount) return std.tcx.superPredicates(trait);
    superCache.set(trait, []);
    const item = itemOf(info(trait));
    const out: Predicate[] = [];
    if (item && item.kind === 'trait') {
      const env = { ...lowerEnvFor(trait), report: false, elided: () => ERASED };
      const self: Ty = { kind: 'param', index: 0, name: 'Self' };
      for (const b of item.supertraits) {
        const pr = lowerBound(env, self, b);
        if (pr) out.push(pr);
      }
      for (const w of item.generics.where) if (w.kind === 'bound' && w.ty.kind === 'path' && w.ty.path.segments.length === 1 && w.ty.path.segments[0]!.ident.name === 'Self') addWhere(env, w, out);
    }
    superCache.set(trait, out);
    return out;
  }

  function assocItems(container: DefId): ReadonlyMap<string, DefId> {
    const hit = assocCache.get(container);
    if (hit) return hit;
    if (std !== null && container < std.defCount) return std.tcx.assocItems(container);
    const m = new Map<string, DefId>();
    // Assoc items are allocated right after their container, in order.
    for (let i = container + 1; i < table.defs.length; i++) {
      const d = table.defs[i]!;
      if (d.parent !== container) {
        if (d.kind === 'assocFn' || d.kind === 'assocType' || d.kind === 'assocConst') continue;
        break;
      }
      if (d.kind === 'assocFn' || d.kind === 'assocType' || d.kind === 'assocConst') m.set(d.name, i);
    }
    assocCache.set(container, m);
    return m;
  }

  function impl(def: DefId): ImplInfo {
    const hit = implCache.get(def);
    if (hit) return hit;
    if (std !== null && def < std.defCount) return std.tcx.impl(def);
    const item = itemOf(info(def));
    if (!item || item.kind !== 'impl') throw new Error('not an impl');
    const env = { ...lowerEnvFor0(def) };
    const selfTy = lowerTy(env, item.selfTy);
    const tr = item.trait ? lowerTraitPath({ ...env, selfTy }, item.trait, selfTy) : null;
    const g = generics(def);
    const res: ImplInfo = {
      def,
      selfTy,
      trait: tr ? tr.ref : null,
      bindings: tr ? tr.bindings : [],
      negative: item.negative,
      typeParams: g.types.length,
      regionParams: g.regions.length,
      predicates: [],
      items: assocItems(def),
    };
    implCache.set(def, res);
    const withPreds: ImplInfo = { ...res, predicates: predicates(def) };
    implCache.set(def, withPreds);
    return withPreds;
  }

  function addTo(index: Map<DefId, ImplInfo[]>, trait: DefId, ii: readonly ImplInfo[]): void {
    const l = index.get(trait);
    if (l) l.push(...ii);
    else index.set(trait, ii.slice());
  }

  /** Impls `table.impls[from..]`, added to the index of trait impls or to the inherent ones. */
  function indexImpls(from: number, index: Map<DefId, ImplInfo[]>, inh: ImplInfo[]): void {
    for (let i = from; i < table.impls.length; i++) {
      const ii = impl(table.impls[i]!);
      if (ii.trait) addTo(index, ii.trait.trait, [ii]);
      else inh.push(ii);
    }
  }

  /** `#[derive(...)]` impls of ADTs `table.defs[from..]`, with `T: Trait` bounds on every type parameter as rustc generates. */
  function indexDerives(from: number, index: Map<DefId, ImplInfo[]>): void {
    for (let i = from; i < table.defs.length; i++) {
      const d = table.defs[i]!;
      if (d.kind !== 'struct' && d.kind !== 'enum' && d.kind !== 'union') continue;
      const item = itemOf(d);
      if (!item) continue;
      for (const name of derivesOf(item.attrs)) {
        // Derive macros come from the prelude's macro namespace, whatever traits are imported.
        const ln = lang(name);
        const tr = ln >= 0 && info(ln).kind === 'trait' ? ln : lookupName(table, d.module, name, 'type');
        if (tr === null || info(tr).kind !== 'trait') continue;
        const ia = identityArgs(d.id);
        const selfTy: Ty = { kind: 'adt', def: d.id, args: ia };
        const preds: Predicate[] = ia.types.map((t) => ({ self: t, trait: tr, args: [], bindings: [] }));
        const ii: ImplInfo = { def: null, selfTy, trait: { trait: tr, args: NO_ARGS }, bindings: [], negative: false, typeParams: ia.types.length, regionParams: ia.regions.length, predicates: preds, items: new Map() };
        addTo(index, tr, [ii]);
      }
    }
  }

  /** Per trait: impls (std's, then the crate's), then derives (std's, then the crate's). */
  function buildImplIndex(): void {
    const index = new Map<DefId, ImplInfo[]>();
    const inh: ImplInfo[] = [];
    if (std === null) {
      indexImpls(0, index, inh);
      indexDerives(0, index);
    } else {
      const si = std.index();
      for (const [k, l] of si.traitImpls) index.set(k, l.slice());
      inh.push(...si.inherent);
      indexImpls(std.implCount, index, inh);
      for (const [k, l] of si.derived) addTo(index, k, l);
      indexDerives(std.defCount, index);
    }
    traitImplIndex = index;
    inherent = inh;
  }

  /** The std model's own part of the impl index (built over the std-only table). */
  function stdImplIndex(): StdImplIndex {
    const impls = new Map<DefId, ImplInfo[]>();
    const inh: ImplInfo[] = [];
    indexImpls(0, impls, inh);
    const derived = new Map<DefId, ImplInfo[]>();
    indexDerives(0, derived);
    return { traitImpls: impls, derived, inherent: inh };
  }

  function traitImpls(trait: DefId): readonly ImplInfo[] {
    if (!traitImplIndex) buildImplIndex();
    return traitImplIndex!.get(trait) ?? [];
  }

  function inherentImpls(): readonly ImplInfo[] {
    if (!inherent) buildImplIndex();
    return inherent!;
  }

  function adt(def: DefId): AdtDef {
    const hit = adtCache.get(def);
    if (hit) return hit;
    if (std !== null && def < std.defCount) return std.tcx.adt(def);
    const d = info(def);
    const item = itemOf(d);
    const g = generics(def);
    const variants: VariantDef[] = [];
    const env = lowerEnvFor(def);
    const fieldsOf = (owner: DefId): { name: string; ty: Ty }[] =>
      (table.children.get(owner) ?? []).map((f) => {
        const fi = info(f);
        const fd = fi.node.kind === 'field' ? fi.node.field : null;
        return { name: fi.name, ty: fd ? lowerTy(env, fd.ty) : ERROR };
      });
    const regionOutlives: [number, number][] = [];
    const addRegionOutlives = (lt: string, bounds: readonly { readonly name: string }[]): void => {
      const a = g.regions.indexOf(lt);
      if (a < 0) return;
      for (const b of bounds) {
        const j = b.name === "'static" ? -1 : g.regions.indexOf(b.name);
        if (j >= -1 && (j >= 0 || b.name === "'static")) regionOutlives.push([a, j]);
      }
    };
    for (const p of g.generics?.params ?? []) if (p.kind === 'lifetime') addRegionOutlives(p.lifetime.name, p.bounds);
    for (const w of g.generics?.where ?? []) if (w.kind === 'region') addRegionOutlives(w.lifetime.name, w.bounds);
    const typeOutlives: [number, number][] = [];
    const addTypeOutlives = (param: string, bounds: readonly GenericBound[]): void => {
      const a = g.types.indexOf(param);
      if (a < 0) return;
      for (const b of bounds) {
        if (b.kind !== 'lifetime') continue;
        const j = b.lifetime.name === "'static" ? -1 : g.regions.indexOf(b.lifetime.name);
        if (j >= 0 || b.lifetime.name === "'static") typeOutlives.push([a, j]);
      }
    };
    for (const p of g.generics?.params ?? []) if (p.kind === 'type') addTypeOutlives(p.name.name, p.bounds);
    for (const w of g.generics?.where ?? []) if (w.kind === 'bound' && w.ty.kind === 'path' && w.ty.qself === null && w.ty.path.segments.length === 1) addTypeOutlives(w.ty.path.segments[0]!.ident.name, w.bounds);
    const placeholder: AdtDef = { def, name: d.name, kind: d.kind === 'enum' ? 'enum' : d.kind === 'union' ? 'union' : 'struct', variants, lang: d.lang, isBox: d.lang === 'Box', regionParams: g.regions, typeParams: g.types, regionOutlives, ...(typeOutlives.length > 0 ? { typeOutlives } : {}) };
    adtCache.set(def, placeholder);
    if (item && item.kind === 'enum') {
      for (const v of table.children.get(def) ?? []) {
        const vi = info(v);
        const vn = vi.node.kind === 'variant' ? vi.node.variant : null;
        variants.push({ name: vi.name, ctor: vn?.data.kind ?? 'unit', fields: fieldsOf(v), def: v });
      }
    } else if (item && item.kind === 'struct') variants.push({ name: d.name, ctor: item.data.kind, fields: fieldsOf(def), def });
    else if (item && item.kind === 'union') variants.push({ name: d.name, ctor: 'named', fields: fieldsOf(def), def });
    return placeholder;
  }

  function constTy(def: DefId): Ty {
    const hit = constCache.get(def);
    if (hit) return hit;
    if (std !== null && def < std.defCount) return std.tcx.constTy(def);
    const item = itemOf(info(def));
    let ty: Ty = ERROR;
    if (item && (item.kind === 'const' || item.kind === 'static') && item.ty) ty = lowerTy({ ...lowerEnvFor(def), elided: () => STATIC }, item.ty);
    constCache.set(def, ty);
    return ty;
  }

  function opaqueBounds(def: DefId, index: number): readonly Predicate[] {
    if (!opaqueCache.has(`${def}:${index}`)) fnSig(def);
    return opaqueCache.get(`${def}:${index}`) ?? [];
  }

  /** `T: 'r` bounds declared on a fn's own type parameters (inline and in where-clauses), as [index in the callee's type args, region]. */
  /**
   * Declared `T: 'r` bounds of a fn and of its impl or trait (inline, where-clauses, and those a
   * trait bound implies through its supertraits: `trait Static: 'static`, `trait Is<'a>: 'a`),
   * as (type parameter index, region). 'assumed' (what the body may rely on) includes the bounds
   * trait bounds imply, and a bound by a trait we cannot see through counts as `T: 'static`, so
   * that borrowck never reports a bound that might hold; 'required' (what callers must prove) has
   * only the written `T: 'r`.
   */
  function collectTypeOutlives(def: DefId, mode: 'assumed' | 'required'): [number, Region][] {
    const out: [number, Region][] = [];
    forEachParamBound(def, true, (index, paramName, b, env) => {
      if (b.kind === 'lifetime') {
        const r = b.lifetime.name === "'static" ? STATIC : findRegionParam(def, b.lifetime.name);
        if (r) out.push([index, r]);
        return;
      }
      if (b.modifier === 'maybe' || mode === 'required') return;
      const tr = lowerTraitPath(env, b.path, { kind: 'param', index, name: paramName });
      if (!tr) { out.push([index, STATIC]); return; }
      for (const r of traitImpliedOutlives(tr.ref.trait, tr.ref.args.regions, 0)) out.push([index, r]);
    }, (o) => {
      // `Self` of a trait has the trait's own supertrait bounds.
      if (info(o).kind === 'trait' && mode === 'assumed') for (const r of traitImpliedOutlives(o, identityArgs(o).regions, 0)) out.push([0, r]);
    });
    return out;
  }

  /** Trait bounds with lifetime arguments on the type parameters of a fn and its parents (`T: Tr<'a>`), inline or in where-clauses. */
  function collectTraitBoundRegions(def: DefId): { param: number; trait: DefId; regions: Region[] }[] {
    const out: { param: number; trait: DefId; regions: Region[] }[] = [];
    forEachParamBound(def, false, (index, paramName, b, env) => {
      if (b.kind !== 'trait' || b.modifier === 'maybe') return;
      const tr = lowerTraitPath(env, b.path, { kind: 'param', index, name: paramName });
      if (tr !== null && tr.ref.args.regions.length > 0) out.push({ param: index, trait: tr.ref.trait, regions: [...tr.ref.args.regions] });
    });
    return out;
  }

  /**
   * Each bound written on a type parameter of `def` or of its parents, inline or in a where-clause
   * on the bare parameter (`for<..>` clauses only when `withForall`), with the parameter's index
   * in the full generics; `onOwner` sees each owner that has generics, before its bounds.
   */
  function forEachParamBound(def: DefId, withForall: boolean, f: (index: number, paramName: string, b: GenericBound, env: LowerEnv) => void, onOwner?: (o: DefId) => void): void {
    for (let o: DefId | null = def; o !== null; o = generics(o).parent) {
      const og = generics(o);
      const own = og.generics;
      if (!own) continue;
      const env: LowerEnv = { ...lowerEnvFor(def), report: false, elided: () => ERASED };
      const add = (paramName: string, b: GenericBound): void => {
        const i = og.types.indexOf(paramName);
        if (i >= 0) f(og.parentTypes + i, paramName, b, env);
      };
      onOwner?.(o);
      for (const p of own.params) if (p.kind === 'type') for (const b of p.bounds) add(p.name.name, b);
      for (const w of own.where) {
        if (w.kind !== 'bound' || (!withForall && w.forLifetimes.length > 0) || w.ty.kind !== 'path' || w.ty.qself !== null || w.ty.path.segments.length !== 1) continue;
        for (const b of w.bounds) add(w.ty.path.segments[0]!.ident.name, b);
      }
    }
  }

  /** `for<'r> T: 'r` and `for<'r> &'r T: 'r` where-clauses of a fn and its parents: T must outlive a lifetime bound by the clause. */
  function collectForallOutlives(def: DefId): { param: number; name: string; span: Span; direct: boolean }[] {
    const out: { param: number; name: string; span: Span; direct: boolean }[] = [];
    for (let o: DefId | null = def; o !== null; o = generics(o).parent) {
      const og = generics(o);
      for (const w of og.generics?.where ?? []) {
        if (w.kind !== 'bound' || w.forLifetimes.length === 0) continue;
        const bound = new Set(w.forLifetimes.map((l) => l.name));
        // `&'r T: 'r` has T: 'r among its components.
        const ty = w.ty.kind === 'ref' && w.ty.lifetime !== null && bound.has(w.ty.lifetime.name) ? w.ty.inner : w.ty;
        if (ty.kind !== 'path' || ty.qself !== null || ty.path.segments.length !== 1) continue;
        const i = og.types.indexOf(ty.path.segments[0]!.ident.name);
        if (i < 0) continue;
        const name = ty.path.segments[0]!.ident.name;
        if (w.bounds.some((b) => b.kind === 'lifetime' && bound.has(b.lifetime.name))) out.push({ param: og.parentTypes + i, name, span: w.span, direct: ty === w.ty });
        else if (w.bounds.some((b) => b.kind === 'trait' && b.forLifetimes.length === 0 && implRequiresOutlivesBound(o!, w.ty, b, bound))) out.push({ param: og.parentTypes + i, name, span: w.span, direct: false });
      }
    }
    return out;
  }

  /**
   * `for<'a> X: Trait<..>` proven through the trait's only impl, which requires its self type's
   * parameter to outlive a lifetime the clause binds: `impl<'t, T> Trait<'t> for T where T: 't`
   * with `for<'a> G: Trait<'a>`, or `impl<'t, T: 't> Trait for &'t T` with `for<'a> &'a G: Trait`.
   * The clause then holds only if X's parameter outlives every lifetime (in effect 'static).
   */
  function implRequiresOutlivesBound(owner: DefId, selfTy: TypeExpr, b: GenericBound & { kind: 'trait' }, bound: ReadonlySet<string>): boolean {
    const env: LowerEnv = { ...lowerEnvFor(owner), report: false, elided: () => ERASED };
    const pred = lowerBound(env, ERROR, b);
    if (pred === null) return false;
    const impls = traitImpls(pred.trait).filter((ii) => !ii.negative);
    const ii = impls.length === 1 ? impls[0]! : null;
    const node = ii === null || ii.def === null ? null : info(ii.def).node;
    if (node === null || node.kind !== 'item' || node.item.kind !== 'impl' || node.item.trait === null) return false;
    const imp = node.item;
    // Which impl lifetime stands where the clause has a bound one.
    const implLifetimes = new Set<string>();
    const clauseArgs = b.path.segments[b.path.segments.length - 1]!.args;
    const implArgs = imp.trait!.segments[imp.trait!.segments.length - 1]!.args;
    if (clauseArgs?.kind === 'angle' && implArgs?.kind === 'angle') {
      const cl = clauseArgs.args.filter((a) => a.kind === 'lifetime');
      const il = implArgs.args.filter((a) => a.kind === 'lifetime');
      cl.forEach((a, k) => { const m = il[k]; if (a.kind === 'lifetime' && bound.has(a.lifetime.name) && m !== undefined && m.kind === 'lifetime') implLifetimes.add(m.lifetime.name); });
    }
    let implSelf = imp.selfTy;
    if (selfTy.kind === 'ref' && selfTy.lifetime !== null && bound.has(selfTy.lifetime.name) && implSelf.kind === 'ref' && implSelf.lifetime !== null) {
      implLifetimes.add(implSelf.lifetime.name);
      implSelf = implSelf.inner;
    } else if (selfTy.kind !== 'path') return false;
    if (implLifetimes.size === 0 || implSelf.kind !== 'path' || implSelf.qself !== null || implSelf.path.segments.length !== 1) return false;
    const param = implSelf.path.segments[0]!.ident.name;
    if (!imp.generics.params.some((p) => p.kind === 'type' && p.name.name === param)) return false;
    // The impl's own `T: 't` (on the parameter or in a where-clause) for one of those lifetimes.
    const outlives = (bs: readonly GenericBound[]): boolean => bs.some((x) => x.kind === 'lifetime' && implLifetimes.has(x.lifetime.name));
    for (const p of imp.generics.params) if (p.kind === 'type' && p.name.name === param && outlives(p.bounds)) return true;
    for (const w of imp.generics.where) {
      if (w.kind === 'bound' && w.forLifetimes.length === 0 && w.ty.kind === 'path' && w.ty.qself === null && w.ty.path.segments.length === 1 && w.ty.path.segments[0]!.ident.name === param && outlives(w.bounds)) return true;
    }
    return false;
  }

  /** `for<'b> X: 'r` where-clauses ('r free) in which X's outlives components hold a region the clause binds. */
  function collectForallUnprovable(def: DefId): { span: Span; predicate: string }[] {
    const out: { span: Span; predicate: string }[] = [];
    for (let o: DefId | null = def; o !== null; o = generics(o).parent) {
      const og = generics(o);
      for (const w of og.generics?.where ?? []) {
        if (w.kind !== 'bound' || w.forLifetimes.length === 0) continue;
        const bound = new Set(w.forLifetimes.map((l) => l.name));
        if (!w.bounds.some((b) => b.kind === 'lifetime' && !bound.has(b.lifetime.name) && b.lifetime.name !== "'_")) continue;
        // The clause's own lifetimes are unknown to the item: they lower to erased regions.
        const ty = lowerTy({ ...lowerEnvFor(def), report: false, elided: () => ERASED }, w.ty);
        const holdsBound = (t: Ty): boolean => {
          switch (t.kind) {
            case 'ref': return t.region.kind === 'erased' || holdsBound(t.inner);
            case 'adt': return t.args.regions.some((r) => r.kind === 'erased') || t.args.types.some(holdsBound);
            case 'tuple': return t.elems.some(holdsBound);
            case 'array': case 'slice': return holdsBound(t.elem);
            case 'ptr': return holdsBound(t.inner);
            case 'dyn': return t.region.kind === 'erased';
            default: return false;
          }
        };
        if (holdsBound(ty)) out.push({ span: w.span, predicate: `for<${w.forLifetimes.map((l) => l.name).join(', ')}> ${printType(w.ty)}: '_` });
      }
    }
    return out;
  }

  /**
   * Declared `<T as Trait>::Name: 'r` bounds of a fn and of its impl or trait: where-clauses on a
   * projection with a lifetime bound, or a trait bound whose trait implies one. A trait bound that
   * cannot be lowered counts as `'static`, so that borrowck never reports a bound that might hold.
   */
  function collectProjectionOutlives(def: DefId): { ty: Ty; region: Region }[] {
    const out: { ty: Ty; region: Region }[] = [];
    for (let o: DefId | null = def; o !== null; o = generics(o).parent) {
      const og = generics(o);
      for (const w of og.generics?.where ?? []) {
        if (w.kind !== 'bound' || w.forLifetimes.length > 0) continue;
        if (w.ty.kind !== 'path' || (w.ty.qself === null && w.ty.path.segments.length < 2)) continue;
        const env: LowerEnv = { ...lowerEnvFor(def), report: false, elided: () => ERASED };
        const ty = lowerTy(env, w.ty);
        if (ty.kind !== 'projection') continue;
        for (const b of w.bounds) {
          if (b.kind === 'lifetime') {
            const r = b.lifetime.name === "'static" ? STATIC : findRegionParam(def, b.lifetime.name);
            if (r) out.push({ ty, region: r });
            continue;
          }
          if (b.modifier === 'maybe') continue;
          const tr = lowerTraitPath(env, b.path, ty);
          if (!tr) { out.push({ ty, region: STATIC }); continue; }
          for (const r of traitImpliedOutlives(tr.ref.trait, tr.ref.args.regions, 0)) out.push({ ty, region: r });
        }
      }
    }
    return out;
  }

  /**
   * rustc's `declared_bounds_from_definition`: the regions `<T as Trait<..>>::Name` outlives by
   * the associated type's own bounds (`type Iter: Iterator + 'a`, or a bound by a trait that
   * implies `'static`), in terms of the projection's arguments. Null when the item is not found.
   */
  function projectionDeclaredBounds(proj: Ty & { kind: 'projection' }, owner?: DefId): Region[] | null {
    const trait = proj.trait.trait;
    if (std !== null && trait < std.defCount) return std.tcx.projectionDeclaredBounds?.(proj, owner) ?? null;
    const assoc = assocItems(trait).get(proj.name);
    if (assoc === undefined) return null;
    const item = itemOf(info(assoc));
    if (!item || item.kind !== 'typeAlias') return null;
    const g = generics(trait);
    // A projection written `Self::Name` or `T::Name` carries no lifetime arguments of its trait:
    // inside the trait they are the trait's own, for `T: Trait<'x>` the bound's (when unique).
    let traitRegions: readonly Region[] | null = proj.trait.args.regions;
    if (traitRegions.length < g.regions.length) {
      traitRegions = null;
      if (owner !== undefined && proj.self.kind === 'param') {
        const self = proj.self;
        if (self.index === 0 && self.name === 'Self') {
          for (let o: DefId | null = owner; o !== null; o = generics(o).parent) if (o === trait) traitRegions = g.regions.map((name, index) => ({ kind: 'param', index, name }));
        }
        if (traitRegions === null) {
          const bounds = collectTraitBoundRegions(owner).filter((b) => b.param === self.index && b.trait === trait);
          if (bounds.length === 1) traitRegions = bounds[0]!.regions;
        }
      }
    }
    const subst = (r: Region): Region | null => {
      if (r.kind === 'static') return STATIC;
      if (r.kind !== 'param' || traitRegions === null) return null;
      const j = g.regions.indexOf(r.name);
      return j >= 0 ? traitRegions[j] ?? null : null;
    };
    const out: Region[] = [];
    const env: LowerEnv = { ...lowerEnvFor(assoc), report: false, elided: () => ERASED };
    const self: Ty = { kind: 'projection', self: { kind: 'param', index: 0, name: 'Self' }, trait: { trait, args: identityArgs(trait) }, name: proj.name };
    // The trait's own where-clauses on the associated type (`where Self::Name: 'a`) bound it too.
    const traitItem = itemOf(info(trait));
    const whereBounds: GenericBound[] = [];
    if (traitItem && traitItem.kind === 'trait') {
      for (const w of traitItem.generics.where) {
        if (w.kind !== 'bound' || w.forLifetimes.length > 0 || w.ty.kind !== 'path') continue;
        const names = w.ty.path.segments.map((sg) => sg.ident.name);
        const onSelf = w.ty.qself !== null ? names[names.length - 1] === proj.name : names.length === 2 && names[0] === 'Self' && names[1] === proj.name;
        if (onSelf) whereBounds.push(...w.bounds);
      }
    }
    for (const b of [...item.bounds, ...whereBounds]) {
      if (b.kind === 'lifetime') {
        const r = b.lifetime.name === "'static" ? STATIC : subst({ kind: 'param', index: 0, name: b.lifetime.name });
        if (r === null) return null;
        out.push(r);
        continue;
      }
      if (b.modifier === 'maybe') continue;
      const tr = lowerTraitPath(env, b.path, self);
      if (!tr) return null;
      for (const r of traitImpliedOutlives(tr.ref.trait, tr.ref.args.regions, 0)) {
        const x = subst(r);
        if (x === null) return null;
        out.push(x);
      }
    }
    return out;
  }

  /** The regions a type bounded by `Trait<regions>` must outlive, from the trait's supertrait lifetime bounds (transitively). */
  function traitImpliedOutlives(trait: DefId, regions: readonly Region[], depth: number): Region[] {
    const d = info(trait);
    if (d.std && d.path.endsWith('Any')) return [STATIC];
    const item = itemOf(d);
    if (!item || item.kind !== 'trait' || depth > 8) return d.std ? [] : [STATIC];
    const g = generics(trait);
    const subst = (name: string): Region | null => {
      if (name === "'static") return STATIC;
      const j = g.regions.indexOf(name);
      return j >= 0 ? regions[j] ?? null : null;
    };
    const out: Region[] = [];
    const env: LowerEnv = { ...lowerEnvFor(trait), report: false, elided: () => ERASED };
    const self: Ty = { kind: 'param', index: 0, name: 'Self' };
    for (const b of item.supertraits) {
      if (b.kind === 'lifetime') { const r = subst(b.lifetime.name); out.push(r ?? STATIC); continue; }
      if (b.modifier === 'maybe') continue;
      const tr = lowerTraitPath(env, b.path, self);
      if (!tr) { out.push(STATIC); continue; }
      // The supertrait's region args are in terms of this trait's params: map them through.
      const mapped = tr.ref.args.regions.map((r) => (r.kind === 'param' ? subst(r.name) ?? STATIC : r));
      out.push(...traitImpliedOutlives(tr.ref.trait, mapped, depth + 1));
    }
    return out;
  }

  function fnSig(def: DefId): PolyFnSig {
    const hit = sigCache.get(def);
    if (hit) return hit;
    if (std !== null && def < std.defCount) return std.tcx.fnSig(def);
    const d = info(def);
    if (d.kind === 'variant' || d.kind === 'struct') {
      const adtDef = d.kind === 'variant' ? d.parent! : def;
      const a = adt(adtDef);
      const v = a.variants.find((x) => x.def === def) ?? a.variants[0];
      const sig: PolyFnSig = {
        sig: { inputs: v ? v.fields.map((f) => f.ty) : [], output: { kind: 'adt', def: adtDef, args: identityArgs(adtDef) }, unsafe: false, variadic: false },
        regionParams: a.regionParams,
        outlives: [],
        hasSelf: false,
        paramNames: v ? v.fields.map((f) => f.name) : [],
        node: null,
      };
      sigCache.set(def, sig);
      return sig;
    }
    const item = itemOf(d);
    if (!item || item.kind !== 'fn') {
      const s: PolyFnSig = { sig: { inputs: [], output: ERROR, unsafe: false, variadic: false }, regionParams: [], outlives: [], hasSelf: false, paramNames: [], node: null };
      return s;
    }
    const base = lowerEnvFor(def);
    const named: string[] = [];
    const regionSpans: (Span | null)[] = [];
    const implHeader: ('selfType' | 'trait' | null)[] = [];
    const collectNamed = (o: DefId): void => {
      const gg = generics(o);
      if (gg.parent !== null) collectNamed(gg.parent);
      named.push(...gg.regions);
      const anonFrom = gg.regions.length - (gg.anonRegionSpans?.length ?? 0);
      gg.regions.forEach((name, i) => {
        const p = gg.generics?.params.find((x) => x.kind === 'lifetime' && x.lifetime.name === name);
        regionSpans.push(p !== undefined && p.kind === 'lifetime' ? p.lifetime.span : gg.anonRegionSpans?.[i - anonFrom] ?? null);
        implHeader.push(i >= anonFrom ? gg.anonRegionIn?.[i - anonFrom] ?? null : null);
      });
    };
    collectNamed(def);
    const elidedNames: string[] = [];
    const fresh = (span: Span | null): Region => {
      const r: Region = { kind: 'param', index: named.length + elidedNames.length, name: `'_${elidedNames.length}` };
      elidedNames.push(r.name);
      regionSpans.push(span);
      return r;
    };
    // Elision counts the lifetimes written (or elided) in the parameters' types as rustc's resolver
    // sees them: a type alias's or an associated type's hidden lifetimes are no candidates.
    const inputRegions: Region[] = [];
    const inputEnv: LowerEnv = { ...base, elided: (span) => fresh(span), onRegion: (r) => addDistinctRegion(r, inputRegions) };
    const inputs: Ty[] = [];
    const paramNames: string[] = [];
    let selfRegion: Region | null = null;
    const sp = item.sig.selfParam;
    const selfTy = base.selfTy ?? ERROR;
    if (sp) {
      paramNames.push('self');
      if (sp.kind === 'value') inputs.push(selfTy);
      else if (sp.kind === 'ref') {
        const r = sp.lifetime && sp.lifetime.name !== "'_" ? lowerRegion(inputEnv, sp.lifetime, sp.span) : fresh(sp.span);
        selfRegion = r;
        inputs.push({ kind: 'ref', region: r, mut: sp.mut, inner: selfTy });
      } else {
        const t = lowerTy(inputEnv, sp.ty);
        if (t.kind === 'ref') selfRegion = t.region;
        else selfRegion = refToSelfRegion(t, selfTy);
        inputs.push(t);
      }
    }
    for (const p of item.sig.params) {
      inputs.push(lowerTy(inputEnv, p.ty));
      paramNames.push(p.pat.kind === 'ident' ? p.pat.name.name : '_');
    }
    const outEnv: LowerEnv = {
      ...base,
      opaqueOwner: def,
      elidedQuiet: () => selfRegion ?? (inputRegions.length === 1 ? inputRegions[0]! : null),
      elided: (span) => {
        if (selfRegion) return selfRegion;
        if (inputRegions.length === 1) return inputRegions[0]!;
        if (!d.std) {
          report(base, msg.missingLifetime({ lo: span.lo, hi: span.lo + 1 }));
          lifetimeErrors.add(def);
        }
        return STATIC;
      },
    };
    const output = item.sig.ret ? lowerTy(outEnv, item.sig.ret) : UNIT;
    if (item.sig.ret && item.sig.ret.kind === 'dynTrait' && !d.std) report(base, msg.bareDynReturn(item.sig.ret.span));
    // `'a: 'b` bounds, inline and in where-clauses, of the fn and of its impl or trait.
    const outlives: [Region, Region][] = [];
    const addOutlives = (lt: string, bounds: readonly { readonly name: string }[]): void => {
      const a = lt === "'static" ? STATIC : findRegionParam(def, lt);
      for (const b of bounds) {
        const rb = b.name === "'static" ? STATIC : findRegionParam(def, b.name);
        if (a && rb) outlives.push([a, rb]);
      }
    };
    for (let o: DefId | null = def; o !== null; o = generics(o).parent) {
      const og = generics(o).generics;
      for (const p of og?.params ?? []) if (p.kind === 'lifetime') addOutlives(p.lifetime.name, p.bounds);
      for (const w of og?.where ?? []) if (w.kind === 'region') addOutlives(w.lifetime.name, w.bounds);
    }
    // Where rustc would suggest `T: 'a` for each type parameter: after its last inline bound, or its name.
    const typeParamInsert: ({ at: number; hasBounds: boolean } | null)[] = [];
    const collectInsert = (o: DefId): void => {
      const gg = generics(o);
      if (gg.parent !== null) collectInsert(gg.parent);
      for (const name of gg.types) {
        const p = gg.generics?.params.find((x) => x.kind === 'type' && x.name.name === name);
        if (p === undefined || p.kind !== 'type') { typeParamInsert.push(null); continue; }
        const last = p.bounds[p.bounds.length - 1];
        typeParamInsert.push(last === undefined ? { at: p.name.span.hi, hasBounds: false } : { at: last.kind === 'trait' ? last.span.hi : last.lifetime.span.hi, hasBounds: true });
      }
    };
    collectInsert(def);
    const typeOutlives = collectTypeOutlives(def, 'required');
    const typeOutlivesAssumed = collectTypeOutlives(def, 'assumed');
    const typeOutlivesForall = collectForallOutlives(def);
    const forallUnprovable = collectForallUnprovable(def);
    const traitBoundRegions = collectTraitBoundRegions(def);
    const projectionOutlives = collectProjectionOutlives(def);
    // Where rustc would suggest a new where-clause (`<T as Tr>::Assoc: 'a`): after the last one, or after the signature.
    const lastWhere = item.generics.where[item.generics.where.length - 1];
    let whereInsert: { at: number; hasWhere: boolean; afterComma?: boolean } = lastWhere !== undefined ? { at: lastWhere.span.hi, hasWhere: true } : { at: item.sig.span.hi, hasWhere: false };
    if (lastWhere !== undefined && !d.std) {
      // A trailing comma: the new clause goes after it.
      let i = lastWhere.span.hi;
      while (i < file.text.length && /\s/.test(file.text[i]!)) i++;
      if (file.text[i] === ',') whereInsert = { at: i + 1, hasWhere: true, afterComma: true };
    }
    const sig: FnSigTy = { inputs, output, unsafe: item.sig.qualifiers.unsafe, variadic: item.sig.variadic };
    const res: PolyFnSig = { sig, regionParams: [...named, ...elidedNames], regionParamSpans: regionSpans, ...(implHeader.some((x) => x !== null) ? { regionParamImplHeader: implHeader } : {}), outlives, typeOutlives, typeOutlivesAssumed, typeOutlivesForall, forallUnprovable, traitBoundRegions, ...(projectionOutlives.length > 0 ? { projectionOutlives } : {}), whereInsert, typeParamInsert, hasSelf: sp !== null, paramNames, node: d.std ? null : item.id };
    sigCache.set(def, res);
    return res;
  }

  const langCache = new Map<string, DefId>();
  function lang(name: string): DefId {
    const hit = langCache.get(name);
    if (hit !== undefined) return hit;
    const l = table.langItems.get(name) ?? table.stdGlobal.types.get(name) ?? table.stdGlobal.values.get(name) ?? -1;
    langCache.set(name, l);
    return l;
  }

  const tcx: Tcx = {
    table,
    file,
    diags,
    info,
    generics,
    totalTypes,
    totalRegions,
    predicates,
    impl,
    traitImpls,
    inherentImpls,
    assocItems,
    superPredicates,
    constTy,
    opaqueBounds,
    lowerEnvFor,
    lowerTy,
    lowerBound,
    lowerTraitPath,
    lang,
    identityArgs,
    stdPathTy: (name, types) => {
      const def = lang(name);
      if (def < 0) return ERROR;
      const g = generics(def);
      return { kind: 'adt', def, args: { regions: g.regions.map(() => ERASED), types, consts: [] } };
    },
    lifetimeErrors,
    adtHasDerive: (def, trait) => {
      const item = itemOf(info(def));
      return item !== null && derivesOf(item.attrs).includes(trait);
    },
    lowerUserType: (owner, ty) => {
      try {
        return lowerTy({ ...lowerEnvFor(owner), regionMode: 'param', report: false, infer: () => ERROR, elided: () => ERASED, opaqueOwner: null, objectDefault: ERASED }, ty);
      } catch {
        return null;
      }
    },
    defKind: (def): DefKind => info(def).kind,
    isConstFn: (def) => {
      const d = info(def);
      if (d.std) return null;
      const item = itemOf(d);
      return item !== null && item.kind === 'fn' ? item.sig.qualifiers.const : null;
    },
    fnHeaderSpan: (def) => {
      const d = info(def);
      const item = d.std ? null : itemOf(d);
      return item !== null && item.kind === 'fn' ? item.sig.span : null;
    },
    itemTy: constTy,
    normalize: (ty) => (ty.kind === 'projection' ? normalizeKeepingRegions(tcx, ty) ?? ty : ty),
    fnTraitBounds: (def) => {
      const out: FnTraitBound[] = [];
      const fnBound = (p: Predicate, param: number): void => {
        const ln = info(p.trait).lang;
        if (ln !== 'Fn' && ln !== 'FnMut' && ln !== 'FnOnce') return;
        const args = p.args[0];
        if (args === undefined || args.kind !== 'tuple') return;
        out.push({ param, trait: ln, inputs: args.elems, output: p.bindings.find((b) => b.name === 'Output')?.ty ?? null });
      };
      for (const p of predicates(def)) {
        if (p.self.kind !== 'param') continue;
        const self = p.self;
        fnBound(p, self.index);
        // A closure meets a bound of another trait only through a blanket impl (`impl<F> Tr for F
        // where F: Fn(..)`): when there is exactly one, its `Fn*` bounds on F are required too.
        if (info(p.trait).lang !== null && info(p.trait).lang !== undefined) continue;
        const blanket = traitImpls(p.trait).filter((ii) => !ii.negative && ii.selfTy.kind === 'param');
        const only = blanket.length === 1 ? blanket[0]! : null;
        if (only === null || only.selfTy.kind !== 'param') continue;
        const q = only.selfTy.index;
        for (const ip of only.predicates) if (ip.self.kind === 'param' && ip.self.index === q) fnBound(ip, self.index);
      }
      return out;
    },
    selectedImplHeader: (trait, args) => selectUserImpl(tcx, trait, args),
    implSelfTy: (def) => (info(def).kind === 'impl' ? impl(def).selfTy : null),
    projectionDeclaredBounds,
    projectionImplBounds: (proj) => implRequirements(tcx, proj)?.bounds.map(([a, b]) => [a, b] as const) ?? null,
    opaqueCaptures: (def, index) => {
      if (std !== null && def < std.defCount) return null;
      const key = `${def}:${index}`;
      if (!opaqueCaptureCache.has(key)) fnSig(def);
      const caps = opaqueCaptureCache.get(key) ?? null;
      if (caps === null) return null;
      // Edition 2024 captures every lifetime in scope, and so does an `impl Trait` in a trait's
      // method or its impl at any edition.
      const parent = info(def).kind === 'assocFn' ? info(def).parent : null;
      const all = edition >= 2024 || (parent !== null && (info(parent).kind === 'trait' || (info(parent).kind === 'impl' && impl(parent).trait !== null)));
      return all ? { regions: fnSig(def).regionParams.map((_, i) => i), span: caps.span } : caps;
    },
    traitTypeParamCount: (trait) => generics(trait).types.length,
    copyImplSelfTy: (adtDef) => {
      const copy = lang('Copy');
      if (copy < 0) return null;
      for (const ii of traitImpls(copy)) if (!ii.negative && ii.def !== null && ii.selfTy.kind === 'adt' && ii.selfTy.def === adtDef) return ii.selfTy;
      return null;
    },
    isMutStatic: (def) => {
      const item = itemOf(info(def));
      return item !== null && item.kind === 'static' && item.mut;
    },
    defPath: (def) => info(def).path,
    defSpan: (def) => info(def).span,
    defParent: (def) => info(def).parent,
    isTraitImpl: (def) => info(def).kind === 'impl' && impl(def).trait !== null,
    langItem: (name) => {
      const l = lang(name);
      return l < 0 ? null : l;
    },
    adt,
    fnSig,
    fieldTy: (adtDef, variant, field, a) => {
      const f = adt(adtDef).variants[variant]?.fields[field];
      return f ? substTy(f.ty, a) : ERROR;
    },
    isCopy: (ty, owner) => isCopyTy(tcx, ty, owner),
    needsDrop: (ty) => needsDropTy(tcx, ty),
    hasDropImpl: (ty) => hasDropImpl(tcx, ty),
    dropUsesBorrows: (ty) => dropUsesBorrows(tcx, ty),
    dropLiveParts: (ty) => { const out: Ty[] = []; dropLiveParts(tcx, ty, out); return out; },
    isSized: (ty) => isSizedTy(ty),
    displayTy: (ty) => displayTy(tcx, ty),
    subst: (ty, a) => substTy(ty, a),
  };
  const caches: TcxCaches = {
    generics: genericsCache.own,
    predicates: predCache.own,
    impls: implCache.own,
    adts: adtCache.own,
    sigs: sigCache.own,
    consts: constCache.own,
    opaques: opaqueCache.own,
    assoc: assocCache.own,
    supers: superCache.own,
  };
  return { tcx, caches, stdImplIndex };
}

function sameParam(a: Ty, b: Ty): boolean {
  if (a.kind === 'param' && b.kind === 'param') return a.index === b.index;
  if (a.kind === 'projection' && b.kind === 'projection') return a.name === b.name && sameParam(a.self, b.self);
  return false;
}

function addDistinctRegion(r: Region, out: Region[]): void {
  if (r.kind === 'erased') return;
  if (out.some((x) => x.kind === r.kind && (x.kind !== 'param' || (r.kind === 'param' && x.index === r.index)))) return;
  out.push(r);
}

export function collectImplTrait(t: TypeExpr, f: (t: TypeExpr & { kind: 'implTrait' }) => void): void {
  switch (t.kind) {
    case 'implTrait': f(t); return;
    case 'ref': case 'ptr': case 'paren': collectImplTrait(t.inner, f); return;
    case 'slice': case 'array': collectImplTrait(t.elem, f); return;
    case 'tuple': t.elems.forEach((e) => collectImplTrait(e, f)); return;
    default: return;
  }
}

function boundsText(bounds: readonly GenericBound[]): string {
  return bounds.map((b) => (b.kind === 'lifetime' ? b.lifetime.name : b.path.segments.map((s) => s.ident.name).join('::'))).join(' + ');
}

export { PRIMITIVE_TYPES };
