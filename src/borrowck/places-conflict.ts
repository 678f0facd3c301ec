import { placeTyOfProjectionBase } from '../dataflow/move-paths.js';
import type { Body, BorrowKind, Place, ProjectionElem } from '../mir/mir.js';
import type { TypeContext } from '../types/context.js';

/**
 * Whether an access to `access` may touch the data of a loan of `borrowed` (rustc's
 * `borrow_conflicts_with_place`). Depth: a shallow access (assignment, StorageDead) does not
 * reach through a dereference; a drop reaches into fields of Drop types but not behind `&mut`.
 */
export type AccessDepth = 'shallow' | 'deep' | 'drop' | 'shallowFake' | 'shallowArrayLen';
export type ConflictBias = 'overlap' | 'noOverlap';

type Overlap = 'disjoint' | 'equalOrDisjoint' | 'arbitrary';

export function placesConflict(body: Body, tcx: TypeContext, borrowed: Place, access: Place, depth: AccessDepth, bias: ConflictBias, borrowKind: BorrowKind = 'mut'): boolean {
  if (borrowed.local !== access.local) return false;
  const bp = borrowed.projection, ap = access.projection;
  if (bp.length === 0 && ap.length === 0) return true;
  const common = Math.min(bp.length, ap.length);
  for (let i = 0; i < common; i++) {
    const o = elemOverlap(body, tcx, borrowed, i, bp[i]!, ap[i]!, bias);
    if (o === 'disjoint') return false;
    if (o === 'arbitrary') return true;
  }
  if (bp.length > ap.length) {
    // The borrow is of a part of the accessed place.
    for (let i = ap.length; i < bp.length; i++) {
      const e = bp[i]!;
      if (depth === 'shallowArrayLen' || depth === 'shallowFake') return false;
      if (e.kind === 'deref') {
        if (depth === 'shallow') return false;
        const baseTy = placeTyOfProjectionBase(body, tcx, borrowed, i);
        if (baseTy.kind === 'ref' && baseTy.mut && depth === 'drop') return false;
        if (baseTy.kind === 'ref' && !baseTy.mut) return false;
      } else if (e.kind === 'field' && depth === 'drop') {
        const baseTy = placeTyOfProjectionBase(body, tcx, borrowed, i);
        if (baseTy.kind === 'adt' && tcx.hasDropImpl(baseTy)) return true;
      }
    }
    return true;
  }
  // The access is of a part of (or equal to) the borrowed place.
  if (borrowKind === 'shallow' && bp.length < ap.length) return false;
  return true;
}

function elemOverlap(body: Body, tcx: TypeContext, borrowed: Place, i: number, b: ProjectionElem, a: ProjectionElem, bias: ConflictBias): Overlap {
  switch (b.kind) {
    case 'deref':
      return a.kind === 'deref' ? 'equalOrDisjoint' : 'arbitrary';
    case 'field': {
      if (a.kind !== 'field') return 'arbitrary';
      if (a.index === b.index) return 'equalOrDisjoint';
      const baseTy = placeTyOfProjectionBase(body, tcx, borrowed, i);
      // Different fields of a union overlap in memory: rustc gives up and calls it a conflict.
      if (baseTy.kind === 'adt' && tcx.adt(baseTy.def).kind === 'union') return 'arbitrary';
      return 'disjoint';
    }
    case 'downcast':
      if (a.kind !== 'downcast') return 'arbitrary';
      return a.variant === b.variant ? 'equalOrDisjoint' : 'disjoint';
    case 'index':
    case 'constantIndex':
    case 'subslice':
      if (a.kind !== 'index' && a.kind !== 'constantIndex' && a.kind !== 'subslice') return 'arbitrary';
      // `a[i]` against any element: equal or disjoint, as the bias decides.
      if (b.kind === 'index' || a.kind === 'index') return bias === 'overlap' ? 'equalOrDisjoint' : 'disjoint';
      return constantIndexOverlap(b, a);
    default: {
      const never: never = b;
      return never;
    }
  }
}

type ConstIndexElem = ProjectionElem & { kind: 'constantIndex' | 'subslice' };

/**
 * Slice-pattern projections (rustc's `place_projection_conflict`): constant indices from the same
 * end overlap only when equal; from opposite ends, when the pattern's minimum length lets them
 * meet; an index against a subslice when it falls inside it.
 */
function constantIndexOverlap(x: ConstIndexElem, y: ConstIndexElem): Overlap {
  if (x.kind === 'constantIndex' && y.kind === 'constantIndex') {
    if (x.fromEnd === y.fromEnd) return x.offset === y.offset ? 'equalOrDisjoint' : 'disjoint';
    const begin = x.fromEnd ? y : x;
    const end = x.fromEnd ? x : y;
    const minLength = Math.max(x.minLength, y.minLength);
    return begin.offset >= minLength - end.offset ? 'equalOrDisjoint' : 'disjoint';
  }
  if (x.kind === 'subslice' && y.kind === 'subslice') {
    if (x.fromEnd || y.fromEnd) return 'equalOrDisjoint';
    return y.from >= x.to || x.from >= y.to ? 'disjoint' : 'equalOrDisjoint';
  }
  const ci = (x.kind === 'constantIndex' ? x : y) as ProjectionElem & { kind: 'constantIndex' };
  const ss = (x.kind === 'subslice' ? x : y) as ProjectionElem & { kind: 'subslice' };
  if (!ci.fromEnd && !ss.fromEnd) return ci.offset >= ss.from && ci.offset < ss.to ? 'equalOrDisjoint' : 'disjoint';
  if (!ci.fromEnd) return ci.offset >= ss.from ? 'equalOrDisjoint' : 'disjoint';
  if (ss.fromEnd) return ci.offset > ss.to ? 'equalOrDisjoint' : 'disjoint';
  // A constant index from the end of an array never occurs (array indices count from the start).
  return 'equalOrDisjoint';
}
