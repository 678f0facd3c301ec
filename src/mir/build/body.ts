import type { Block, Expr, Pat } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { Ty } from '../../types/ty.js';
import type { BasicBlock, Body, ClosureBodyInfo, Local } from '../mir.js';
import {
  type Builder, endPoint, finishBlocks, goto, localPlace, popScope, pushLocal, pushScope, returnBlock, scheduleDrop,
} from './builder.js';
import { into } from './expr.js';
import { bindPattern } from './matches.js';
import { simplifyCfg } from './simplify.js';
import { intoBlock } from './stmt.js';
import { mirror } from './thir.js';

export interface SelfSpec {
  readonly id: number;
  readonly ty: Ty;
  readonly mut: boolean;
  readonly span: Span;
}

export interface BodySpec {
  readonly def: number;
  readonly name: string;
  readonly span: Span;
  readonly returnTy: Ty;
  /** Closures: the environment's type, argument `_1`. */
  readonly envTy: Ty | null;
  readonly selfParam: SelfSpec | null;
  readonly params: readonly { readonly pat: Pat; readonly ty: Ty }[];
  readonly body: Expr | Block;
  readonly closure: ClosureBodyInfo | null;
}

/**
 * Lowers a fn, method, closure or const body: `_0` the return place, then the arguments (a
 * parameter whose pattern is a plain binding is that variable; others are destructured from an
 * unnamed argument), the arguments' drops scheduled in an outermost scope that ends at the
 * body's closing brace, and the body itself in a terminating scope.
 */
export function lowerBodyInto(b: Builder, spec: BodySpec): Body {
  const bodySpan = 'stmts' in spec.body ? spec.body.span : spec.body.span;
  b.returnSpan = endPoint(bodySpan);
  pushLocal(b, { ty: spec.returnTy, mutable: true, kind: 'return', name: null, span: bodySpan, binding: null, bindingMode: null, tempInfo: null });
  const args: Local[] = [];
  if (spec.envTy !== null) {
    args.push(pushLocal(b, { ty: spec.envTy, mutable: false, kind: 'arg', name: null, span: spec.span, binding: null, bindingMode: null, tempInfo: null }));
  }
  if (spec.selfParam !== null) {
    const s = spec.selfParam;
    const l = pushLocal(b, { ty: s.ty, mutable: s.mut, kind: 'arg', name: 'self', span: s.span, binding: s.id, bindingMode: 'value', tempInfo: null });
    b.varLocal.set(s.id, l);
    args.push(l);
  }
  const destructure: { local: Local; pat: Pat; ty: Ty }[] = [];
  for (const p of spec.params) {
    const simple = simpleParam(b, p.pat);
    if (simple !== null) {
      const l = pushLocal(b, {
        ty: p.ty, mutable: simple.mut, kind: 'arg', name: simple.name.name, span: simple.span, binding: simple.id, bindingMode: 'value', tempInfo: null,
      });
      b.varLocal.set(simple.id, l);
      args.push(l);
    } else {
      const l = pushLocal(b, { ty: p.ty, mutable: false, kind: 'arg', name: null, span: p.pat.span, binding: null, bindingMode: null, tempInfo: null });
      args.push(l);
      destructure.push({ local: l, pat: p.pat, ty: p.ty });
    }
  }
  const argScope = pushScope(b, false, bodySpan);
  for (const a of args) scheduleDrop(b, argScope, a);
  for (const d of destructure) {
    b.matchSite = { place: localPlace(d.local), span: d.pat.span };
    bindPattern(b, d.pat, localPlace(d.local), argScope, d.ty);
  }
  b.matchSite = null;
  const bodyScope = pushScope(b, true, bodySpan);
  if ('stmts' in spec.body) intoBlock(b, localPlace(0), spec.body);
  else into(b, localPlace(0), mirror(b, spec.body));
  popScope(b, bodyScope);
  popScope(b, argScope);
  goto(b, returnBlock(b), b.returnSpan);
  const blocks = simplifyCfg(withLoopUnwinds(finishBlocks(b), b.returnSpan));
  return { def: spec.def, name: spec.name, span: spec.span, argCount: args.length, locals: b.locals, blocks, closure: spec.closure, children: b.children, userTypes: b.userTypes };
}

/**
 * rustc gives every loop head a false unwind edge to one shared `resume` block at the end of the
 * body: even a loop that never ends leaves the function in the graph, so a local still borrowed
 * for too long is reported at the fn's end (E0597 before `loop {}`).
 */
function withLoopUnwinds(blocks: BasicBlock[], span: Span): BasicBlock[] {
  if (!blocks.some((blk) => blk.terminator.kind.kind === 'falseUnwind' && blk.terminator.kind.unwind === null)) return blocks;
  const resume = blocks.length;
  const out = blocks.map((blk) => {
    const k = blk.terminator.kind;
    return k.kind === 'falseUnwind' && k.unwind === null ? { ...blk, terminator: { ...blk.terminator, kind: { ...k, unwind: resume } } } : blk;
  });
  out.push({ statements: [], terminator: { kind: { kind: 'unwindResume' }, span }, isCleanup: true });
  return out;
}

function simpleParam(b: Builder, pat: Pat): (Pat & { kind: 'ident' }) | null {
  let p = pat;
  while (p.kind === 'paren') p = p.inner;
  if (p.kind !== 'ident' || p.sub !== null || p.byRef) return null;
  const r = b.types.resolutions[p.id];
  if (r !== undefined && r.kind !== 'local') return null;
  const mode = b.types.bindingModes[p.id];
  if (mode === 'ref' || mode === 'refMut') return null;
  return p;
}
