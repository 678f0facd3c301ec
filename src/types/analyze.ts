import type { DefTable } from '../resolve/defs.js';
import { loopErrors } from './check/loops.js';
import { derivesOf } from '../resolve/defs.js';
import type { StdFile } from '../resolve/collect.js';
import { collectUserDefs } from '../resolve/collect.js';
import type { Expr, Item, ParseResult } from '../syntax/ast.js';
import type { SourceFile } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { primarySpan, unsupported } from '../util/diagnostic.js';
import { checkBody } from './check/body.js';
import { checkLifetimeNames } from './lifetime-names.js';
import { validateAst } from './ast-validation.js';
import { checkFnBoundsWf } from './wf-checks.js';
import { checkWhereClauses } from './where-clauses.js';
import { checkOutlivesWf } from './outlives-wf.js';
import { checkImplSelfAdtBounds, checkSigAdtBounds } from './sig-wf.js';
import { checkProjectionImplBounds } from './normalize-wf.js';
import { checkDropImpl, checkImplCoherence } from './impl-checks.js';
import { compareImplItems } from './compare-impl.js';
import { checkBoundPaths } from './bound-paths.js';
import { checkUsePrivacy } from './privacy.js';
import { checkDeriveOverlap, checkOverlap } from './overlap.js';
import { msg } from './messages.js';
import type { CheckedBody, Program } from './program.js';
import type { BodyTypes } from './results.js';
import type { Ty } from './ty.js';
import { stdModel } from './std-model.js';
import type { Tcx } from './tcx.js';
import { createTcx } from './tcx.js';
import { someTy, substTy } from './ty-ops.js';
import { newInfer } from './infer.js';
import { solve } from './traits.js';

/** The std model, parsed once per process (each file with its own NodeIds). */
export function stdFiles(): readonly StdFile[] {
  return stdModel().files;
}

/**
 * Re-use of unchanged bodies' results, for the driver's incremental re-check: `lookup` may answer
 * a fn body's diagnostics from an earlier run (the body is then neither checked nor returned in
 * `Program.bodies`); `done` sees every body checked afresh, in order.
 */
export interface BodyReuse {
  readonly lookup: (item: Item) => ReusedBody | null;
  /** Type diagnostics of the body, and those the type context raised while checking it. */
  readonly done: (body: CheckedBody, diags: readonly Diagnostic[], tcxDiags: readonly Diagnostic[]) => void;
}

export interface ReusedBody {
  readonly diags: readonly Diagnostic[];
  readonly tcxDiags: readonly Diagnostic[];
}

/** Resolve and type check the user's crate against the std model. */
export function analyze(parsed: ParseResult, file: SourceFile, reuse: BodyReuse | null = null): Program {
  const std = stdModel();
  const table = collectUserDefs(parsed.crate, std.table);
  const tcx = createTcx(table, file, std.types, parsed.crate.edition ?? 2021);
  const diagnostics: Diagnostic[] = [];
  const bodies: CheckedBody[] = [];
  // rustc does not judge parameter use (E0392) of a type whose fields do not resolve.
  const brokenAdtSpans = table.defs.filter((d) => !d.std && (d.kind === 'struct' || d.kind === 'enum' || d.kind === 'union') && tcx.adt(d.id).variants.some((v) => v.fields.some((f) => someTy(f.ty, (x) => x.kind === 'error')))).map((d) => (d.node.kind === 'item' ? d.node.item.span : null));
  const lifetimeDiags = checkLifetimeNames(parsed.crate.items).filter((d) => {
    const sp = primarySpan(d);
    return d.code !== 'E0392' || !sp || !brokenAdtSpans.some((b) => b !== null && sp.lo >= b.lo && sp.hi <= b.hi);
  });
  diagnostics.push(...lifetimeDiags, ...validateAst(parsed.crate.items, file));
  diagnostics.push(...loopErrors(parsed.crate, file));
  // A body with an undeclared lifetime in it is not borrow-checked (rustc makes it an error region).
  const inLifetimeError = (item: Item): boolean => lifetimeDiags.some((d) => {
    const sp = primarySpan(d);
    return sp !== null && sp !== undefined && sp.lo >= item.span.lo && sp.hi <= item.span.hi;
  });
  checkUsePrivacy(tcx, parsed.crate.items);
  checkBoundPaths(tcx, table);
  itemChecks(tcx, table, diagnostics);
  checkOutlivesWf(parsed.crate.items, file, diagnostics);
  // The type context's own diagnostics, in the order raised; a re-used body contributes its remembered ones.
  const tcxDiags: Diagnostic[] = tcx.diags.slice();
  let tcxTaken = tcx.diags.length;
  const check = (def: number, item: Item, init: Expr | null, parent: Item | null): void => {
    const before = diagnostics.length;
    const checkedBody = checked(tcx, def, item, init, parent, diagnostics);
    const cb = item.kind === 'fn' && inLifetimeError(item) ? { ...checkedBody, tainted: true } : checkedBody;
    bodies.push(cb);
    const raised = tcx.diags.slice(tcxTaken);
    tcxTaken = tcx.diags.length;
    tcxDiags.push(...raised);
    reuse?.done(cb, diagnostics.slice(before), raised);
  };
  const visit = (items: readonly Item[], parent: Item | null): void => {
    for (const item of items) {
      const def = table.userItemDefs.get(item.id);
      if (item.kind === 'fn' && item.body && def !== undefined) {
        const hit = reuse?.lookup(item) ?? null;
        if (hit !== null) {
          diagnostics.push(...hit.diags);
          tcxDiags.push(...hit.tcxDiags);
        } else check(def, item, null, parent);
      } else if ((item.kind === 'const' || item.kind === 'static') && item.expr && def !== undefined) check(def, item, item.expr, parent);
      else if (item.kind === 'impl' || item.kind === 'trait') visit(item.items, item);
      else if (item.kind === 'mod' && item.items) visit(item.items, null);
      else if (item.kind === 'macroCall') diagnostics.push(unsupported(item.span, 'macro invocation at item level'));
    }
  };
  visit(parsed.crate.items, null);
  // Items declared inside bodies: checked (and later borrow-checked) like top-level ones.
  for (const m of table.blockModules.values()) {
    const node = table.defs[m]!.node;
    if (node.kind === 'block') visit(node.block.stmts.flatMap((s) => (s.kind === 'item' ? [s.item] : [])), null);
  }
  tcxDiags.push(...tcx.diags.slice(tcxTaken));
  diagnostics.push(...tcxDiags);
  // rustc's resolver reports before its type checker; each in source order.
  diagnostics.sort((a, b) => phaseRank(a) - phaseRank(b) || (primarySpan(a)?.lo ?? 0) - (primarySpan(b)?.lo ?? 0));
  const all = dedupe(diagnostics);
  return { file, crate: parsed.crate, tcx, bodies, diagnostics: all.filter((d) => !isLate(d)), lateDiagnostics: all.filter(isLate) };
}

/**
 * Does anything outside fn bodies raise a diagnostic once every item's signature, bounds, impl,
 * ADT, const type and alias is computed? When nothing does, a body's results cannot depend on
 * which body first asked for an item's tables, so unchanged bodies may be re-used.
 */
export function interfaceIsClean(parsed: ParseResult, file: SourceFile): boolean {
  const std = stdModel();
  const table = collectUserDefs(parsed.crate, std.table);
  const tcx = createTcx(table, file, std.types, parsed.crate.edition ?? 2021);
  const out: Diagnostic[] = [];
  itemChecks(tcx, table, out);
  for (let i = std.types.defCount; i < table.defs.length; i++) {
    const d = table.defs[i]!;
    switch (d.kind) {
      case 'impl': tcx.impl(d.id); tcx.lowerEnvFor(d.id); break;
      case 'struct': case 'enum': case 'union': tcx.adt(d.id); tcx.predicates(d.id); break;
      case 'fn': case 'assocFn': tcx.fnSig(d.id); tcx.predicates(d.id); break;
      case 'trait': tcx.superPredicates(d.id); tcx.predicates(d.id); break;
      case 'const': case 'static': case 'assocConst': tcx.constTy(d.id); break;
      case 'variant': tcx.fnSig(d.id); break;
      case 'typeAlias': case 'assocType': {
        tcx.predicates(d.id);
        const item = d.node.kind === 'item' ? d.node.item : null;
        if (item !== null && item.kind === 'typeAlias' && item.ty) tcx.lowerTy(tcx.lowerEnvFor(d.id), item.ty);
        break;
      }
      default: tcx.generics(d.id);
    }
  }
  return out.length === 0 && tcx.diags.length === 0;
}

/**
 * rustc's name resolution reports before its type checker: unresolved names as it meets them,
 * then the privacy errors it collected, then constructors hidden by private fields.
 */
const RESOLVE_RANK: ReadonlyMap<string, number> = new Map([['E0404', 0], ['E0405', 0], ['E0425', 0], ['E0433', 0], ['E0412', 0], ['E0603', 1], ['E0423', 2]]);

function phaseRank(d: Diagnostic): number {
  return (d.code !== null ? RESOLVE_RANK.get(d.code) : undefined) ?? 3;
}

/** E0451 comes from rustc's privacy pass, after borrowck (see `Program.lateDiagnostics`). */
function isLate(d: Diagnostic): boolean {
  return d.code === 'E0451' || d.code === 'overflowing_literals';
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    // Notes pointing elsewhere tell two errors at one span apart (both directions of one lifetime mismatch).
    const k = `${d.code}:${d.message}:${d.spans.map((s) => `${s.span.lo}-${s.label}`).join(',')}:${d.children.map((c) => c.spans.map((s) => s.span.lo).join('/')).join(',')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function checked(tcx: Tcx, def: number, item: Item, init: Expr | null, parent: Item | null, out: Diagnostic[]): CheckedBody {
  if (item.kind === 'fn' && item.sig.ret?.kind === 'dynTrait') return { def, item, init, parent, types: emptyTypes(def), tainted: true };
  const r = checkBody(tcx, def, item, init, tcx.info(def).module);
  // A signature with a missing lifetime has an error region: rustc reports no mismatch against it.
  const ds = afterUnsupported(r.diagnostics).filter((d) => !(d.code === 'E0308' && tcx.lifetimeErrors.has(def)));
  out.push(...ds);
  // Unsafety errors (E0133) and transmute sizes (E0512) come from later rustc passes and leave
  // the body borrow-checked.
  // A signature with an error type (reported at the item) taints the body, as in rustc.
  const sig = item.kind === 'fn' ? tcx.fnSig(def).sig : null;
  const badSig = sig !== null && [...sig.inputs, sig.output].some((t) => someTy(t, (x) => x.kind === 'error'));
  return { def, item, init, parent, types: r.types, tainted: r.tainted || badSig || usesLifetimeError(tcx, def, r.types) || ds.some((d) => d.code !== 'E0133' && d.code !== 'E0512' && !isLate(d)) };
}

/**
 * rustc gives a missing lifetime (E0106) an error region, and borrowck ignores constraints on
 * it: a fn with such a signature, or a body using such a type, reports no borrow errors.
 */
function usesLifetimeError(tcx: Tcx, def: number, types: BodyTypes): boolean {
  const errs = tcx.lifetimeErrors;
  if (errs.size === 0) return false;
  if (errs.has(def)) return true;
  const bad = (t: Ty | undefined): boolean => t !== undefined && someTy(t, (x) => x.kind === 'adt' && errs.has(x.def));
  for (const k of Object.keys(types.exprTypes)) if (bad(types.exprTypes[Number(k)])) return true;
  for (const k of Object.keys(types.bindingTypes)) if (bad(types.bindingTypes[Number(k)])) return true;
  return false;
}

/**
 * Once a body hits a construct borrowscope cannot judge, that construct's type is unknown, and
 * later errors may be consequences rustc would not see (it knows the type). Keep the body's
 * errors before the first `unsupported`, and no "type annotations needed" at all.
 */
function afterUnsupported(ds: readonly Diagnostic[]): Diagnostic[] {
  let first = Infinity;
  for (const d of ds) if (d.code === null) first = Math.min(first, primarySpan(d)?.lo ?? 0);
  if (first === Infinity) return [...ds];
  return ds.filter((d) => d.code === null || (d.code !== 'E0282' && d.code !== 'E0283' && (primarySpan(d)?.lo ?? 0) < first));
}

function emptyTypes(owner: number): BodyTypes {
  return { owner, exprTypes: [], adjustments: [], patTypes: [], patAdjustments: [], bindingModes: [], bindingTypes: [], resolutions: [], methodCallees: [], fieldIndices: [], closures: [], desugarCallees: [] };
}

/** Item-level checks: field types (E0106), derive(Copy) validity (E0204), Copy + Drop (E0184), signatures. */
function itemChecks(tcx: Tcx, table: DefTable, out: Diagnostic[]): void {
  const copy = tcx.lang('Copy');
  const drop = tcx.lang('Drop');
  let dropCoherent = true;
  const dropImpls: (() => void)[] = [];
  for (const d of table.defs) {
    if (d.std) continue;
    if (d.kind === 'struct' || d.kind === 'enum' || d.kind === 'union') {
      const adt = tcx.adt(d.id);
      const item = d.node.kind === 'item' ? d.node.item : null;
      if (!item) continue;
      const derives = derivesOf(item.attrs);
      if (derives.includes('Copy')) {
        const args = tcx.identityArgs(d.id);
        // The derived impl has `T: Copy` for every type parameter: fields are judged under those bounds.
        const cx = { tcx, icx: newInfer(), env: args.types.map((t) => ({ self: t, trait: copy, args: [], bindings: [] })) };
        let bad: { lo: number; hi: number } | null = null;
        adt.variants.forEach((v, vi) =>
          v.fields.forEach((f, fi) => {
            const ft = substTy(f.ty, args);
            if (bad || ft.kind === 'param' || solve(cx, { self: ft, trait: copy, args: [], bindings: [] }) !== 'no') return;
            const fd = table.children.get(vi === 0 && adt.kind !== 'enum' ? d.id : v.def)?.[fi];
            const fspan = fd !== undefined ? tcx.info(fd).node : null;
            bad = fspan && fspan.kind === 'field' ? fspan.field.span : item.span;
          }),
        );
        const copySpan = 'name' in item ? item.name.span : item.span;
        if (bad) out.push(msg.copyDeriveField(copySpan, bad));
        if (tcx.traitImpls(drop).some((ii) => ii.selfTy.kind === 'adt' && ii.selfTy.def === d.id)) out.push(msg.copyAndDrop(copySpan));
      }
    }
    if (!d.std && (d.kind === 'fn' || d.kind === 'assocFn' || d.kind === 'struct' || d.kind === 'enum' || d.kind === 'union' || d.kind === 'impl' || d.kind === 'trait')) checkWhereClauses(tcx, d.id, out);
    if (d.kind === 'fn' || d.kind === 'assocFn') tcx.fnSig(d.id);
    if (d.kind === 'fn' && d.node.kind === 'item' && d.node.item.kind === 'fn') {
      checkFnBoundsWf(d.node.item, tcx.file, out);
      checkSigAdtBounds(tcx, d.id, d.node.item, out);
      checkProjectionImplBounds(tcx, d.id, d.node.item, out);
    }
    // A static or const without a value has no body to check, but its type is still resolved.
    if ((d.kind === 'static' || d.kind === 'const') && d.node.kind === 'item' && (d.node.item.kind === 'static' || d.node.item.kind === 'const') && d.node.item.expr === null && d.node.item.ty !== null) tcx.constTy(d.id);
    // Lowers the field types now, so missing lifetimes are known before bodies are checked.
    if (d.kind === 'struct' || d.kind === 'enum' || d.kind === 'union') tcx.adt(d.id);
    if ((d.kind === 'struct' || d.kind === 'enum' || d.kind === 'union') && d.node.kind === 'item') checkDeriveOverlap(tcx, d.id, d.node.item.attrs, out);
    if (d.kind === 'impl' && d.node.kind === 'item' && d.node.item.kind === 'impl') {
      const item = d.node.item;
      const coherent = checkImplCoherence(tcx, d.id, item, out);
      if (!coherent) dropCoherent = false;
      compareImplItems(tcx, d.id, item, out);
      checkImplSelfAdtBounds(tcx, d.id, item, out);
      if (coherent) checkOverlap(tcx, d.id, item, out);
      dropImpls.push(() => checkDropImpl(tcx, d.id, item, out));
    }
    if (d.kind === 'impl') {
      const ii = tcx.impl(d.id);
      if (ii.trait && ii.trait.trait === copy && ii.selfTy.kind === 'adt' && tcx.traitImpls(drop).some((x) => x.selfTy.kind === 'adt' && x.selfTy.kind === ii.selfTy.kind && x.selfTy.def === (ii.selfTy as { def: number }).def)) {
        const item = d.node.kind === 'item' ? d.node.item : null;
        if (item && item.kind === 'impl') out.push(msg.copyAndDrop(item.selfTy.span));
      }
    }
  }
  if (dropCoherent) for (const f of dropImpls) f();
}

export function findIdentSpan(trees: Item['attrs'][number]['args'], name: string): { lo: number; hi: number } | null {
  for (const t of trees) {
    if (t.kind === 'token' && t.token.kind === 'ident' && t.token.text === name) return t.token.span;
    if (t.kind === 'group') {
      const s = findIdentSpan(t.trees, name);
      if (s) return s;
    }
  }
  return null;
}
