import type { Item } from '../../syntax/ast.js';
import type { CheckedBody, Program } from '../../types/program.js';
import { ERROR } from '../../types/ty.js';
import { type Diagnostic, unsupported } from '../../util/diagnostic.js';
import type { Body } from '../mir.js';
import { constCallErrors } from '../const-check.js';
import { constDropErrors } from '../const-drops.js';
import { constEvalErrors } from '../const-eval.js';
import { type BuildShared, newBuilder, Unsupported } from './builder.js';
import { lowerBodyInto } from './body.js';
import { astTy } from './thir.js';
import { eraseRegions } from './ty-util.js';

export interface MirBuildResult {
  readonly bodies: Body[];
  /** `unsupported` diagnostics for bodies that could not be lowered (they are not borrow-checked, and say so). */
  readonly diagnostics: Diagnostic[];
}

/**
 * Lowers every body that type-checked (fns, methods, consts and statics; closures become
 * children of their enclosing body) to MIR as borrowck sees it. A body with a construct the
 * builder cannot lower faithfully is left out and reported as `unsupported`.
 */
export function buildMir(program: Program, others: readonly CheckedBody[] = []): MirBuildResult {
  const bodies: Body[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const cb of program.bodies) {
    if (cb.tainted) continue;
    try {
      const body = buildBody(program, cb, diagnostics);
      if (body !== null) {
        bodies.push(body);
        diagnostics.push(...constCallErrors(body, program.tcx), ...constDropErrors(body, program.tcx));
      }
    } catch (err) {
      if (err instanceof Unsupported) diagnostics.push(unsupported(err.span, err.what));
      // A failure of our own is a crash, counted as one (never dressed as `unsupported`).
      else diagnostics.push({ level: 'error', code: null, message: `internal: MIR building failed: ${err instanceof Error ? err.message : String(err)}`, spans: [{ span: cb.item.span, label: null, primary: true }], children: [] });
    }
  }
  // Const and static initialisers are evaluated (E0080) with the MIR of the const fns they call.
  const byDef = new Map<number, Body>();
  for (const b of bodies) if (b.closure === null) byDef.set(b.def, b);
  // `others`: bodies not being built now (an incremental check builds one at a time) whose MIR an evaluation may need.
  const lazily = (def: number): Body | null => {
    const cb = others.find((o) => o.def === def && !o.tainted);
    if (cb === undefined) return null;
    try {
      const built = buildBody(program, cb, []);
      if (built !== null) byDef.set(def, built);
      return built;
    } catch {
      return null;
    }
  };
  const inputs = { tcx: program.tcx, text: program.file.text, bodyOf: (def: number): Body | null => byDef.get(def) ?? lazily(def) };
  for (const b of bodies) diagnostics.push(...constEvalErrors(b, inputs));
  return { bodies, diagnostics };
}

function buildBody(program: Program, cb: CheckedBody, diagnostics: Diagnostic[]): Body | null {
  const tcx = program.tcx;
  const shared: BuildShared = { tcx, types: cb.types, diagnostics, closureCount: 0 };
  const name = tcx.defPath(cb.def);
  const b = newBuilder(shared, name, null);
  const item: Item = cb.item;
  if (item.kind === 'fn') {
    if (item.body === null) return null;
    const sig = tcx.fnSig(cb.def).sig;
    const sp = item.sig.selfParam;
    const offset = sp === null ? 0 : 1;
    const params = item.sig.params.map((p, i) => {
      const t = sig.inputs[i + offset] ?? cb.types.patTypes[p.pat.id];
      return { pat: p.pat, ty: t === undefined ? ERROR : eraseRegions(t) };
    });
    // In `&mut self` the `mut` is the reference's: the binding itself is not mutable.
    const selfParam = sp === null ? null : { id: sp.id, ty: eraseRegions(sig.inputs[0] ?? ERROR), mut: sp.kind !== 'ref' && sp.mut, span: sp.span };
    return lowerBodyInto(b, { def: cb.def, name, span: item.span, returnTy: eraseRegions(sig.output), envTy: null, selfParam, params, body: item.body, closure: null });
  }
  const init = cb.init;
  if (init === null) return null;
  return lowerBodyInto(b, { def: cb.def, name, span: item.span, returnTy: astTy(b, init), envTy: null, selfParam: null, params: [], body: init, closure: null });
}
