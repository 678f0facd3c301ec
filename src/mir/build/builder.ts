import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { TypeContext } from '../../types/context.js';
import type { CapturedPlace, BodyTypes, ClosureKind } from '../../types/results.js';
import type { Ty } from '../../types/ty.js';
import type { Diagnostic } from '../../util/diagnostic.js';
import type {
  BasicBlock, BlockId, Body, Local, LocalDecl, MatchSite, Operand, Place, ProjectionElem, Rvalue, Statement, StatementKind, TempInfo, Terminator, TerminatorKind, UserTypeAnnotation,
} from '../mir.js';

/**
 * The mutable state of lowering one body, as rustc's `Builder`: the CFG under construction, the
 * current block, the scope stack with its scheduled drops, and the loops a `break` can target.
 */

/** Thrown inside lowering when a construct cannot be lowered faithfully; the whole body is skipped. */
export class Unsupported extends Error {
  constructor(readonly span: Span, readonly what: string) {
    super(`unsupported: ${what}`);
  }
}

export interface DropEntry {
  readonly local: Local;
  readonly kind: 'storage' | 'value';
  /** The last character of the scope (`}` of a block, `;` of a statement): where rustc says "dropped here". */
  readonly span: Span;
}

export interface Scope {
  /** Temporaries made inside go to the innermost terminating scope (rustc's destruction scopes). */
  readonly terminating: boolean;
  readonly endSpan: Span;
  readonly drops: DropEntry[];
}

export interface Breakable {
  readonly label: string | null;
  readonly isLoop: boolean;
  readonly breakBlock: BlockId;
  readonly continueBlock: BlockId | null;
  readonly dest: Place;
  /** Scopes above this depth are exited by a break/continue. */
  readonly scopeDepth: number;
}

/** A place under construction: its base may be a captured variable that becomes `(*_1).i` only once the whole path is known. */
export interface PlaceBuilder {
  readonly base: { readonly kind: 'local'; readonly local: Local } | { readonly kind: 'upvar'; readonly binding: NodeId };
  readonly projection: readonly ProjectionElem[];
}

export interface ClosureEnv {
  readonly kind: ClosureKind;
  readonly captures: readonly CapturedPlace[];
  /** Type of field i of the environment (the captured place's type, or a reference to it). */
  readonly fieldTys: readonly Ty[];
  readonly closureTy: Ty;
}

interface BlockData {
  statements: Statement[];
  terminator: Terminator | null;
  isCleanup: boolean;
}

export interface FakeBorrowCollect {
  candidate: number;
  readonly tested: Place[][];
  readonly bound: Place[][];
}

export interface BuildShared {
  readonly tcx: TypeContext;
  readonly types: BodyTypes;
  readonly diagnostics: Diagnostic[];
  /** Closure counter of the enclosing item, for `{closure#N}` names. */
  closureCount: number;
}

export interface Builder {
  readonly shared: BuildShared;
  readonly tcx: TypeContext;
  readonly types: BodyTypes;
  readonly name: string;
  readonly locals: LocalDecl[];
  readonly blocks: BlockData[];
  cur: BlockId;
  readonly scopes: Scope[];
  readonly breakables: Breakable[];
  /** User variable (binding pattern NodeId) → its local in this body. */
  readonly varLocal: Map<NodeId, Local>;
  /** Bindings that stand for a place while a guard is lowered (by-value bindings are only bound after the guard). */
  readonly bindingOverride: Map<NodeId, PlaceBuilder>;
  /** A binding of a later or-pattern alternative → the first alternative's binding of that name (whose local it assigns). */
  readonly bindingAlias: Map<NodeId, NodeId>;
  /** While lowering a match with guards: per candidate, the places its tests switch on and its bindings read (for fake borrows). */
  fakeCollect: FakeBorrowCollect | null;
  /** While lowering the base of a built-in index (`x[i][..]`): the outermost index's fake borrows, read once all indices are evaluated. */
  indexFakes: Local[] | null;
  readonly env: ClosureEnv | null;
  /** Expressions whose temporaries are lifetime-extended to the enclosing block (`let x = &foo();`). */
  readonly extended: Set<NodeId>;
  /** Index in `scopes` of the scope that extended temporaries go to, or -1. */
  extendedScope: number;
  returnBlock: BlockId | null;
  /** While testing patterns: the scrutinee's span, where rustc puts discriminant reads and comparisons. */
  scrutineeSpan: Span;
  /** While binding a pattern's variables: the matched place and its expression's span, recorded on each variable. */
  matchSite: MatchSite | null;
  /** Span of the `return` terminator: the body's closing brace. */
  returnSpan: Span;
  readonly children: Body[];
  readonly userTypes: UserTypeAnnotation[];
}

export function newBuilder(shared: BuildShared, name: string, env: ClosureEnv | null): Builder {
  const b: Builder = {
    shared, tcx: shared.tcx, types: shared.types, name, locals: [], blocks: [], cur: 0, scopes: [], breakables: [],
    varLocal: new Map(), bindingOverride: new Map(), bindingAlias: new Map(), fakeCollect: null, indexFakes: null, env, extended: new Set(), extendedScope: -1, returnBlock: null, scrutineeSpan: { lo: 0, hi: 0 }, matchSite: null, returnSpan: { lo: 0, hi: 0 }, children: [], userTypes: [],
  };
  newBlock(b);
  return b;
}

// ---------------------------------------------------------------------------------------------
// Locals

export function pushLocal(b: Builder, decl: LocalDecl): Local {
  b.locals.push(decl);
  return b.locals.length - 1;
}

export function newTemp(b: Builder, ty: Ty, span: Span, info: TempInfo = OTHER_TEMP): Local {
  return pushLocal(b, { ty, mutable: true, kind: 'temp', name: null, span, binding: null, bindingMode: null, tempInfo: info });
}

export const OTHER_TEMP: TempInfo = { kind: 'other' };
export const RVALUE_TEMP: TempInfo = { kind: 'rvalue' };
export const REF_TEMP: TempInfo = { kind: 'ref' };

const LOCAL_PLACES: Place[] = [];
export function localPlace(local: Local): Place {
  let p = LOCAL_PLACES[local];
  if (p === undefined) {
    p = { local, projection: [] };
    LOCAL_PLACES[local] = p;
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Blocks

export function newBlock(b: Builder, isCleanup = false): BlockId {
  b.blocks.push({ statements: [], terminator: null, isCleanup });
  return b.blocks.length - 1;
}

export function push(b: Builder, kind: StatementKind, span: Span): void {
  b.blocks[b.cur]!.statements.push({ kind, span });
}

export function pushAssign(b: Builder, place: Place, rvalue: Rvalue, span: Span): void {
  push(b, { kind: 'assign', place, rvalue }, span);
}

/** Ends the current block. The builder then sits in a fresh block that nothing jumps to yet (dead code after `return` lands there and is removed later). */
export function terminate(b: Builder, kind: TerminatorKind, span: Span): void {
  const data = b.blocks[b.cur]!;
  if (data.terminator === null) data.terminator = { kind, span };
  b.cur = newBlock(b);
}

/** Ends the current block on a `bool` operand: to `onTrue` when it is true, else to `onFalse`. */
export function switchBool(b: Builder, discr: Operand, onFalse: BlockId, onTrue: BlockId, span: Span): void {
  terminate(b, { kind: 'switchInt', discr, values: [0n], targets: [onFalse], otherwise: onTrue }, span);
}

/** The single block ending in `return`, made on first use. */
export function returnBlock(b: Builder): BlockId {
  if (b.returnBlock === null) {
    const rb = newBlock(b);
    b.blocks[rb]!.terminator = { kind: { kind: 'return' }, span: b.returnSpan };
    b.returnBlock = rb;
  }
  return b.returnBlock;
}

export function goto(b: Builder, target: BlockId, span: Span): void {
  terminate(b, { kind: 'goto', target }, span);
}

export function switchTo(b: Builder, block: BlockId): void {
  b.cur = block;
}

export function finishBlocks(b: Builder): BasicBlock[] {
  return b.blocks.map((d) => ({ statements: d.statements, terminator: d.terminator ?? { kind: { kind: 'unreachable' }, span: { lo: 0, hi: 0 } }, isCleanup: d.isCleanup }));
}

// ---------------------------------------------------------------------------------------------
// Scopes and drops

/** The last character of a span: rustc's `end_point`, where scope-end drops point. */
export function endPoint(span: Span): Span {
  return span.hi > span.lo ? { lo: span.hi - 1, hi: span.hi } : span;
}

export function pushScope(b: Builder, terminating: boolean, span: Span): number {
  b.scopes.push({ terminating, endSpan: endPoint(span), drops: [] });
  return b.scopes.length - 1;
}

export function scheduleStorageDead(b: Builder, scope: number, local: Local): void {
  const s = b.scopes[scope]!;
  s.drops.push({ local, kind: 'storage', span: s.endSpan });
}

export function scheduleDrop(b: Builder, scope: number, local: Local): void {
  const s = b.scopes[scope]!;
  if (b.tcx.needsDrop(b.locals[local]!.ty)) s.drops.push({ local, kind: 'value', span: s.endSpan });
}

/** Emits the drops of one scope (innermost last scheduled first) into the current block. */
export function emitScopeDrops(b: Builder, scope: number): void {
  const drops = b.scopes[scope]!.drops;
  for (let i = drops.length - 1; i >= 0; i--) {
    const d = drops[i]!;
    if (d.kind === 'storage') push(b, { kind: 'storageDead', local: d.local }, d.span);
    else {
      const next = newBlock(b);
      const data = b.blocks[b.cur]!;
      if (data.terminator === null) data.terminator = { kind: { kind: 'drop', place: localPlace(d.local), target: next, unwind: null }, span: d.span };
      b.cur = next;
    }
  }
}

export function popScope(b: Builder, scope: number): void {
  if (scope !== b.scopes.length - 1) throw new Error('invariant failed: scopes popped out of order');
  emitScopeDrops(b, scope);
  b.scopes.pop();
}

/** Pops a scope whose drops were already emitted on every path out of it. */
export function discardScope(b: Builder, scope: number): void {
  if (scope !== b.scopes.length - 1) throw new Error('invariant failed: scopes popped out of order');
  b.scopes.pop();
}

/** Emits the drops of every scope deeper than `depth`, as an early exit (`break`, `return`) does. */
export function exitScopesTo(b: Builder, depth: number): void {
  for (let s = b.scopes.length - 1; s >= depth; s--) emitScopeDrops(b, s);
}

/** The scope a temporary made for expression `id` belongs to. */
export function tempScope(b: Builder, id: NodeId | null): number {
  if (id !== null && b.extendedScope >= 0 && b.extended.has(id)) return b.extendedScope;
  for (let s = b.scopes.length - 1; s >= 0; s--) if (b.scopes[s]!.terminating) return s;
  return b.scopes.length - 1;
}

export function placeOf(local: Local, projection: readonly ProjectionElem[]): Place {
  return projection.length === 0 ? localPlace(local) : { local, projection };
}

export function project(p: Place, elem: ProjectionElem): Place {
  return { local: p.local, projection: [...p.projection, elem] };
}

export function pbProject(p: PlaceBuilder, elem: ProjectionElem): PlaceBuilder {
  return { base: p.base, projection: [...p.projection, elem] };
}

export const DEREF: ProjectionElem = { kind: 'deref' };

/** A new block that ends in `unreachable`: the `otherwise` of a switch that covers every case. */
export function unreachableBlock(b: Builder, span: Span): BlockId {
  const u = newBlock(b);
  b.blocks[u]!.terminator = { kind: { kind: 'unreachable' }, span };
  return u;
}
