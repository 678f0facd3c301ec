import { placeTyOfProjectionBase } from '../dataflow/move-paths.js';
import type { Body, Place } from '../mir/mir.js';
import type { Span } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';

/**
 * A reference borrowed inside a closure body through the closure's environment (rustc's
 * reborrow constraints reach the environment reference: a path of `&mut` derefs up to `*_1`)
 * and stored into a captured variable (`|| a = &mut *a`) escapes the closure: rustc reports
 * E0521 or "captured variable cannot escape `FnMut` closure body" from region constraints on
 * the environment, which this checker does not model for closure bodies. Such a body is
 * `unsupported` rather than accepted. So is a borrow of the body's own local stored into a
 * captured variable (rustc: E0521 or E0597), which outlives the call.
 */
export function closureEscapes(body: Body, tcx: TypeContext): { span: Span; what: string }[] {
  if (body.closure === null) return [];
  // An FnOnce closure owns its environment (`_1.i`): only the reborrow check applies to it.
  const once = body.closure.kind === 'FnOnce';
  const throughEnv = new Set<number>();
  // Temporaries holding such a borrow, and reborrows of them (`_2 = &mut *(*_1).0; _3 = &mut *_2`).
  for (let round = 0; round < 3; round++) {
    for (const b of body.blocks) for (const st of b.statements) {
      const k = st.kind;
      if (k.kind === 'assign' && k.rvalue.kind === 'ref' && k.place.projection.length === 0 && reachesEnv(body, tcx, k.rvalue.place, throughEnv)) throughEnv.add(k.place.local);
    }
  }
  // Borrows of the body's own locals (`&tmp`, no dereference): they die when the call returns.
  const ofBodyLocal = new Set<number>();
  for (let round = 0; round < 3; round++) {
    for (const b of body.blocks) for (const st of b.statements) {
      const k = st.kind;
      if (k.kind !== 'assign' || k.place.projection.length !== 0 || k.place.local === 1) continue;
      const r = k.rvalue;
      if (r.kind === 'ref' && r.place.local !== 1 && !r.place.projection.some((e) => e.kind === 'deref')) ofBodyLocal.add(k.place.local);
      else if (r.kind === 'ref' && reborrowOf(r.place, ofBodyLocal)) ofBodyLocal.add(k.place.local);
      else if (r.kind === 'use' && r.operand.kind !== 'const' && r.operand.place.projection.length === 0 && ofBodyLocal.has(r.operand.place.local)) ofBodyLocal.add(k.place.local);
    }
  }
  for (const b of body.blocks) for (const st of b.statements) {
    if (once) break;
    const k = st.kind;
    if (k.kind !== 'assign' || k.place.local !== 1 || k.place.projection.length === 0) continue;
    const r = k.rvalue;
    const local = (r.kind === 'ref' && r.place.local !== 1 && !r.place.projection.some((e) => e.kind === 'deref'))
      || (r.kind === 'ref' && reborrowOf(r.place, ofBodyLocal))
      || (r.kind === 'use' && r.operand.kind !== 'const' && r.operand.place.projection.length === 0 && ofBodyLocal.has(r.operand.place.local));
    if (local) return [{ span: st.span, what: 'a borrow of a closure body\'s local stored into a captured variable (region errors of closure bodies are not modelled)' }];
  }
  for (const b of body.blocks) for (const st of b.statements) {
    const k = st.kind;
    if (k.kind !== 'assign' || k.place.local !== 1 || k.place.projection.length === 0) continue;
    const r = k.rvalue;
    const escapes = r.kind === 'ref' ? reachesEnv(body, tcx, r.place, throughEnv)
      : r.kind === 'use' && r.operand.kind !== 'const' && (
        (r.operand.place.projection.length === 0 && throughEnv.has(r.operand.place.local))
        // `a = a` with a captured `&mut`: the move is an implicit reborrow through the environment.
        || (r.operand.place.local === 1 && isMutRef(body, tcx, r.operand.place) && reachesEnv(body, tcx, { local: 1, projection: [...r.operand.place.projection, { kind: 'deref' }] }, throughEnv)));
    if (escapes) return [{ span: st.span, what: 'a reference reborrowed through a closure\'s environment stored into a captured variable (region errors of closure bodies are not modelled)' }];
  }
  return [];
}

/** Whether a borrow of `place` is bounded by the environment reference: every deref from the last to `*_1` is of a `&mut`. */
function reachesEnv(body: Body, tcx: TypeContext, place: Place, throughEnv: ReadonlySet<number>): boolean {
  if (place.local !== 1 && !throughEnv.has(place.local)) return false;
  for (let i = place.projection.length - 1; i >= 0; i--) {
    if (place.projection[i]!.kind !== 'deref') continue;
    const base = placeTyOfProjectionBase(body, tcx, place, i);
    if (i === 0) return place.local === 1 || (base.kind === 'ref' && base.mut);
    // `*(_1.i)` in an FnOnce closure: `_1.i` is a by-reference capture, the environment's edge.
    if (i === 1 && place.local === 1 && place.projection[0]!.kind === 'field') return base.kind === 'ref' && base.mut;
    if (base.kind === 'ref' && !base.mut) return false;
    if (base.kind === 'ptr') return false;
  }
  return false;
}

function isMutRef(body: Body, tcx: TypeContext, place: Place): boolean {
  const t = placeTyOfProjectionBase(body, tcx, place, place.projection.length);
  return t.kind === 'ref' && t.mut;
}

/** `*t` for a `t` among `locals`: a reborrow of what `t` points to (a coercion's `&*t`). */
function reborrowOf(place: Place, locals: ReadonlySet<number>): boolean {
  return locals.has(place.local) && place.projection.length === 1 && place.projection[0]!.kind === 'deref';
}
