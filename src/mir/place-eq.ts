import { assertNever } from '../util/assert.js';
import type { Place, ProjectionElem } from './mir.js';

/** Do two projection elements select the same part (same field, index local, variant, …)? */
export function sameElem(a: ProjectionElem, b: ProjectionElem): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'deref': return true;
    case 'field': return a.index === (b as typeof a).index;
    case 'index': return a.local === (b as typeof a).local;
    case 'constantIndex': { const c = b as typeof a; return a.offset === c.offset && a.minLength === c.minLength && a.fromEnd === c.fromEnd; }
    case 'subslice': { const c = b as typeof a; return a.from === c.from && a.to === c.to && a.fromEnd === c.fromEnd; }
    case 'downcast': return a.variant === (b as typeof a).variant;
    default: return assertNever(a);
  }
}

/** The same place: same local and element-wise the same projection. */
export function samePlace(a: Place, b: Place): boolean {
  if (a.local !== b.local || a.projection.length !== b.projection.length) return false;
  for (let i = 0; i < a.projection.length; i++) if (!sameElem(a.projection[i]!, b.projection[i]!)) return false;
  return true;
}
