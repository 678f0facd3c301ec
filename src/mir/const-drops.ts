import type { TypeContext } from '../types/context.js';
import type { Diagnostic } from '../util/diagnostic.js';
import type { Body, Operand, Rvalue } from './mir.js';

/**
 * rustc's live-drop check of const contexts (E0493): in a const or static initialiser, or a
 * `const fn`, a value whose type has drop glue may not be dropped while it still holds a value
 * (`let s = String::new();` at the end of a const block, `[String::new(); 0]`, a `String`
 * parameter of a const fn). Which locals hold such a value is rustc's `NeedsNonConstDrop`
 * qualif: set by a call's result, an argument or an aggregate holding one, cleared only when
 * the whole local is moved out (moving its fields out one by one leaves it set, as in rustc).
 */
export function constDropErrors(body: Body, tcx: TypeContext): Diagnostic[] {
  const kind = tcx.defKind(body.def);
  const context = kind === 'static' ? 'statics' : kind === 'const' || kind === 'assocConst' ? 'constants' : tcx.isConstFn?.(body.def) === true ? 'constant functions' : null;
  if (context === null || body.closure !== null) return [];
  const n = body.locals.length;
  const needsDrop = body.locals.map((d) => tcx.needsDrop(d.ty));
  // Forward dataflow: the locals that may hold a value needing drop on entry to each block.
  const entry: (Uint8Array | null)[] = body.blocks.map(() => null);
  const start = new Uint8Array(n);
  for (let a = 1; a <= body.argCount; a++) if (needsDrop[a]) start[a] = 1;
  entry[0] = start;
  const errors: Diagnostic[] = [];
  const reported = new Set<number>();
  const qualifOf = (o: Operand, state: Uint8Array): boolean => o.kind !== 'const' && o.place.projection.length === 0 && state[o.place.local] === 1;
  const report = (local: number, state: Uint8Array): void => {
    if (state[local] !== 1 || !needsDrop[local] || reported.has(local)) return;
    reported.add(local);
    const d = body.locals[local]!;
    errors.push({
      level: 'error', code: 'E0493', message: `destructor of \`${tcx.displayTy(d.ty)}\` cannot be evaluated at compile-time`,
      spans: [{ span: d.span, label: `the destructor for this type cannot be evaluated in ${context}`, primary: true }], children: [],
    });
  };
  const work = [0];
  const inWork = new Uint8Array(body.blocks.length);
  inWork[0] = 1;
  while (work.length > 0) {
    const b = work.pop()!;
    inWork[b] = 0;
    const state = Uint8Array.from(entry[b]!);
    const block = body.blocks[b]!;
    for (const st of block.statements) {
      const k = st.kind;
      if (k.kind === 'storageDead') state[k.local] = 0;
      if (k.kind !== 'assign') continue;
      const rv = k.rvalue;
      // `[v; 0]` drops `v` where it stands (rustc builds a drop of it and an empty array).
      if (rv.kind === 'repeat' && rv.count === 0n && rv.operand.kind === 'move' && rv.operand.place.projection.length === 0) report(rv.operand.place.local, state);
      const q = rvalueQualif(rv, state, qualifOf);
      forEachOperand(rv, (o) => { if (o.kind === 'move' && o.place.projection.length === 0) state[o.place.local] = 0; });
      const dest = k.place.local;
      if (k.place.projection.length === 0) state[dest] = q && needsDrop[dest] ? 1 : 0;
      else if (q) state[dest] = 1;
    }
    const t = block.terminator.kind;
    const succ: number[] = [];
    switch (t.kind) {
      case 'goto': succ.push(t.target); break;
      case 'switchInt': succ.push(...t.targets, t.otherwise); break;
      case 'return': case 'unreachable': case 'unwindResume': break;
      case 'drop':
        if (t.place.projection.length === 0) {
          report(t.place.local, state);
          state[t.place.local] = 0;
        }
        succ.push(t.target);
        break;
      case 'call':
        for (const a of t.args) if (a.kind === 'move' && a.place.projection.length === 0) state[a.place.local] = 0;
        if (t.destination.projection.length === 0) state[t.destination.local] = needsDrop[t.destination.local] ? 1 : 0;
        if (t.target !== null) succ.push(t.target);
        break;
      case 'assert': succ.push(t.target); break;
      case 'falseEdge': succ.push(t.real, t.imaginary); break;
      case 'falseUnwind': succ.push(t.real); break;
      default: { const never: never = t; return never; }
    }
    for (const s of succ) {
      const cur = entry[s];
      if (cur === null || cur === undefined) {
        entry[s] = Uint8Array.from(state);
      } else {
        let grew = false;
        for (let i = 0; i < n; i++) if (state[i] === 1 && cur[i] === 0) { cur[i] = 1; grew = true; }
        if (!grew) continue;
      }
      if (inWork[s] === 0) { inWork[s] = 1; work.push(s); }
    }
  }
  return errors;
}

/** Whether the value an rvalue produces may need dropping: it carries a qualifying local's value. */
function rvalueQualif(rv: Rvalue, state: Uint8Array, qualifOf: (o: Operand, s: Uint8Array) => boolean): boolean {
  switch (rv.kind) {
    case 'use': return qualifOf(rv.operand, state);
    case 'aggregate': return rv.operands.some((o) => qualifOf(o, state));
    case 'repeat': return rv.count > 0n && qualifOf(rv.operand, state);
    case 'cast': return qualifOf(rv.operand, state);
    default: return false;
  }
}

function forEachOperand(rv: Rvalue, f: (o: Operand) => void): void {
  switch (rv.kind) {
    case 'use': case 'repeat': case 'cast': f(rv.operand); return;
    case 'aggregate': rv.operands.forEach(f); return;
    default: return;
  }
}
