import type { Expr } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import { closureArgsSpan } from '../../syntax/span.js';
import { unsupported } from '../../util/diagnostic.js';
import type { DiagSpan, SubDiagnostic } from '../../util/diagnostic.js';
import type { ClosureKind, ClosureKindSource } from '../results.js';
import type { DefId, Ty } from '../ty.js';
import type { Fcx, ObligationCause } from './fcx.js';
import { requiredByBound, res, sh } from './fcx.js';

/**
 * rustc's closure kind deduction (`deduce_closure_signature`): a closure checked against an
 * expected `dyn Fn*`, or against a type variable with pending `Fn*` obligations (the closure is
 * an argument of a generic fn), takes the most restrictive of those kinds before its body is
 * analysed. The body then cannot change it: a mutation under `Fn` is a borrowck error in the
 * closure body, not an `FnMut` closure.
 */
const KINDS: readonly ClosureKind[] = ['Fn', 'FnMut', 'FnOnce'];

function fnKind(fcx: Fcx, trait: DefId): ClosureKind | null {
  const lang = fcx.tcx.info(trait).lang;
  return KINDS.find((k) => k === lang) ?? null;
}

export function expectedClosureKind(fcx: Fcx, e: Expr & { kind: 'closure' }, expected: Ty | null): { readonly kind: ClosureKind; readonly source: ClosureKindSource } | null {
  if (expected === null) return null;
  let kind: ClosureKind | null = null;
  let cause: ObligationCause | null = null;
  if (expected.kind === 'dyn' && expected.principal) kind = fnKind(fcx, expected.principal.trait);
  else if (expected.kind === 'infer') {
    for (const o of fcx.obligations) {
      const self = sh(fcx, o.pred.self);
      if (self.kind !== 'infer' || self.var !== expected.var) continue;
      const k = fnKind(fcx, o.pred.trait);
      if (k === null) continue;
      if (kind === null || KINDS.indexOf(k) < KINDS.indexOf(kind)) {
        kind = k;
        cause = o.cause ?? null;
      }
    }
  }
  if (kind === null) return null;
  const site = fcx.argSite !== null && fcx.argSite.arg === e.id ? fcx.argSite : null;
  let call: Span | null = null;
  let param: Span | null = null;
  if (site !== null && site.callee !== null) {
    const d = fcx.tcx.info(site.callee);
    const item = d.node.kind === 'item' ? d.node.item : null;
    if (!d.std && item !== null && item.kind === 'fn') {
      call = site.label;
      param = item.sig.params[site.index]?.ty.span ?? item.name.span;
    }
  }
  const ret = fcx.opaqueReturn;
  const isTail = call === null && ret !== null && ret.vars.some((v) => {
    const s = sh(fcx, v);
    return s.kind === 'infer' && s.var === (expected.kind === 'infer' ? expected.var : -1);
  });
  return {
    kind,
    source: { call, param, bound: cause?.bound ?? null, fnName: isTail ? ret.name : null, fnRet: isTail ? ret.ret : null },
  };
}

/**
 * A closure whose kind was inferred from its body, then required to implement a more restrictive
 * `Fn*` trait (it was bound to a variable first): rustc's E0525. A closure whose kind the expected
 * type fixed but that meets a stricter bound later is beyond this model.
 */
export function checkClosureFnBounds(fcx: Fcx, closureSpan: (node: number) => Span): void {
  const text = fcx.tcx.file.text;
  const seen = new Set<number>();
  for (const b of fcx.closureFnBounds) {
    const k = fcx.closureKinds.get(b.node);
    if (k === undefined || KINDS.indexOf(k) <= KINDS.indexOf(b.trait) || seen.has(b.node)) continue;
    seen.add(b.node);
    fcx.tainted = true;
    const info = fcx.t.closures[b.node];
    const head = closureArgsSpan(text, closureSpan(b.node));
    if (fcx.closureExpected.has(b.node) || info === undefined || info.kindOrigin === null || info.kindOriginName === null) {
      fcx.diags.push(unsupported(head, `a closure whose kind was fixed as \`${k}\` meets a \`${b.trait}\` bound`));
      continue;
    }
    const because = k === 'FnOnce'
      ? `closure is \`FnOnce\` because it moves the variable \`${info.kindOriginName}\` out of its environment`
      : `closure is \`FnMut\` because it mutates the variable \`${info.kindOriginName}\` here`;
    const spans: DiagSpan[] = [
      { span: head, label: `this closure implements \`${k}\`, not \`${b.trait}\``, primary: true },
      { span: b.span, label: `the requirement to implement \`${b.trait}\` derives from here`, primary: false },
      { span: info.kindOrigin, label: because, primary: false },
    ];
    const children: SubDiagnostic[] = [];
    if (b.cause !== null) {
      spans.push({ span: b.cause.call, label: 'required by a bound introduced by this call', primary: false });
      children.push(requiredByBound(fcx, b.cause));
    } else if (b.cast !== null) {
      children.push({ level: 'note', message: `required for the cast from \`${fcx.tcx.displayTy(res(fcx, b.cast.from))}\` to \`${fcx.tcx.displayTy(res(fcx, b.cast.to))}\``, spans: [], suggestions: [] });
    }
    fcx.diags.push({ level: 'error', code: 'E0525', message: `expected a closure that implements the \`${b.trait}\` trait, but this closure only implements \`${k}\``, spans, children });
  }
}

