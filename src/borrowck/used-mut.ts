import type { Body, Operand, Place } from '../mir/mir.js';
import type { TypeContext } from '../types/context.js';
import { placeTyOfProjectionBase } from '../dataflow/move-paths.js';
import { isUserVariable } from './check.js';
import { upvarFieldOf } from './mutability.js';

/**
 * The `unused_mut` lint's facts (rustc's `gather_used_muts` and `lint_unused_mut`): given the
 * locals and upvars the walk found mutated (`usedMut`, `usedMutUpvars`, both completed here) and
 * the upvars each child closure mutated, the `mut` user variables and arguments no mutation needed.
 */
export function unusedMutLocals(body: Body, tcx: TypeContext, usedMut: Set<number>, usedMutUpvars: Set<number>, childUpvars: ReadonlyMap<number, readonly number[]>): number[] {
  propagateClosureUpvars(body, tcx, usedMut, usedMutUpvars, childUpvars);
  propagateTemporaries(body, usedMut);
  // A `mut` variable never assigned is left to the unused-variable lints, as in rustc.
  const assigned = new Set<number>();
  for (const block of body.blocks) {
    for (const st of block.statements) if (st.kind.kind === 'assign') assigned.add(st.kind.place.local);
    const t = block.terminator.kind;
    if (t.kind === 'call') assigned.add(t.destination.local);
  }
  const out: number[] = [];
  for (let l = 1; l < body.locals.length; l++) {
    const d = body.locals[l]!;
    if (!d.mutable || d.name === null || d.name.startsWith('_') || d.bindingMode !== 'value') continue;
    const isArg = l <= body.argCount;
    if (!isArg && !isUserVariable(body, l)) continue;
    if (!isArg && !assigned.has(l)) continue;
    if (!usedMut.has(l)) out.push(l);
  }
  return out;
}

/**
 * rustc's `propagate_closure_used_mut_upvar`: an upvar a closure mutated in place makes the
 * captured place's root `mut` used, unless the place is reached through a `&mut` (then the
 * reference, not the variable, is what is mutated) or is itself an upvar of this body.
 */
function propagateClosureUpvars(body: Body, tcx: TypeContext, usedMut: Set<number>, usedMutUpvars: Set<number>, childUpvars: ReadonlyMap<number, readonly number[]>): void {
  const propagatePlace = (place: Place): void => {
    const whole = upvarFieldOf(body, place, place.projection.length);
    if (whole !== null) {
      usedMutUpvars.add(whole);
      return;
    }
    for (let i = place.projection.length - 1; i >= 0; i--) {
      if (place.projection[i]!.kind === 'deref') {
        const base = placeTyOfProjectionBase(body, tcx, place, i);
        if (base.kind === 'ref' && base.mut) return;
      }
      const field = upvarFieldOf(body, place, i);
      if (field !== null) {
        usedMutUpvars.add(field);
        return;
      }
    }
    usedMut.add(place.local);
  };
  const propagate = (op: Operand): void => {
    if (op.kind === 'const') return;
    const place = op.place;
    if (place.projection.length > 0 || isUserVariable(body, place.local)) {
      propagatePlace(place);
      return;
    }
    const ty = body.locals[place.local]!.ty;
    // A `&mut` capture: the borrow that made it already counted as a mutation.
    if ((ty.kind === 'ref' || ty.kind === 'ptr') && ty.mut) return;
    // A by-value capture copied out of a place (a `move` closure inside a closure): the source.
    for (const block of body.blocks) {
      for (const st of block.statements) {
        const k = st.kind;
        if (k.kind !== 'assign' || k.place.local !== place.local || k.place.projection.length !== 0) continue;
        if (k.rvalue.kind === 'ref') propagatePlace(k.rvalue.place);
        else if (k.rvalue.kind === 'use' && k.rvalue.operand.kind === 'copy') propagatePlace(k.rvalue.operand.place);
        return;
      }
    }
  };
  for (const block of body.blocks) {
    for (const st of block.statements) {
      const k = st.kind;
      if (k.kind !== 'assign' || k.rvalue.kind !== 'aggregate' || k.rvalue.aggregate.kind !== 'closure') continue;
      const fields = childUpvars.get(k.rvalue.aggregate.node);
      if (fields === undefined) continue;
      for (const f of fields) {
        const op = k.rvalue.operands[f];
        if (op !== undefined) propagate(op);
      }
    }
  }
}

/**
 * rustc's `GatherUsedMutsVisitor`: a temporary that was mutated (`{a}.push(1)` mutates a
 * temporary moved out of `a`) makes the variables moved into it at its assignment used.
 */
function propagateTemporaries(body: Body, usedMut: Set<number>): void {
  const temps = new Set([...usedMut].filter((l) => !isUserVariable(body, l)));
  if (temps.size === 0) return;
  const movedWhole = (ops: readonly Operand[]): void => {
    for (const op of ops) if (op.kind === 'move' && op.place.projection.length === 0) usedMut.add(op.place.local);
  };
  for (const block of body.blocks) {
    for (const st of block.statements) {
      const k = st.kind;
      if (k.kind !== 'assign' || k.place.projection.length !== 0 || !temps.has(k.place.local)) continue;
      const r = k.rvalue;
      switch (r.kind) {
        case 'use': case 'repeat': case 'cast': case 'unary': movedWhole([r.operand]); break;
        case 'binary': case 'checkedBinary': movedWhole([r.lhs, r.rhs]); break;
        case 'aggregate': movedWhole(r.operands); break;
        case 'ref': case 'rawPtr': case 'len': case 'discriminant': case 'copyForDeref': break;
        default: { const never: never = r; return never; }
      }
    }
    const t = block.terminator.kind;
    if (t.kind === 'call' && t.destination.projection.length === 0 && temps.has(t.destination.local)) movedWhole([t.func, ...t.args]);
  }
}
