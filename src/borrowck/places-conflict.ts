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
    case 'subslice': {
      if (a.kind !== 'index' && a.kind !== 'constantIndex' && a.kind !== 'subslice') return 'arbitrary';
      if (b.kind === 'constantIndex' && a.kind === 'constantIndex') {
        if (b.fromEnd === a.fromEnd) return b.offset === a.offset ? 'equalOrDisjoint' : 'disjoint';
        return 'equalOrDisjoint';
      }
      if (b.kind === 'index' || a.kind === 'index') return bias === 'overlap' ? 'equalOrDisjoint' : 'disjoint';
      return 'equalOrDisjoint';
    }
    default: {
      const never: never = b;
      return never;
    }
  }
}
