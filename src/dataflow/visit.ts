import type { BorrowKind, Operand, Place, Rvalue, Statement, Terminator } from '../mir/mir.js';
import { assertNever } from '../util/assert.js';

/** How a location touches a place; liveness, move gathering and borrowck all enumerate these. */
export type PlaceUse =
  | 'copy'
  | 'move'
  /** Reads only the place's shallow contents: discriminant, len, fake reads. */
  | 'inspect'
  /** `Len(place)`: reads only the length, which no borrow of an element can change. */
  | 'len'
  | 'borrow'
  | 'rawBorrow'
  /** Assignment destination (or call destination). */
  | 'store'
  | 'callDest'
  | 'setDiscriminant'
  | 'drop'
  | 'storageLive'
  | 'storageDead'
  /** `let _ = x;`: not a use. */
  | 'mention';

export type PlaceVisitor = (place: Place, use: PlaceUse, borrow: BorrowKind | null) => void;

const LOCAL_PLACES: Place[] = [];
/** A projection-free place for a local, shared per local. */
export function localPlace(local: number): Place {
  let p = LOCAL_PLACES[local];
  if (p === undefined) { p = { local, projection: [] }; LOCAL_PLACES[local] = p; }
  return p;
}

function visitIndexLocals(place: Place, v: PlaceVisitor): void {
  for (const e of place.projection) if (e.kind === 'index') v(localPlace(e.local), 'copy', null);
}

export function visitOperand(op: Operand, v: PlaceVisitor): void {
  switch (op.kind) {
    case 'copy': visitIndexLocals(op.place, v); v(op.place, 'copy', null); return;
    case 'move': visitIndexLocals(op.place, v); v(op.place, 'move', null); return;
    case 'const': return;
    default: return assertNever(op);
  }
}

export function visitRvalue(rv: Rvalue, v: PlaceVisitor): void {
  switch (rv.kind) {
    case 'use':
    case 'repeat':
    case 'cast':
    case 'unary':
      visitOperand(rv.operand, v); return;
    case 'binary':
    case 'checkedBinary':
      visitOperand(rv.lhs, v); visitOperand(rv.rhs, v); return;
    case 'ref': visitIndexLocals(rv.place, v); v(rv.place, 'borrow', rv.borrow); return;
    // `&raw mut p` is checked as a mutable borrow (without a loan), `&raw const p` as a shared one.
    case 'rawPtr': visitIndexLocals(rv.place, v); v(rv.place, 'rawBorrow', rv.mut ? 'mut' : null); return;
    case 'len': visitIndexLocals(rv.place, v); v(rv.place, 'len', null); return;
    case 'discriminant':
      visitIndexLocals(rv.place, v); v(rv.place, 'inspect', null); return;
    case 'copyForDeref': visitIndexLocals(rv.place, v); v(rv.place, 'copy', null); return;
    case 'aggregate': for (const o of rv.operands) visitOperand(o, v); return;
    default: return assertNever(rv);
  }
}

/** Uses in evaluation order: the rvalue's operands before the destination is written. */
export function visitStatement(stmt: Statement, v: PlaceVisitor): void {
  const k = stmt.kind;
  switch (k.kind) {
    case 'assign':
      visitRvalue(k.rvalue, v);
      visitIndexLocals(k.place, v);
      v(k.place, 'store', null);
      return;
    case 'fakeRead': visitIndexLocals(k.place, v); v(k.place, 'inspect', null); return;
    case 'setDiscriminant': v(k.place, 'setDiscriminant', null); return;
    case 'storageLive': v(localPlace(k.local), 'storageLive', null); return;
    case 'storageDead': v(localPlace(k.local), 'storageDead', null); return;
    case 'placeMention': v(k.place, 'mention', null); return;
    case 'nop': return;
    default: return assertNever(k);
  }
}

export function visitTerminator(term: Terminator, v: PlaceVisitor): void {
  const t = term.kind;
  switch (t.kind) {
    case 'goto':
    case 'return':
    case 'unreachable':
    case 'unwindResume':
    case 'falseEdge':
    case 'falseUnwind':
      return;
    case 'switchInt': visitOperand(t.discr, v); return;
    case 'drop': visitIndexLocals(t.place, v); v(t.place, 'drop', null); return;
    case 'call':
      visitOperand(t.func, v);
      for (const a of t.args) visitOperand(a, v);
      visitIndexLocals(t.destination, v);
      v(t.destination, 'callDest', null);
      return;
    case 'assert':
      visitOperand(t.cond, v);
      return;
    default: return assertNever(t);
  }
}
