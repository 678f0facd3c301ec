import type { Expr, Item } from '../../syntax/ast.js';
import type { Diagnostic } from '../../util/diagnostic.js';
import { unsupported } from '../../util/diagnostic.js';
import { defaultVars, newInfer, resolveTy, unify } from '../infer.js';
import { msg } from '../messages.js';
import type { Adjustment, BodyTypes, MethodCallee } from '../results.js';
import type { Predicate, Tcx } from '../tcx.js';
import { solve } from '../traits.js';
import type { DefId, Ty } from '../ty.js';
import { ERASED, ERROR, UNIT } from '../ty.js';
import { eraseTy, foldTy, someTy, substTy, substTypesOnly } from '../ty-ops.js';
import { analyzeClosure } from './captures.js';
import { checkTransmute } from './transmute.js';
import { checkClosureFnBounds } from './closure-kind.js';
import type { Fcx, Tables } from './fcx.js';
import { err, fresh, normalize, normalizePred, register, reportRefutedAtEnd, res, selectWherePossible, solveCx, unsafetyErr } from './fcx.js';
import { checkBlock, checkCoerce, markMutPlace } from './expr.js';
import { checkPatterns } from './exhaustive.js';
import { checkPat, declare } from './pat.js';
import { checkCast, checkLiteralRange } from './casts.js';
import { debugStack } from '../../util/debug.js';
import { normalizedEnv } from '../traits.js';

export interface BodyResult {
  readonly types: BodyTypes;
  readonly tainted: boolean;
  readonly diagnostics: Diagnostic[];
}

function emptyTables(): Tables {
  return { exprTypes: [], adjustments: [], patTypes: [], patAdjustments: [], bindingModes: [], bindingTypes: [], resolutions: [], methodCallees: [], fieldIndices: [], closures: [], desugarCallees: [] };
}

/** Outside a trait `Self` is a type; in one it is sized only by a `Self: Sized` clause or supertrait. */
function selfIsSized(tcx: Tcx, def: DefId, env: readonly Predicate[]): boolean {
  const parent = tcx.defParent(def);
  if (parent === null || tcx.defKind(parent) !== 'trait') return true;
  const sized = tcx.lang('Sized');
  if (sized < 0) return true;
  const isSelf = (t: Ty): boolean => t.kind === 'param' && t.name === 'Self';
  const seen = new Set<DefId>();
  const stack = env.filter((p) => isSelf(p.self)).map((p) => p.trait);
  stack.push(parent);
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t === sized) return true;
    if (seen.has(t)) continue;
    seen.add(t);
    for (const sp of tcx.superPredicates(t)) stack.push(sp.trait);
  }
  return false;
}

/** Type checks one fn body (or const/static initialiser) with its closures. */
export function checkBody(tcx: Tcx, def: DefId, item: Item, init: Expr | null, module: DefId): BodyResult {
  const icx = newInfer();
  const fcx: Fcx = {
    tcx,
    icx,
    owner: def,
    env: normalizedEnv(tcx, def),
    t: emptyTables(),
    diags: [],
    tainted: false,
    scopes: [new Map()],
    modules: [module],
    blockScopes: new Map(),
    rets: [],
    loops: [[]],
    obligations: [],
    projections: [],
    closureStack: [],
    closureExprs: [],
    bindingDepth: new Map(),
    bindingMut: new Map(),
    bindingNames: new Map(),
    bindingSpans: new Map(),
    bindingClosure: new Map(),
    unsafeDepth: 0,
    unionReads: new Map(),
    lowerEnv: {
      ...tcx.lowerEnvFor(def),
      // Types written in a block that declares items resolve in that block's scope.
      get module(): DefId {
        return fcx.modules[fcx.modules.length - 1]!;
      },
      regionMode: 'erase',
      infer: () => fresh(fcx),
      elided: () => ERASED,
    },
    pendingCalls: [],
    closureKinds: new Map(),
    closureUpvars: new Map(),
    closureToFnPtr: [],
    casts: [],
    numLits: [],
    negLit: null,
    calleeId: null,
    assigneeWildcards: new Set(),
    closuresMentioningUpvars: new Set(),
    deferredSend: [],
    sendObligations: [],
    transmutes: [],
    closureFnBounds: [],
    argSite: null,
    closureExpected: new Map(),
    closureSigTemplates: new Map(),
    opaqueReturn: null,
    bindingTypeSpans: new Map(),
  };
  try {
    if (item.kind === 'fn' && item.body) {
      const sig = tcx.fnSig(def).sig;
      if (item.sig.qualifiers.unsafe) fcx.unsafeDepth++;
      const inputs = sig.inputs.map((t) => normalize(fcx, eraseTy(t)));
      let output = normalize(fcx, eraseTy(sig.output));
      // `impl Trait` return: the body's type is inferred, the opaque stays opaque to callers.
      const opaqueVars: Ty[] = [];
      if (output.kind === 'opaque' || containsOpaque(output))
        output = foldTy(output, {
          ty: (x) => {
            if (x.kind !== 'opaque') return undefined;
            const v = fresh(fcx);
            opaqueVars.push(v);
            for (const p of tcx.opaqueBounds(x.def, x.index)) {
              const sub = (t: Ty): Ty => foldTy(t, { ty: (y) => (y.kind === 'opaque' && y.index === x.index ? v : undefined) });
              register(fcx, normalizePred(fcx, { self: v, trait: p.trait, args: p.args.map(sub), bindings: p.bindings.map((b) => ({ name: b.name, ty: sub(b.ty) })) }), item.sig.ret?.span ?? item.sig.span);
            }
            return v;
          },
        });
      fcx.rets.push(output);
      if (opaqueVars.length > 0 && item.sig.ret) fcx.opaqueReturn = { vars: opaqueVars, name: item.name.span, ret: item.sig.ret.span };
      let i = 0;
      if (item.sig.selfParam) {
        const sp = item.sig.selfParam;
        fcx.t.bindingTypes[sp.id] = inputs[0]!;
        fcx.t.bindingModes[sp.id] = 'move';
        declare(fcx, 'self', sp.id, sp.mut);
        i = 1;
      }
      for (const p of item.sig.params) {
        checkPat(fcx, p.pat, inputs[i++] ?? ERROR);
        if (p.pat.kind === 'ident') fcx.bindingTypeSpans.set(p.pat.id, p.ty.span);
      }
      for (const p of item.sig.params) {
        const pt = tcx.lowerTy({ ...fcx.lowerEnv, report: false }, p.ty);
        if (pt.kind === 'str' || pt.kind === 'slice' || pt.kind === 'dyn')
          err(fcx, { level: 'error', code: 'E0277', message: `the size for values of type \`${pt.kind === 'dyn' ? '(' + tcx.displayTy(pt) + " + 'static)" : tcx.displayTy(pt)}\` cannot be known at compilation time`, spans: [{ span: p.pat.span, label: "doesn't have a size known at compile-time", primary: true }], children: [] });
      }
      // `self` by value in a trait's provided method needs `Self: Sized`, which a trait's `Self` lacks by default.
      if (item.sig.selfParam?.kind === 'value' && !selfIsSized(tcx, def, fcx.env)) {
        err(fcx, { level: 'error', code: 'E0277', message: 'the size for values of type `Self` cannot be known at compilation time', spans: [{ span: item.sig.selfParam.span, label: "doesn't have a size known at compile-time", primary: true }], children: [] });
      }
      if (fcx.tainted) return { types: writeback(fcx), tainted: true, diagnostics: fcx.diags };
      const bt = checkBlock(fcx, item.body, output);
      if (!item.body.tail) {
        const s = res(fcx, bt);
        const o = res(fcx, output);
        if (s.kind !== 'never' && !(o.kind === 'tuple' && o.elems.length === 0) && o.kind !== 'error' && !unify(fcx.icx, o, UNIT))
          err(fcx, msg.mismatched(item.sig.ret?.span ?? item.sig.span, tcx.displayTy(o), '()'));
      }
    } else if (init) {
      const t = normalize(fcx, eraseTy(tcx.constTy(def)));
      fcx.rets.push(t);
      checkCoerce(fcx, init, t);
    }
    finish(fcx);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('invariant')) throw e;
    fcx.tainted = true;
    debugStack(e);
    fcx.diags.push({ level: 'error', code: null, message: `internal: type checking failed: ${e instanceof Error ? e.message : String(e)}`, spans: [{ span: item.span, label: null, primary: true }], children: [] });
  }
  const types = writeback(fcx);
  // rustc's pattern analysis runs on bodies that type-checked; its errors stop the body there.
  if (!fcx.tainted) {
    const root = item.kind === 'fn' ? item.body : init;
    if (root) {
      const params = item.kind === 'fn' ? item.sig.params.map((p) => ({ pat: p.pat, ty: types.bindingTypes[p.pat.id] ?? types.patTypes[p.pat.id] ?? ERROR })) : [];
      const found = checkPatterns(tcx, root, params, types);
      if (found.length > 0) {
        fcx.diags.push(...found);
        fcx.tainted = true;
      }
    }
  }
  return { types, tainted: fcx.tainted, diagnostics: fcx.diags };
}

function containsOpaque(t: Ty): boolean {
  let f = false;
  foldTy(t, { ty: (x) => (x.kind === 'opaque' ? ((f = true), x) : undefined) });
  return f;
}

function finish(fcx: Fcx): void {
  for (const span of fcx.unionReads.values()) unsafetyErr(fcx, msg.unsafeUnionField(span));
  selectWherePossible(fcx);
  defaultVars(fcx.icx);
  selectWherePossible(fcx);
  defaultVars(fcx.icx);
  for (const c of fcx.casts) checkCast(fcx, c);
  for (const l of fcx.numLits) checkLiteralRange(fcx, l);
  // Closures innermost first (they were pushed when their bodies finished).
  for (const c of fcx.closureExprs) analyzeClosure(fcx, c);
  for (const c of fcx.closureToFnPtr) {
    if ((fcx.closureUpvars.get(c.node) ?? []).length === 0) continue;
    const first = fcx.t.closures[c.node]?.captures[0];
    if (c.cast === true && first !== undefined) err(fcx, msg.closureCastCaptures(c.span, fcx.tcx.displayTy(res(fcx, c.closure)), fcx.tcx.displayTy(res(fcx, c.target)), first.span, first.name));
    else err(fcx, msg.mismatched(c.span, fcx.tcx.displayTy(res(fcx, c.target)), fcx.tcx.displayTy(res(fcx, c.closure))));
  }
  checkClosureFnBounds(fcx, (node) => fcx.closureExprs.find((c) => c.id === node)?.span ?? { lo: 0, hi: 0 });
  // Calls through closures and Fn bounds: the Fn trait method by closure kind.
  for (const p of fcx.pendingCalls) {
    const callee = res(fcx, p.calleeTy);
    const kind = p.trait ?? (callee.kind === 'closure' ? fcx.closureKinds.get(callee.node) ?? 'Fn' : 'Fn');
    const trait = fcx.tcx.lang(kind);
    const method = kind === 'Fn' ? 'call' : kind === 'FnMut' ? 'call_mut' : 'call_once';
    const def = fcx.tcx.assocItems(trait).get(method);
    if (def === undefined) continue;
    if (kind === 'FnMut') markMutPlace(fcx, p.callee);
    const self: Ty = kind === 'FnOnce' ? callee : { kind: 'ref', region: ERASED, mut: kind === 'FnMut', inner: callee };
    fcx.t.methodCallees[p.call] = { def, args: { regions: [], types: [callee, p.argsTuple], consts: [] }, sig: { inputs: [self, p.argsTuple], output: p.output, unsafe: false, variadic: false }, span: p.span };
  }
  // Fn-kind requirements now that kinds are known (E0525), and Send with real upvars.
  reportRefutedAtEnd(fcx);
  checkSend(fcx);
  for (const t of fcx.transmutes) checkTransmute(fcx, t.span, res(fcx, t.from), res(fcx, t.to));
}

function fillClosures(fcx: Fcx, t: Ty): Ty {
  return foldTy(t, {
    ty: (x) => {
      if (x.kind === 'infer') {
        const r = resolveTy(fcx.icx, x);
        return r.kind === 'infer' ? r : fillClosures(fcx, r);
      }
      if (x.kind === 'closure') {
        const up = fcx.closureUpvars.get(x.node);
        return { kind: 'closure', node: x.node, owner: x.owner, sig: { inputs: x.sig.inputs.map((i) => fillClosures(fcx, i)), output: fillClosures(fcx, x.sig.output), unsafe: false, variadic: false }, upvars: (up ?? x.upvars).map((u) => fillClosures(fcx, u)) };
      }
      return undefined;
    },
  });
}

function checkSend(fcx: Fcx): void {
  const tcx = fcx.tcx;
  const send = tcx.lang('Send');
  for (const o of fcx.sendObligations) {
    const self = fillClosures(fcx, o.pred.self);
    const cx = { ...solveCx(fcx) };
    const r = solve(cx, { ...o.pred, self });
    if (r !== 'no') continue;
    // Name the offending captured type, as rustc does.
    let culprit: Ty = self;
    if (self.kind === 'closure') for (const u of self.upvars) if (solve(cx, { self: u, trait: o.pred.trait, args: [], bindings: [] }) === 'no') {
      culprit = u;
      break;
    }
    const inner = innermostNotSend(fcx, culprit, o.pred.trait);
    err(fcx, msg.notSend(o.span, tcx.displayTy(inner.ty), inner.trait === send ? 'Send' : 'Sync'));
  }
}

function innermostNotSend(fcx: Fcx, t: Ty, trait: DefId, depth = 0): { ty: Ty; trait: DefId } {
  const cx = solveCx(fcx);
  if (depth > 8) return { ty: t, trait };
  if (t.kind === 'ref') return innermostNotSend(fcx, t.inner, trait === fcx.tcx.lang('Send') && !t.mut ? fcx.tcx.lang('Sync') : trait, depth + 1);
  if (t.kind === 'adt') {
    for (const ii of fcx.tcx.traitImpls(trait)) {
      if (ii.negative || ii.selfTy.kind !== 'adt' || ii.selfTy.def !== t.def) continue;
      const a = { regions: [], types: t.args.types, consts: [] };
      for (const p of ii.predicates) {
        const sp = { ...p, self: substTy(p.self, a), args: p.args.map((x) => substTy(x, a)) };
        const ln = fcx.tcx.info(sp.trait).lang;
        if ((ln === 'Send' || ln === 'Sync') && solve(cx, sp) === 'no') return innermostNotSend(fcx, sp.self, sp.trait, depth + 1);
      }
    }
    for (const a of t.args.types) if (solve(cx, { self: a, trait, args: [], bindings: [] }) === 'no') return innermostNotSend(fcx, a, trait, depth + 1);
  }
  return { ty: t, trait };
}

/**
 * Map a NodeId-indexed table over its present entries only. A body's tables are sparse over the
 * whole crate's ids; mapping every index would make checking quadratic in the crate's size.
 */
function mapTable<T, U>(a: readonly (T | undefined)[], f: (x: T, i: number) => U): (U | undefined)[] {
  const out: (U | undefined)[] = [];
  for (const k of Object.keys(a)) {
    const i = Number(k);
    const x = a[i];
    if (x !== undefined) out[i] = f(x, i);
  }
  return out;
}

function writeback(fcx: Fcx): BodyTypes {
  const tcx = fcx.tcx;
  let reported282 = false;
  // A variable left open where no E0282 site is known: rustc reports something, we cannot say what.
  let uninferred = false;
  // Error types (an unresolved name in a signature) leave variables open without rustc saying more.
  let sawError = false;
  // Tables share type objects heavily; a type without unresolved variables finishes the same way every time.
  const finished = new Map<Ty, Ty>();
  const fin = (t: Ty, at?: { lo: number; hi: number }): Ty => {
    const hit = finished.get(t);
    if (hit !== undefined) return hit;
    const r = fillClosures(fcx, t);
    let bad = false;
    if (someTy(r, (x) => x.kind === 'error')) sawError = true;
    const out = foldTy(r, { ty: (x) => (x.kind === 'infer' ? ((bad = true), ERROR) : undefined) });
    if (bad && !fcx.tainted && !reported282 && at && !sawError) {
      reported282 = true;
      err(fcx, msg.annotationsNeeded(at));
    } else if (bad) uninferred = true;
    else finished.set(t, out);
    return out;
  };
  const t = fcx.t;
  if (!fcx.tainted) {
    const order = [...fcx.bindingSpans.entries()].sort((a, b) => a[1].lo - b[1].lo);
    for (const [id, sp] of order) {
      const bt = t.bindingTypes[id];
      if (!bt) continue;
      const r = fillClosures(fcx, bt);
      let bad = false;
      foldTy(r, { ty: (x) => (x.kind === 'infer' ? ((bad = true), x) : undefined) });
      if (bad) {
        reported282 = true;
        const pending = fcx.obligations.some((o) => {
          const s = fcx.icx && resolveTy(fcx.icx, o.pred.self);
          return s.kind === 'infer' && someTy(r, (x) => x.kind === 'infer' && x.var === s.var);
        });
        if (pending) err(fcx, { level: 'error', code: 'E0283', message: 'type annotations needed', spans: [{ span: sp, label: null, primary: true }], children: [] });
        else err(fcx, msg.annotationsNeeded(sp, tcx.displayTy(r)));
        break;
      }
    }
  }
  const exprTypes = mapTable(t.exprTypes, (x) => (x ? fin(x) : x));
  const adjFin = (a: Adjustment): Adjustment => {
    switch (a.kind) {
      case 'deref': return { kind: 'deref', overloaded: a.overloaded ? calleeFin(a.overloaded) : null, target: fin(a.target) };
      case 'borrow': return { kind: 'borrow', mut: a.mut, target: fin(a.target) };
      default: return { ...a, target: fin(a.target) };
    }
  };
  const calleeFin = (c: MethodCallee): MethodCallee => {
    const args = { regions: c.args.regions, types: c.args.types.map((x) => fin(x, c.span)), consts: c.args.consts };
    const declared = tcx.fnSig(c.def);
    const info = tcx.info(c.def);
    let sig = { inputs: c.sig.inputs.map((x) => fin(x)), output: fin(c.sig.output), unsafe: c.sig.unsafe, variadic: c.sig.variadic };
    const synthetic = info.parent !== null && tcx.info(info.parent).kind === 'trait' && ['deref', 'deref_mut', 'index', 'index_mut', 'call', 'call_mut', 'call_once', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'add', 'sub', 'mul', 'div', 'rem', 'add_assign', 'sub_assign', 'mul_assign', 'into_iter', 'next'].includes(info.name);
    if (!synthetic && declared.sig.inputs.length === sig.inputs.length && (info.kind === 'assocFn' || info.kind === 'fn')) {
      const s = declared.sig;
      sig = { inputs: s.inputs.map((x) => fin(substTypesOnly(x, args))), output: fin(substTypesOnly(s.output, args)), unsafe: s.unsafe, variadic: s.variadic };
    }
    return { def: c.def, args, sig, span: c.span };
  };
  const methodCallees = mapTable(t.methodCallees, (c) => (c ? calleeFin(c) : c));
  const bindingTypes = mapTable(t.bindingTypes, (x) => (x ? fin(x) : x));
  const bindingModes = mapTable(t.bindingModes, (m, i) => (m === 'move' && bindingTypes[i] && tcx.isCopy(bindingTypes[i]!, fcx.owner) ? 'copy' : m));
  const patTypes = mapTable(t.patTypes, (x) => (x ? fin(x) : x));
  const patAdjustments = mapTable(t.patAdjustments, (a) => (a ? a.map((x) => fin(x)) : a));
  const resolutions = mapTable(t.resolutions, (r) => (r && (r.kind === 'def' || r.kind === 'ctor') ? { ...r, args: { regions: r.args.regions, types: r.args.types.map((x) => fin(x)), consts: r.args.consts } } : r));
  const closures = mapTable(t.closures, (c) => (c ? { ...c, captures: c.captures.map((cp) => ({ ...cp, ty: fin(cp.ty) })) } : c));
  const desugarCallees = mapTable(t.desugarCallees, (l) => (l ? l.map(calleeFin) : l));
  const adjustments = mapTable(t.adjustments, (a) => (a ? a.map(adjFin) : a));
  if (uninferred && !fcx.tainted && !sawError) err(fcx, unsupported(tcx.info(fcx.owner).span ?? { lo: 0, hi: 0 }, 'a type left uninferred'));
  if (uninferred) fcx.tainted = true;
  return {
    owner: fcx.owner,
    exprTypes,
    adjustments,
    patTypes,
    patAdjustments,
    bindingModes,
    bindingTypes,
    resolutions,
    methodCallees,
    fieldIndices: t.fieldIndices,
    closures,
    desugarCallees,
  };
}

export const _keep = [UNIT, unify];
