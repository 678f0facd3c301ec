import { lookupPlace, type MoveData } from '../dataflow/move-paths.js';
import type { Body, Location, Operand, Place } from '../mir/mir.js';
import type { Span } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import type { Ty } from '../types/ty.js';
import { spanAt } from './check.js';
import type { BorrowckError, MoveOrigin } from './facts.js';

/** E0507/E0508/E0509: moves out of places that cannot be moved out of, one error per span. */
export function illegalMoveErrors(body: Body, tcx: TypeContext, md: MoveData, origin: (loc: Location, place: Place) => MoveOrigin): BorrowckError[] {
  const out: BorrowckError[] = [];
  const seen = new Set<string>();
  const byScrutinee = new Map<string, { span: Span; local: number }[]>();
  void tcx;
  for (const im of md.illegalMoves) {
    let span = spanAt(body, im.location);
    let bindings: { span: Span; local: number }[] = [];
    let fromPlace = false;
    let groupKey: string | null = null;
    const bound = bindingTarget(body, im.location);
    const site = bound === null ? undefined : body.locals[bound]!.matchSite;
    if (bound !== null && site !== undefined) {
      // rustc's `append_binding_error`: the moves into the bindings of one match are one error at
      // the matched expression; when the matched place has no move path of its own, one for the
      // whole match, else one per closest moved-from path.
      fromPlace = !lookupPlace(md, site.place).exact;
      const spanKey = `${site.span.lo}:${site.span.hi}`;
      groupKey = fromPlace ? spanKey : `${spanKey}/${lookupPlace(md, im.place).path}`;
      const group = byScrutinee.get(groupKey);
      const entry = { span: body.locals[bound]!.span, local: bound };
      if (group !== undefined) { group.push(entry); continue; }
      bindings = [entry];
      byScrutinee.set(groupKey, bindings);
      span = site.span;
    }
    const key = groupKey ?? `${span.lo}:${span.hi}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let o: MoveOrigin = { kind: 'plain' };
    if (im.error.kind === 'borrowedContent') o = overloadedOrigin(body, im.error.derefBase) ?? origin(im.location, im.place);
    else o = origin(im.location, im.place);
    out.push({ kind: 'illegalMove', span, place: im.place, location: im.location, error: im.error, origin: o, bindings, fromPlace });
  }
  return out;
}

/** The user binding a statement `x = move P` initialises, if it is one. */
function bindingTarget(body: Body, loc: Location): number | null {
  const block = body.blocks[loc.block]!;
  const st = block.statements[loc.index];
  if (st === undefined || st.kind.kind !== 'assign' || st.kind.place.projection.length !== 0) return null;
  const d = body.locals[st.kind.place.local]!;
  return d.kind === 'user' && d.binding !== null && d.simpleLet !== true ? st.kind.place.local : null;
}

function sameOperandPlace(op: Operand | undefined, place: Place): boolean {
  if (op === undefined || op.kind === 'const') return false;
  const p = op.place;
  if (p.local !== place.local || p.projection.length !== place.projection.length) return false;
  return p.projection.every((e, i) => {
    const f = place.projection[i]!;
    return e.kind === f.kind && (e.kind !== 'field' || (f.kind === 'field' && e.index === f.index));
  });
}

/** `*_t` where `_t = Index::index(..)` or `Deref::deref(..)`: the overloaded operator and the type it was applied to. */
function overloadedOrigin(body: Body, derefBase: Place): MoveOrigin | null {
  if (derefBase.projection.length !== 0) return null;
  const t = derefBase.local;
  if (body.locals[t]!.kind !== 'temp') return null;
  for (const block of body.blocks) {
    const k = block.terminator.kind;
    if (k.kind !== 'call' || k.destination.local !== t || k.destination.projection.length !== 0) continue;
    if (k.func.kind !== 'const' || k.func.value.kind !== 'fn') return null;
    const fnTy = k.func.ty;
    void fnTy;
    const name = calleeName(body, k.func);
    const arg0 = k.args[0];
    const argTy = arg0 === undefined || arg0.kind === 'const' ? null : placeTyLocal(body, arg0.place);
    const baseTy: Ty | null = argTy !== null && argTy.kind === 'ref' ? argTy.inner : argTy;
    if (baseTy === null) return null;
    if (name === 'index' || name === 'index_mut') return { kind: 'overloaded', op: 'index', baseTy };
    if (name === 'deref' || name === 'deref_mut') return { kind: 'overloaded', op: 'deref', baseTy };
    return null;
  }
  return null;
}

let calleeNameOf: ((def: number) => string) | null = null;
function calleeName(_body: Body, func: Operand): string {
  if (func.kind !== 'const' || func.value.kind !== 'fn' || calleeNameOf === null) return '';
  const path = calleeNameOf(func.value.def);
  const i = path.lastIndexOf('::');
  return i >= 0 ? path.slice(i + 2) : path;
}

function placeTyLocal(body: Body, p: Place): Ty | null {
  return p.projection.length === 0 ? body.locals[p.local]!.ty : null;
}

/** What consumed a value at a move site. */
export function moveOriginFinder(body: Body, tcx: TypeContext): (loc: Location, place: Place) => MoveOrigin {
  calleeNameOf = (def) => tcx.defPath(def);
  return (loc, place) => {
    const block = body.blocks[loc.block]!;
    const k = block.terminator.kind;
    if (loc.index < block.statements.length) {
      const st = block.statements[loc.index]!.kind;
      if (st.kind === 'assign' && st.rvalue.kind === 'aggregate' && st.rvalue.aggregate.kind === 'closure') return { kind: 'closureCapture' };
      // `_tmp = move x; f(move _tmp)`: as rustc's `find_self_call`, a move into the temporary that
      // is the receiver of the block's method call is a move by that call.
      if (st.kind === 'assign' && st.place.projection.length === 0 && k.kind === 'call' && k.func.kind === 'const' && k.func.value.kind === 'fn') {
        const tmp: Place = { local: st.place.local, projection: [] };
        if (sameOperandPlace(k.args[0], tmp)) {
          if (calleeName(body, k.func) === 'into_iter' && k.source === 'desugaring') return { kind: 'intoIter', fnSpan: k.fnSpan };
          if (k.source === 'methodCall') return { kind: 'methodCall', fnDef: k.func.value.def, fnSpan: k.fnSpan };
        }
      }
      return { kind: 'plain' };
    }
    if (k.kind === 'call' && k.func.kind === 'const' && k.func.value.kind === 'fn') {
      const name = calleeName(body, k.func);
      if (name === 'into_iter' && k.source !== 'normal' && sameOperandPlace(k.args[0], place)) return { kind: 'intoIter', fnSpan: k.fnSpan };
      if (k.source === 'methodCall' && sameOperandPlace(k.args[0], place)) return { kind: 'methodCall', fnDef: k.func.value.def, fnSpan: k.fnSpan };
    }
    return { kind: 'plain' };
  };
}
