import type { Body, Local, Location, Place, ProjectionElem } from '../mir/mir.js';
import type { TypeContext } from '../types/context.js';
import type { Ty } from '../types/ty.js';
import { ERROR } from '../types/ty.js';
import { buildCfg, type Cfg, pointOf } from './cfg.js';
import { visitStatement, visitTerminator, type PlaceUse } from './visit.js';
import { sameElem } from '../mir/place-eq.js';

/**
 * rustc's move paths: a tree of the places that are ever moved or initialised, rooted at the
 * locals. Paths stop at the first projection one cannot move out of (a dereference of anything
 * but a Box, an index, a field of a Drop type); moves through such projections are recorded as
 * illegal moves (E0507/E0508/E0509) instead.
 */
export type MovePathIndex = number;

export interface MovePath {
  readonly place: Place;
  readonly local: Local;
  readonly parent: MovePathIndex; // -1 for a local's root
  firstChild: MovePathIndex; // -1 if none; links are filled while building
  nextSibling: MovePathIndex;
}

export type MoveOutKind = 'move' | 'storageDead' | 'drop';

export interface MoveOut {
  readonly path: MovePathIndex;
  readonly location: Location;
  readonly kind: MoveOutKind;
}

export type InitKind = 'deep' | 'shallow' | 'nonPanicPathOnly';

export interface Init {
  readonly path: MovePathIndex;
  /** null for function arguments, initialised on entry. */
  readonly location: Location | null;
  readonly kind: InitKind;
}

export type IllegalMoveKind =
  /** Moving out of `*r` (a reference or raw pointer, or an overloaded deref's result). */
  | { readonly kind: 'borrowedContent'; readonly derefBase: Place }
  /** Moving out of `a[i]` or a slice pattern element of a slice or array. */
  | { readonly kind: 'interiorOfSliceOrArray'; readonly ty: Ty; readonly isIndex: boolean }
  /** Moving out of a field of a type with a Drop impl. */
  | { readonly kind: 'interiorOfTypeWithDestructor'; readonly containerTy: Ty };

export interface IllegalMove {
  readonly place: Place;
  readonly location: Location;
  readonly error: IllegalMoveKind;
}

export interface MoveData {
  readonly cfg: Cfg;
  readonly paths: MovePath[];
  /** Root path of each local. */
  readonly localPath: Int32Array;
  readonly moves: MoveOut[];
  readonly inits: Init[];
  /** Per point: indices into `moves` / `inits` (sparse arrays). */
  readonly movesAt: (number[] | undefined)[];
  readonly initsAt: (number[] | undefined)[];
  /** Per path: its move-outs / inits. */
  readonly pathMoves: number[][];
  readonly pathInits: number[][];
  readonly illegalMoves: IllegalMove[];
}

export function placeTyOfProjectionBase(body: Body, tcx: TypeContext, place: Place, upto: number): Ty {
  let ty = body.locals[place.local]!.ty;
  let variant = 0;
  for (let i = 0; i < upto; i++) {
    const e = place.projection[i]!;
    const next = projectTy(tcx, ty, e, variant);
    variant = e.kind === 'downcast' ? e.variant : 0;
    ty = next;
  }
  return ty;
}

/** The type of `base.elem` given `base: ty` (regions as they are in `ty`). */
export function projectTy(tcx: TypeContext, ty: Ty, e: ProjectionElem, variant: number): Ty {
  switch (e.kind) {
    case 'deref':
      if (ty.kind === 'ref' || ty.kind === 'ptr') return ty.inner;
      if (ty.kind === 'adt' && tcx.adt(ty.def).isBox) return ty.args.types[0] ?? ERROR;
      return ERROR;
    case 'field':
      if (ty.kind === 'tuple') return ty.elems[e.index] ?? e.ty;
      if (ty.kind === 'closure') return ty.upvars[e.index] ?? e.ty;
      if (ty.kind === 'adt') {
        const adt = tcx.adt(ty.def);
        const v = adt.variants[variant];
        if (v !== undefined && e.index < v.fields.length) return tcx.fieldTy(ty.def, variant, e.index, ty.args);
      }
      return e.ty;
    case 'index':
    case 'constantIndex':
      if (ty.kind === 'array' || ty.kind === 'slice') return ty.elem;
      return ERROR;
    case 'subslice':
      // `a[1..3]` of an array is an array of the elements between; of a slice, a slice.
      if (ty.kind === 'array' && !e.fromEnd) return { kind: 'array', elem: ty.elem, len: { kind: 'value', value: BigInt(Math.max(0, e.to - e.from)) } };
      return ty;
    case 'downcast':
      return ty;
    default: {
      const never: never = e;
      return never;
    }
  }
}


export type LookupResult = { readonly exact: boolean; readonly path: MovePathIndex };

/** The move path of `place`, or its closest ancestor that has one. */
export function lookupPlace(md: MoveData, place: Place): LookupResult {
  let cur = md.localPath[place.local]!;
  for (const e of place.projection) {
    let c = md.paths[cur]!.firstChild;
    while (c !== -1) {
      const cp = md.paths[c]!.place;
      if (sameElem(cp.projection[cp.projection.length - 1]!, e)) break;
      c = md.paths[c]!.nextSibling;
    }
    if (c === -1) return { exact: false, path: cur };
    cur = c;
  }
  return { exact: true, path: cur };
}

/** Calls `fn` for `path` and all its descendants. */
export function forEachDescendant(md: MoveData, path: MovePathIndex, fn: (p: MovePathIndex) => void): void {
  fn(path);
  let c = md.paths[path]!.firstChild;
  while (c !== -1) { forEachDescendant(md, c, fn); c = md.paths[c]!.nextSibling; }
}

export function isAncestorOrSelf(md: MoveData, anc: MovePathIndex, p: MovePathIndex): boolean {
  for (let x = p; x !== -1; x = md.paths[x]!.parent) if (x === anc) return true;
  return false;
}

export function buildMoveData(body: Body, tcx: TypeContext, cfg: Cfg = buildCfg(body)): MoveData {
  const paths: MovePath[] = [];
  const localPath = new Int32Array(body.locals.length);
  for (let l = 0; l < body.locals.length; l++) {
    localPath[l] = paths.length;
    paths.push({ place: { local: l, projection: [] }, local: l, parent: -1, firstChild: -1, nextSibling: -1 });
  }
  const md: MoveData = {
    cfg, paths, localPath, moves: [], inits: [], movesAt: [], initsAt: [],
    pathMoves: [], pathInits: [], illegalMoves: [],
  };

  const childPath = (parent: MovePathIndex, local: Local, base: readonly ProjectionElem[], e: ProjectionElem): MovePathIndex => {
    let c = paths[parent]!.firstChild;
    while (c !== -1) {
      const cp = paths[c]!.place;
      if (sameElem(cp.projection[cp.projection.length - 1]!, e)) return c;
      c = paths[c]!.nextSibling;
    }
    const idx = paths.length;
    paths.push({ place: { local, projection: [...base, e] }, local, parent, firstChild: -1, nextSibling: paths[parent]!.firstChild });
    paths[parent]!.firstChild = idx;
    return idx;
  };

  /** The path for `place`, or an illegal-move reason; `forInit` paths never fail on Drop types. */
  const pathFor = (place: Place, forMove: boolean): MovePathIndex | IllegalMoveKind => {
    let cur = localPath[place.local]!;
    let ty = body.locals[place.local]!.ty;
    let variant = 0;
    for (let i = 0; i < place.projection.length; i++) {
      const e = place.projection[i]!;
      if (e.kind === 'deref') {
        const isBox = ty.kind === 'adt' && tcx.adt(ty.def).isBox;
        if (!isBox) return { kind: 'borrowedContent', derefBase: { local: place.local, projection: place.projection.slice(0, i) } };
      } else if (e.kind === 'index' || ((e.kind === 'constantIndex' || e.kind === 'subslice') && ty.kind === 'slice')) {
        return { kind: 'interiorOfSliceOrArray', ty, isIndex: e.kind === 'index' };
      } else if (e.kind === 'field' && forMove && ty.kind === 'adt' && tcx.hasDropImpl(ty)) {
        return { kind: 'interiorOfTypeWithDestructor', containerTy: ty };
      } else if (e.kind === 'field' && ty.kind === 'adt' && tcx.adt(ty.def).kind === 'union') {
        // Fields of a union share its memory: moving or writing one moves or writes the union.
        return cur;
      }
      const nextTy = projectTy(tcx, ty, e, variant);
      variant = e.kind === 'downcast' ? e.variant : 0;
      ty = nextTy;
      cur = childPath(cur, place.local, place.projection.slice(0, i), e);
    }
    return cur;
  };

  const addAt = (table: (number[] | undefined)[], point: number, idx: number): void => {
    const xs = table[point];
    if (xs === undefined) table[point] = [idx]; else xs.push(idx);
  };
  const recordMove = (place: Place, loc: Location, kind: MoveOutKind): void => {
    const last = place.projection[place.projection.length - 1];
    if (kind === 'move' && last !== undefined && last.kind === 'subslice' && !last.fromEnd) {
      // As rustc's `gather_move`: a move of `a[1..3]` out of an array moves `a[1 of N]` and `a[2 of N]`.
      const baseProj = place.projection.slice(0, -1);
      const base: Place = { local: place.local, projection: baseProj };
      const r = pathFor(base, true);
      if (typeof r !== 'number') { md.illegalMoves.push({ place, location: loc, error: r }); return; }
      const baseTy = placeTyOfProjectionBase(body, tcx, place, baseProj.length);
      if (baseTy.kind === 'array' && baseTy.len.kind === 'value') {
        const minLength = Number(baseTy.len.value);
        for (let offset = last.from; offset < last.to; offset++) {
          const path = childPath(r, place.local, baseProj, { kind: 'constantIndex', offset, minLength, fromEnd: false });
          addMove(path, loc, kind);
        }
        return;
      }
    }
    const r = pathFor(place, kind === 'move');
    if (typeof r !== 'number') {
      if (kind === 'move') md.illegalMoves.push({ place, location: loc, error: r });
      return;
    }
    addMove(r, loc, kind);
  };
  const addMove = (path: MovePathIndex, loc: Location, kind: MoveOutKind): void => {
    const idx = md.moves.length;
    md.moves.push({ path, location: loc, kind });
    addAt(md.movesAt, pointOf(cfg, loc), idx);
  };
  const recordInit = (place: Place, loc: Location | null, kind: InitKind): void => {
    const r = pathFor(place, false);
    if (typeof r !== 'number') return; // writes through references initialise nothing we track
    const idx = md.inits.length;
    md.inits.push({ path: r, location: loc, kind });
    if (loc !== null) addAt(md.initsAt, pointOf(cfg, loc), idx);
  };

  for (let a = 1; a <= body.argCount; a++) recordInit({ local: a, projection: [] }, null, 'deep');

  for (let b = 0; b < body.blocks.length; b++) {
    const block = body.blocks[b]!;
    for (let i = 0; i < block.statements.length; i++) {
      const loc = { block: b, index: i };
      const st = block.statements[i]!.kind;
      // rustc's move-data builder gives every fake read's place a path where one may exist; here
      // only those of a closure's reads, whose errors name that path.
      if (st.kind === 'fakeRead' && st.closure !== undefined) pathFor(st.place, false);
      visitStatement(block.statements[i]!, (place, use) => gather(place, use, loc));
    }
    const tloc = { block: b, index: block.statements.length };
    const t = block.terminator.kind;
    // The drop of an assignment's old value (rustc's `Drop { replace: true }`) is no move-out:
    // the assignment right after it re-initialises the place, and a first assignment to a
    // deferred `let` must not look like a second one (E0384).
    if (!(t.kind === 'drop' && t.replace === true)) visitTerminator(block.terminator, (place, use) => gather(place, use, tloc));
  }

  function gather(place: Place, use: PlaceUse, loc: Location): void {
    switch (use) {
      case 'move':
        if (!tcx.isCopy(placeTyOfProjectionBase(body, tcx, place, place.projection.length), body.def)) recordMove(place, loc, 'move');
        return;
      case 'store':
      case 'callDest':
        recordInit(place, loc, use === 'callDest' ? 'nonPanicPathOnly' : 'deep');
        return;
      case 'setDiscriminant':
        recordInit(place, loc, 'shallow');
        return;
      case 'storageDead':
        recordMove(place, loc, 'storageDead');
        return;
      case 'drop':
        recordMove(place, loc, 'drop');
        return;
      case 'copy':
      case 'inspect':
      case 'len':
      case 'borrow':
      case 'rawBorrow':
      case 'storageLive':
      case 'mention':
        return;
      default: {
        const never: never = use;
        return never;
      }
    }
  }

  for (let p = 0; p < paths.length; p++) { md.pathMoves.push([]); md.pathInits.push([]); }
  md.moves.forEach((m, i) => md.pathMoves[m.path]!.push(i));
  md.inits.forEach((m, i) => md.pathInits[m.path]!.push(i));
  return md;
}
