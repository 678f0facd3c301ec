import type { Span } from '../syntax/span.js';
import type { Ty } from '../types/ty.js';
import type { InvarianceCause, UniversalRegionInfo } from './facts.js';

export type { InvarianceCause } from './facts.js';

/**
 * Region variables and the constraints between them, struct-of-arrays. Var 0 is 'static.
 * `sup: sub` at a point means value(sup) ⊇ value(sub) (NLL's outlives constraints are
 * location-insensitive; the point is kept to explain errors).
 */
/** `cast`: an unsizing coercion (`Box<closure>` to `Box<dyn Fn() + 'static>`), rustc's `Cast`, more telling than the call or assignment it feeds. */
export type ConstraintCategory = 'return' | 'typeAnnotation' | 'cast' | 'callArgument' | 'assignment' | 'usage' | 'copyBound' | 'predicate' | 'boring';

/** rustc's order of interest when blaming a constraint path: the first category here wins. */
export const CATEGORY_RANK: Readonly<Record<ConstraintCategory, number>> = { return: 0, typeAnnotation: 2, cast: 1.9, callArgument: 2, assignment: 2, usage: 2, copyBound: 2, predicate: 4, boring: 5 };

export interface RegionCx {
  numVars: number;
  /** Universal region index of each var, or -1. */
  readonly universalOf: number[];
  readonly universals: { readonly vr: number; readonly info: UniversalRegionInfo }[];
  readonly consSup: number[];
  readonly consSub: number[];
  readonly consCategory: ConstraintCategory[];
  readonly consSpan: Span[];
  /** The point each constraint arises at, or -1 when it holds at all points (the signature's). */
  readonly consPoint: number[];
  /** The point constraints being added now arise at (-1: all points); type check moves it along. */
  atPoint: number;
  readonly consVariance: (InvarianceCause | null)[];
  /** Constraints a closure's requirements brought in (rustc's `ClosureBounds`): no E0373 blames them. */
  readonly consFromClosure: Set<number>;
  /** For a constraint from a `for<'r> T: 'r` clause (its lifetime taken as 'static), the clause's span; else null. */
  readonly consForall: (Span | null)[];
  /** Liveness-like facts: region `liveVar[i]` contains point `livePoint[i]`. */
  readonly liveVar: number[];
  readonly livePoint: number[];
  localTys: Ty[];
  localRegions: number[][];
  /**
   * Per universal region: a region of the body's signature ('signature', 'static too), or in a
   * closure body its environment's ('env'), one its signature binds ('bound'), or one the parent
   * decides ('external').
   */
  readonly universalRole: UniversalRole[];
  /** Per universal region of a closure body: its position among the regions of the captures' types, or -1. */
  readonly universalUpvar: number[];
  /** The first argument local whose declared type mentions each universal region, or -1 (E0521 names it). */
  readonly universalArg: number[];
  /** Known outlives among universals: known[a * U + b] means universal a: universal b. */
  known: Uint8Array;
  /** Closures check their own signature loosely: no universal-region errors. */
  lenientUniversals: boolean;
  /** `T: 'r` to prove for type parameters (rustc's type tests), checked after solving. */
  readonly typeTests: TypeTest[];
  /** Calls whose callee has a `for<'b> X: 'r` clause no caller can prove (X holds 'b). */
  readonly unprovable: { readonly span: Span; readonly predicate: string }[];
  /**
   * Calls passing a closure whose signature is not higher-ranked where the callee's `Fn*` bound
   * binds a region: the trait it fails ("implementation of `Fn` is not general enough"), or null
   * when only the bound's `Output` does ("one type is more general than the other", E0308).
   */
  readonly notGeneral: { readonly span: Span; readonly trait: string | null }[];
  /** Universal region vars each type parameter (by index) is known to outlive. */
  readonly paramBounds: Map<number, number[]>;
  /** Region vars each projection (by `aliasKey`, its regions erased) is known to outlive: where-clauses and argument types (`&'a T::Item`). */
  readonly aliasBounds: Map<string, number[]>;
  /** rustc's member constraints: each region of an `impl Trait`'s hidden type must become one of the lifetimes the opaque type captures. */
  readonly memberConstraints: MemberConstraint[];
  /** E0700: hidden types holding a lifetime their opaque type does not capture (found by `applyMemberConstraints`). */
  readonly captureErrors: { readonly span: Span; readonly hidden: Ty; readonly opaqueSpan: Span; readonly region: UniversalRegionInfo }[];
}

export interface MemberConstraint {
  /** A region var of the hidden type. */
  readonly region: number;
  /** The universal region vars of the lifetimes the opaque type captures ('static is always allowed). */
  readonly choices: readonly number[];
  readonly span: Span;
  readonly hidden: Ty;
  /** Where the `impl Trait` is written. */
  readonly opaqueSpan: Span;
  readonly opaque: Ty;
}

/**
 * rustc's verify bound for `<T as Trait>::Name: 'r` (an `alias` type test): it holds when 'r is
 * outlived by one of `anyOf` (bounds declared in the environment or on the associated type), or
 * when every component of the projection outlives 'r: each type parameter in `params` (by its
 * bounds) and each region in `regions`.
 */
export interface AliasTest {
  /** The projection as rustc prints it: `<T as Iter>::Item`. */
  readonly display: string;
  readonly anyOf: readonly number[];
  readonly params: readonly number[];
  readonly regions: readonly number[];
}

export interface TypeTest {
  readonly param: number;
  readonly name: string;
  readonly region: number;
  readonly span: Span;
  /** Required by a `for<'r> T: 'r` clause: rustc's placeholder error ("`T` does not live long enough"). */
  readonly forall?: boolean;
  /** Where rustc points the test once a closure passes it to its parent: the predicate's span (a call's fn path). */
  readonly propagatedSpan?: Span;
  /** A test on a projection rather than on the type parameter `param` (-1 then). */
  readonly alias?: AliasTest;
}

export type UniversalRole = 'signature' | 'env' | 'bound' | 'external';

export const STATIC_VAR = 0;

export function newRegionCx(): RegionCx {
  const cx: RegionCx = {
    numVars: 0, universalOf: [], universals: [], universalRole: [], universalUpvar: [], universalArg: [], consSup: [], consSub: [], consCategory: [], consSpan: [], consPoint: [], atPoint: -1, consVariance: [], consFromClosure: new Set(), consForall: [],
    liveVar: [], livePoint: [], localTys: [], localRegions: [], known: new Uint8Array(0), lenientUniversals: false, typeTests: [], unprovable: [], notGeneral: [], paramBounds: new Map(), aliasBounds: new Map(), memberConstraints: [], captureErrors: [],
  };
  newUniversal(cx, { kind: 'static', name: "'static", param: null });
  return cx;
}

export function newVar(cx: RegionCx): number {
  cx.universalOf.push(-1);
  return cx.numVars++;
}

export function newUniversal(cx: RegionCx, info: UniversalRegionInfo, role: UniversalRole = 'signature', upvar = -1): number {
  const v = cx.numVars++;
  cx.universalOf.push(cx.universals.length);
  cx.universals.push({ vr: v, info });
  cx.universalRole.push(role);
  cx.universalUpvar.push(upvar);
  cx.universalArg.push(-1);
  return v;
}

export function addOutlives(cx: RegionCx, sup: number, sub: number, category: ConstraintCategory, span: Span, variance: InvarianceCause | null = null, forall: Span | null = null): void {
  if (sup === sub) return;
  cx.consSup.push(sup);
  cx.consSub.push(sub);
  cx.consCategory.push(category);
  cx.consSpan.push(span);
  cx.consPoint.push(cx.atPoint);
  cx.consVariance.push(variance);
  cx.consForall.push(forall);
}

export function addLiveAt(cx: RegionCx, vr: number, point: number): void {
  cx.liveVar.push(vr);
  cx.livePoint.push(point);
}
