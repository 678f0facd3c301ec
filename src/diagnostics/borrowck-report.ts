import { sameElem } from '../mir/place-eq.js';
import type { BorrowckError, BorrowckResult, InvarianceCause, LaterUse, Loan, MoveSite, UniversalRegionInfo } from '../borrowck/facts.js';
import type { Body, Place } from '../mir/mir.js';
import type { SourceFile, Span } from '../syntax/span.js';
import { closureArgsSpan } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import type { Ty } from '../types/ty.js';
import { foldTy } from '../borrowck/ty-fold.js';
import { assertNever } from '../util/assert.js';
import type { DiagSpan, Diagnostic, SubDiagnostic } from '../util/diagnostic.js';
import { unsupported } from '../util/diagnostic.js';
import { BORROWCK_MESSAGES as M } from './borrowck-messages.js';
import { describePlace, quotedPlace } from './borrowck-place.js';
import { LEVEL_DEFINED_HERE, type LintLevels, UNUSED_MUT } from './lint-levels.js';

/**
 * Turns borrowck facts into rustc-worded diagnostics. As rustc emits them: the errors of the
 * body's closures first (they are borrow-checked before it), then its own in source order.
 */
export function reportBorrowck(result: BorrowckResult, body: Body, tcx: TypeContext, file: SourceFile, lints: LintLevels | null = null): Diagnostic[] {
  const nested: Diagnostic[] = [];
  result.children.forEach((child, i) => {
    const cb = body.children[i];
    if (cb !== undefined) nested.push(...reportBorrowck(child, cb, tcx, file, lints));
  });
  const out: Diagnostic[] = [];
  if (lints !== null) for (const local of result.unusedMut) {
    const d = unusedMutLint(body, local, lints, file);
    if (d !== null) out.push(d);
  }
  for (const u of result.unsupported) out.push(unsupported(u.span, u.what));
  for (const e of result.errors) {
    try {
      out.push(reportError(e, result, body, tcx, file));
    } catch (x) {
      // Never crash on a fact we cannot word: say so at its span.
      out.push(unsupported(e.span, `wording a borrow error (${x instanceof Error ? x.message : String(x)})`));
    }
  }
  out.sort((a, b) => (a.spans[0]?.span.lo ?? 0) - (b.spans[0]?.span.lo ?? 0));
  const suggestion = outlivesSuggestion(result, body, tcx);
  if (suggestion !== null) out.push(suggestion);
  return [...nested, ...out];
}

/**
 * rustc's OutlivesSuggestionBuilder: after a body's region errors, one help gathering the bounds
 * they ask for, when there is more than one (`'a` and `'b` must be the same, replace `'a` with
 * `'static`, add bound `'a: 'b + 'c`). Only errors worded generically count (not E0621, E0521).
 */
function outlivesSuggestion(result: BorrowckResult, body: Body, tcx: TypeContext): Diagnostic | null {
  const order: string[] = [];
  const outlived = new Map<string, { info: UniversalRegionInfo; list: UniversalRegionInfo[] }>();
  let total = 0;
  for (const e of result.errors) {
    if (e.kind !== 'lifetimeMayNotLiveLongEnough' || !genericRegionError(e, body, tcx)) continue;
    const key = e.longer.name;
    let entry = outlived.get(key);
    if (entry === undefined) { entry = { info: e.longer, list: [] }; outlived.set(key, entry); order.push(key); }
    if (!entry.list.some((r) => r.name === e.shorter.name)) { entry.list.push(e.shorter); total++; }
  }
  if (total <= 1) return null;
  const suggestable = (r: UniversalRegionInfo): boolean => r.kind === 'named' || r.kind === 'static';
  const helps: string[] = [];
  const unified = new Set<string>();
  for (const key of order) {
    const { info, list } = outlived.get(key)!;
    if (!suggestable(info)) continue;
    const named = list.filter(suggestable);
    if (named.length === 0) continue;
    if (named.some((r) => r.kind === 'static')) { helps.push(M.replaceWithStatic(info.name)); continue; }
    const other: string[] = [];
    for (const r of named) {
      if (outlived.get(r.name)?.list.some((x) => x.name === key) === true) {
        if (!unified.has(key)) { helps.push(M.mustBeSame(info.name, r.name)); unified.add(r.name); }
      } else {
        other.push(r.name);
      }
    }
    if (other.length > 0) helps.push(M.addBound(info.name, other));
  }
  if (helps.length === 0) return null;
  if (helps.length === 1) return { level: 'help', code: null, message: helps[0]!, spans: [], children: [] };
  return { level: 'help', code: null, message: M.followingChanges, spans: [], children: helps.map(help) };
}

/** Whether a region error is worded as rustc's general "lifetime may not live long enough" (which feeds the outlives suggestion). */
function genericRegionError(e: BorrowckError & { kind: 'lifetimeMayNotLiveLongEnough' }, body: Body, tcx: TypeContext): boolean {
  if (e.longer.kind === 'anon' && e.longer.param !== null && e.shorter.kind === 'named' && !inTraitImpl(body, tcx)) return false;
  if (body.closure !== null && e.category === 'return') return false;
  return true;
}

/** rustc prints a help-only diagnostic once, however many bodies produce the same one. */
export function dedupHelps(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    if (d.level !== 'help' || d.spans.length > 0) return true;
    const key = `${d.message}\n${d.children.map((c) => c.message).join('\n')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const primary = (span: Span, label: string | null): DiagSpan => ({ span, label, primary: true });
const secondary = (span: Span, label: string): DiagSpan => ({ span, label, primary: false });
const note = (message: string): SubDiagnostic => ({ level: 'note', message, spans: [], suggestions: [] });
const help = (message: string): SubDiagnostic => ({ level: 'help', message, spans: [], suggestions: [] });
const helpInsert = (message: string, at: number, text: string): SubDiagnostic => ({
  level: 'help', message, spans: [], suggestions: [{ span: { lo: at, hi: at }, replacement: text, applicability: 'MachineApplicable' }],
});
const err = (code: string | null, message: string, spans: DiagSpan[], children: SubDiagnostic[] = []): Diagnostic => ({ level: 'error', code, message, spans: dedupSpans(spans), children });

/** rustc shows one label per span; a later label on the same span is dropped. */
function dedupSpans(spans: DiagSpan[]): DiagSpan[] {
  const seen = new Set<string>();
  const outs: DiagSpan[] = [];
  for (const s of spans) {
    const k = `${s.span.lo}:${s.span.hi}:${s.label ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    outs.push(s);
  }
  return outs;
}

/** The `self` of a user-defined method's signature, which rustc points at in its move note. */
function selfParamSpan(text: string, fnSpan: Span | null): Span | null {
  if (fnSpan === null) return null;
  const open = text.indexOf('(', fnSpan.lo);
  if (open < 0 || open > fnSpan.hi) return null;
  const m = /^\s*(?:mut\s+)?self\b/.exec(text.slice(open + 1, open + 40));
  if (m === null) return null;
  const hi = open + 1 + m[0].length;
  return { lo: hi - 4, hi };
}

/**
 * When `first` (an earlier loan) and `second` reach two different fields of one union, rustc's
 * `describe_place_for_conflicting_borrow` names the union and both places.
 */
function unionOverlap(body: Body, tcx: TypeContext, first: Place, second: Place): { base: string; first: string; second: string; union: string } | null {
  const unionFieldAt = (p: Place, i: number): boolean => {
    const e = p.projection[i];
    if (e === undefined || e.kind !== 'field') return false;
    const baseTy = placeTy(body, tcx, { local: p.local, projection: p.projection.slice(0, i) });
    return baseTy !== null && baseTy.kind === 'adt' && tcx.adt(baseTy.def).kind === 'union';
  };
  if (first.local !== second.local) return null;
  for (let i = first.projection.length - 1; i >= 0; i--) {
    if (!unionFieldAt(first, i)) continue;
    const f = first.projection[i]!;
    for (let j = second.projection.length - 1; j >= 0; j--) {
      const s = second.projection[j]!;
      if (j !== i || !unionFieldAt(second, j) || s.kind !== 'field' || f.kind !== 'field' || s.index === f.index) continue;
      if (!samePrefix(first, second, i)) continue;
      const base = { local: first.local, projection: first.projection.slice(0, i) };
      const baseTy = placeTy(body, tcx, base)!;
      return { base: quotedPlace(body, base), first: quotedPlace(body, first), second: quotedPlace(body, second), union: tcx.displayTy(baseTy) };
    }
    return null;
  }
  return null;
}

function samePrefix(a: Place, b: Place, len: number): boolean {
  for (let i = 0; i < len; i++) if (!sameElem(a.projection[i]!, b.projection[i]!)) return false;
  return true;
}

function placeTy(body: Body, tcx: TypeContext, place: Place): Ty | null {
  let ty: Ty = body.locals[place.local]!.ty;
  let variant = 0;
  for (const e of place.projection) {
    switch (e.kind) {
      case 'deref':
        if (ty.kind === 'ref' || ty.kind === 'ptr') ty = ty.inner;
        else if (ty.kind === 'adt' && tcx.adt(ty.def).isBox) ty = ty.args.types[0] ?? ty;
        else return null;
        break;
      case 'field': ty = e.ty; break;
      case 'index': case 'constantIndex':
        if (ty.kind === 'array' || ty.kind === 'slice') ty = ty.elem; else return null;
        break;
      case 'subslice': break;
      case 'downcast': variant = e.variant; break;
      default: return assertNever(e);
    }
  }
  void variant;
  return ty;
}

/** The user binding a move site initialises (`Some(s) =>` moves into `s`), if any. */
function movedIntoBinding(body: Body, site: MoveSite): number | null {
  const st = body.blocks[site.location.block]!.statements[site.location.index];
  if (st === undefined || st.kind.kind !== 'assign' || st.kind.place.projection.length !== 0) return null;
  const d = body.locals[st.kind.place.local]!;
  return d.kind === 'user' && d.binding !== null ? st.kind.place.local : null;
}

/** The overloaded `Deref::deref` / `Index::index` call whose result `refPlace` (a temporary) holds, and the type it was applied to. */
function overloadedSource(body: Body, tcx: TypeContext, refPlace: Place): { readonly op: 'deref' | 'index'; readonly ty: Ty } | null {
  if (refPlace.projection.length !== 0 || body.locals[refPlace.local]!.kind !== 'temp') return null;
  for (const block of body.blocks) {
    const k = block.terminator.kind;
    if (k.kind !== 'call' || k.destination.local !== refPlace.local || k.destination.projection.length !== 0) continue;
    if (k.func.kind !== 'const' || k.func.value.kind !== 'fn') return null;
    const path = tcx.defPath(k.func.value.def);
    const name = path.slice(path.lastIndexOf('::') + 2);
    const arg = k.args[0];
    const argTy = arg === undefined || arg.kind === 'const' ? null : placeTy(body, tcx, arg.place);
    const ty = argTy !== null && argTy.kind === 'ref' ? argTy.inner : argTy;
    if (ty === null) return null;
    if (name === 'deref') return { op: 'deref', ty };
    if (name === 'index') return { op: 'index', ty };
    return null;
  }
  return null;
}

/** rustc's `describe_for_immutable_place`. */
function pointerDescription(tcx: TypeContext, src: { readonly op: 'deref' | 'index'; readonly ty: Ty } | null): string {
  if (src === null) return 'a `&` reference';
  if (src.op === 'index') return `an index of \`${tcx.displayTy(src.ty)}\``;
  const lang = src.ty.kind === 'adt' ? tcx.adt(src.ty.def).lang : null;
  if (lang === 'Rc' || lang === 'Arc') return `an \`${lang}\``;
  return `dereference of \`${tcx.displayTy(src.ty)}\``;
}

function overloadedHelp(tcx: TypeContext, src: { readonly op: 'deref' | 'index'; readonly ty: Ty } | null): SubDiagnostic[] {
  if (src === null) return [];
  return [help(src.op === 'deref' ? M.derefMutRequired(tcx.displayTy(src.ty)) : M.indexMutRequired(tcx.displayTy(src.ty)))];
}

/** rustc's `classify_immutable_section`: why a fake borrow (stored in `temp`) was taken, from the fake read of it. */
function immutableSection(body: Body, temp: number): 'match guard' | 'indexing expression' | null {
  for (const block of body.blocks) {
    for (const st of block.statements) {
      const k = st.kind;
      if (k.kind !== 'fakeRead' || k.place.local !== temp || k.place.projection.length !== 0) continue;
      if (k.cause === 'forMatchGuard') return 'match guard';
      if (k.cause === 'forIndex') return 'indexing expression';
    }
  }
  return null;
}

/** A move into a binding nested in a larger pattern (`let (a, _) = t`, `Some(x)`, `[x, ..]`): rustc suggests `ref`. */
function inPatternBinding(body: Body, site: MoveSite, local: number): boolean {
  if (site.place.projection.length === 0) return false;
  const d = body.locals[local]!;
  // Pattern bindings are assigned at the binding's own span; `let x = s.f` at the initialiser's.
  return d.bindingMode === 'value' && site.span.lo === d.span.lo;
}

const CLONE_LANG = new Set(['String', 'Vec', 'Box', 'Rc', 'Arc', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque']);
function knownClone(tcx: TypeContext, ty: Ty): boolean {
  if (ty.kind !== 'adt') return false;
  const a = tcx.adt(ty.def);
  if (a.lang === null || !CLONE_LANG.has(a.lang)) return false;
  return ty.args.types.every((t) => tcx.isCopy(t) || knownClone(tcx, t));
}

/** Types whose shared reference is `IntoIterator`, so rustc suggests `for x in &v`. */
const ITERABLE_BY_REF = new Set(['Vec', 'VecDeque', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'Option', 'Result']);
function iterableByRef(tcx: TypeContext, ty: Ty): boolean {
  if (ty.kind === 'array') return true;
  return ty.kind === 'adt' && ITERABLE_BY_REF.has(tcx.adt(ty.def).lang ?? '');
}

function userDeclSpan(body: Body, local: number): Span | null {
  const d = body.locals[local];
  if (d === undefined || (d.kind !== 'user' && d.kind !== 'arg') || d.name === null) return null;
  return d.span;
}

function laterLabel(later: LaterUse, desc: string, body: Body, tcx: TypeContext, place: string | null, file: SourceFile): DiagSpan | DiagSpan[] | null {
  switch (later.kind) {
    case 'usedLater':
      switch (later.use) {
        case 'call': return secondary(later.span, M.laterUsedByCall(desc, later.inLoop));
        case 'closureCapture': return secondary(later.span, M.laterCaptured(desc, later.inLoop));
        case 'other': return secondary(later.span, M.laterUsed(desc, later.inLoop));
        default: return assertNever(later.use);
      }
    case 'droppedLater': {
      const ty = body.locals[later.local]!.ty;
      const name = quotedPlace(body, { local: later.local, projection: [] }, 'temporary value');
      const usesDropCode = ty.kind === 'adt' && tcx.hasDropImpl(ty) && !tcx.adt(ty.def).isBox;
      return secondary(later.span, usesDropCode && ty.kind === 'adt' ? M.laterDropped(desc, name, tcx.defPath(ty.def)) : M.laterDroppedVec(desc, name, tcx.displayTy(ty)));
    }
    case 'mustBeValidFor': {
      const name = regionName(later.region, anonNamesOf(body));
      const label = secondary(later.span, M.mustBeValidFor(later.category, place, name));
      const def = regionLabel(later.region, name, file);
      return def === null ? label : [label, def];
    }
    case 'none':
      return null;
    default: return assertNever(later);
  }
}

/** rustc numbers anonymous lifetimes `'1`, `'2`, … per body, in the order its errors name them. */
const anonNames = new WeakMap<Body, Map<string, string>>();
function anonNamesOf(body: Body): Map<string, string> {
  let m = anonNames.get(body);
  if (m === undefined) { m = new Map(); anonNames.set(body, m); }
  return m;
}

function regionName(r: UniversalRegionInfo, anon: Map<string, string>): string {
  if (r.kind !== 'anon') return r.name;
  let n = anon.get(r.name);
  if (n === undefined) { n = `'${anon.size + 1}`; anon.set(r.name, n); }
  return n;
}

/** "lifetime `'a` defined here" at a named lifetime parameter, "let's call the lifetime of this reference `'1`" at an elided `&`. */
function regionLabel(r: UniversalRegionInfo, name: string, file: SourceFile): DiagSpan | null {
  const sp = r.span ?? null;
  if (sp === null || r.kind === 'static') return null;
  if (r.kind === 'named') return secondary(sp, M.lifetimeDefinedHere(name));
  if (r.implHeader !== undefined) return secondary(sp, M.appearsInImplHeader(name, r.implHeader));
  if (file.text[sp.lo] !== '&') return null;
  return secondary({ lo: sp.lo, hi: sp.lo + 1 }, M.letsCallLifetime(name));
}

/**
 * rustc's "has type `Foo<'1>`" at the first argument whose type holds an anonymous lifetime that
 * is not an elided `&` (a path's hidden or `'_` lifetime, or one inside a type alias).
 */
function argTypeLabel(body: Body, tcx: TypeContext, r: UniversalRegionInfo, name: string): DiagSpan | null {
  if (r.kind !== 'anon' || body.closure !== null) return null;
  const kind = tcx.defKind(body.def);
  if (kind !== 'fn' && kind !== 'assocFn') return null;
  const sig = tcx.fnSig(body.def);
  const index = sig.regionParams.indexOf(r.name);
  if (index < 0) return null;
  for (let i = 0; i < sig.sig.inputs.length && i + 1 < body.locals.length; i++) {
    let found = false;
    const shown = foldTy(sig.sig.inputs[i]!, {
      region: (x) => {
        if (x.kind === 'param' && x.index === index) { found = true; return { kind: 'param', index, name }; }
        return x.kind === 'static' ? x : { kind: 'erased' };
      },
      param: () => null,
    });
    if (found) return secondary(body.locals[i + 1]!.span, M.hasType(tcx.displayTy(shown)));
  }
  return null;
}

/** rustc's notes on why a requirement holds both ways: `&mut T`, `*mut T`, or an invariant ADT parameter. */
function varianceNotes(v: InvarianceCause, tcx: TypeContext): SubDiagnostic[] {
  const show = (t: Ty): string => tcx.displayTy(eraseRegions(t));
  switch (v.kind) {
    case 'mutRef': return [note(M.requirementBecauseMutRef(show(v.pointee))), note(M.mutRefsInvariant), help(M.seeNomiconVariance)];
    case 'mutPtr': return [note(M.requirementBecauseMutPtr(show(v.pointee))), note(M.mutPtrsInvariant), help(M.seeNomiconVariance)];
    case 'adt': {
      const adt = tcx.adt(v.ty.def);
      const arg = v.isRegion ? "'_" : show(v.ty.args.types[v.param] ?? { kind: 'error' });
      const param = v.isRegion ? adt.regionParams[v.param] : adt.typeParams[v.param];
      if (param === undefined) return [];
      const params = [...adt.regionParams, ...adt.typeParams];
      const declared = params.length === 0 ? adt.name : `${adt.name}<${params.join(', ')}>`;
      return [note(M.requirementBecauseType(show(v.ty), arg)), note(M.adtInvariant(adt.kind, declared, param)), help(M.seeNomiconVariance)];
    }
    default: return assertNever(v);
  }
}

function eraseRegions(t: Ty): Ty {
  switch (t.kind) {
    case 'ref': return { ...t, region: { kind: 'erased' }, inner: eraseRegions(t.inner) };
    case 'adt': return { ...t, args: { ...t.args, regions: t.args.regions.map(() => ({ kind: 'erased' as const })), types: t.args.types.map(eraseRegions) } };
    case 'tuple': return { ...t, elems: t.elems.map(eraseRegions) };
    case 'array': case 'slice': return { ...t, elem: eraseRegions(t.elem) };
    case 'ptr': return { ...t, inner: eraseRegions(t.inner) };
    case 'dyn': return { ...t, region: { kind: 'erased' } };
    default: return t;
  }
}

/**
 * rustc's `suggest_adding_lifetime_params` for two elided lifetimes: introduce `'a`, put it on the
 * return type's elided references and on the other parameter's reference. Read off the source
 * text of the signature; no suggestion when its shape is not the simple one.
 */
function suggestNamedLifetime(body: Body, tcx: TypeContext, file: SourceFile, other: UniversalRegionInfo): SubDiagnostic | null {
  const at = other.span ?? null;
  if (at === null || file.text[at.lo] !== '&' || file.text[at.lo + 1] === "'") return null;
  const text = file.text;
  const header = /fn\s+[A-Za-z_][A-Za-z0-9_]*\s*/y;
  header.lastIndex = text.indexOf('fn', body.span.lo);
  const m = header.exec(text);
  if (m === null || header.lastIndex > at.lo) return null;
  const nameEnd = m.index + m[0].trimEnd().length;
  const hasGenerics = text[header.lastIndex] === '<';
  if (hasGenerics) return null;
  // The return type: from `->` after the parameters to the body's `{` or a `where`.
  const close = text.indexOf(')', at.lo);
  const arrow = close < 0 ? -1 : text.indexOf('->', close);
  const brace = text.indexOf('{', close);
  if (arrow < 0 || brace < 0 || arrow > brace) return null;
  const whereAt = text.slice(arrow, brace).search(/\bwhere\b/);
  const retEnd = whereAt >= 0 ? arrow + whereAt : brace;
  const parts: { span: Span; replacement: string; applicability: 'MaybeIncorrect' }[] = [];
  for (let i = arrow + 2; i < retEnd; i++) {
    if (text[i] === '&' && text[i + 1] !== "'" && text[i + 1] !== '&') parts.push({ span: { lo: i + 1, hi: i + 1 }, replacement: "'a ", applicability: 'MaybeIncorrect' });
  }
  if (parts.length === 0) return null;
  parts.push({ span: { lo: at.lo + 1, hi: at.lo + 1 }, replacement: "'a ", applicability: 'MaybeIncorrect' });
  parts.push({ span: { lo: nameEnd, hi: nameEnd }, replacement: "<'a>", applicability: 'MaybeIncorrect' });
  parts.sort((a, b) => a.span.lo - b.span.lo);
  const inImpl = tcx.defKind(body.def) === 'assocFn';
  return { level: 'help', message: inImpl ? M.considerNamedLifetimeInImpl : M.considerNamedLifetime, spans: [], suggestions: parts };
}

/** How rustc names the body in "… was supposed to return data": function, method, associated function. */
function fnKindName(body: Body, tcx: TypeContext): string {
  if (body.closure !== null) return 'closure';
  if (tcx.defKind(body.def) !== 'assocFn') return 'function';
  return tcx.fnSig(body.def).hasSelf ? 'method' : 'associated function';
}

function withLater(spans: DiagSpan[], later: DiagSpan | DiagSpan[] | null): DiagSpan[] {
  if (Array.isArray(later)) spans.push(...later);
  else if (later !== null) spans.push(later);
  return spans;
}

function moveSiteLabel(site: MoveSite, body: Body, partial: boolean): DiagSpan {
  const p = quotedPlace(body, site.place);
  switch (site.origin.kind) {
    case 'methodCall': return secondary(site.origin.fnSpan, M.movedByMethodCall(p, site.inPreviousIteration));
    case 'intoIter': return secondary(site.origin.fnSpan, M.movedByIntoIter(p, site.inPreviousIteration));
    case 'closureCapture': return secondary(site.span, M.movedIntoClosure(site.inPreviousIteration));
    case 'plain': case 'overloaded': return secondary(site.span, M.movedHere(partial, site.inPreviousIteration));
    default: return assertNever(site.origin);
  }
}

/**
 * A borrow assigned straight to a variable (`r = &x`) carries the assignment's span; rustc
 * points at the borrow expression, the part after `=`.
 */
export function borrowSpan(text: string, span: Span): Span {
  const src = text.slice(span.lo, span.hi);
  const m = /^[A-Za-z_][A-Za-z0-9_.]*\s*=(?!=)\s*/.exec(src);
  if (m === null || !src.slice(m[0].length).startsWith('&')) return span;
  return { lo: span.lo + m[0].length, hi: span.hi };
}

export { closureArgsSpan };

/** rustc's `is_upvar_field_projection`: the place is a captured place itself (`(*_1).i`, or `*(*_1).i` when by reference). */
function isUpvarPlace(body: Body, place: Place): boolean {
  const cl = body.closure;
  if (cl === null || place.local !== 1) return false;
  let proj = place.projection;
  let byRef = false;
  if (proj.length > 0 && proj[proj.length - 1]!.kind === 'deref') {
    proj = proj.slice(0, -1);
    byRef = true;
  }
  const f = proj[proj.length - 1];
  if (f === undefined || f.kind !== 'field') return false;
  const env = proj.slice(0, -1);
  const isEnv = cl.kind === 'FnOnce' ? env.length === 0 : env.length === 1 && env[0]!.kind === 'deref';
  return isEnv && (!byRef || cl.upvarByRef[f.index] !== 'value');
}

function reportError(e: BorrowckError, result: BorrowckResult, body: Body, tcx: TypeContext, file: SourceFile): Diagnostic {
  const loan = (i: number): Loan => result.loans[i]!;
  /** `let a = *r;`: "consider removing the dereference here", then the `.clone()` rewrite. */
  const derefMoveHelps = (ev: BorrowckError & { kind: 'illegalMove' }, ty: Ty | null): SubDiagnostic[] => {
    const out: SubDiagnostic[] = [];
    const text = file.text.slice(ev.span.lo, ev.span.hi);
    const block = body.blocks[ev.location.block]!;
    const st = block.statements[ev.location.index];
    const intoLet = st !== undefined && st.kind.kind === 'assign' && st.kind.place.projection.length === 0 && body.locals[st.kind.place.local]!.kind === 'user';
    const cloneable = ty !== null && knownClone(tcx, ty);
    if (text.startsWith('*') && ev.place.projection.length === 1) {
      if (intoLet) out.push({ level: 'help', message: M.considerRemovingDeref, spans: [], suggestions: [{ span: { lo: ev.span.lo, hi: ev.span.lo + 1 }, replacement: '', applicability: 'MachineApplicable' }] });
      if (cloneable) out.push({ level: 'help', message: M.considerCloning, spans: [], suggestions: [{ span: ev.span, replacement: `${text.slice(1).trim()}.clone()`, applicability: 'MachineApplicable' }] });
    } else if (cloneable && !text.startsWith('*')) {
      out.push(helpInsert(M.considerCloning, ev.span.hi, '.clone()'));
    }
    return out;
  };
  /** "consider borrowing here" when the value moves into a `let` binding, then `.clone()` for cloneable std types. */
  const moveOutHelps = (ev: BorrowckError & { kind: 'illegalMove' }, ty: Ty | null): SubDiagnostic[] => {
    const out: SubDiagnostic[] = [];
    const block = body.blocks[ev.location.block]!;
    const st = block.statements[ev.location.index];
    const intoLet = st !== undefined && st.kind.kind === 'assign' && st.kind.place.projection.length === 0 && body.locals[st.kind.place.local]!.kind === 'user';
    if (intoLet) out.push(helpInsert(M.considerBorrowing, ev.span.lo, '&'));
    if (ty !== null && knownClone(tcx, ty)) out.push(helpInsert(M.considerCloning, ev.span.hi, '.clone()'));
    return out;
  };
  /**
   * A write or `&mut` through an upvar of an `Fn` closure: the closure, the captured variable when
   * captured whole by reference, and the bound or return type that made the closure `Fn`.
   */
  const fnClosureLabels = (upvar: number): DiagSpan[] => {
    const cl = body.closure;
    if (cl === null) return [];
    const out: DiagSpan[] = [];
    const from = cl.expectedFrom;
    if (from !== null && from.call !== null) {
      if (from.param !== null) out.push(secondary(from.param, M.changeToAcceptFnMut));
      out.push(secondary(from.call, M.expectsFnNotFnMut));
    } else if (from !== null && from.fnName !== null && from.fnRet !== null) {
      out.push(secondary(from.fnName, ''), secondary(from.fnRet, M.changeToReturnFnMut));
    }
    const decl = cl.upvarDecl[upvar];
    if (decl !== null && decl !== undefined && cl.upvarByRef[upvar] !== 'value' && cl.upvarWhole[upvar] === true) out.push(secondary(decl, M.declaredOutsideClosure(cl.upvarNames[upvar] ?? '_')));
    out.push(secondary(closureArgsSpan(file.text, body.span), M.inThisClosure));
    return out;
  };
  /** E0507 for a move out of an upvar of an `Fn`/`FnMut` closure, worded and labelled as rustc does. */
  const moveOutOfCapture = (ev: BorrowckError & { kind: 'illegalMove' }, place: string, tyText: string): Diagnostic => {
    const cl = body.closure!;
    const f = ev.place.projection[1];
    const upvar = f !== undefined && f.kind === 'field' ? f.index : -1;
    const whole = isUpvarPlace(body, ev.place);
    const spans: DiagSpan[] = [];
    const block = body.blocks[ev.location.block]!;
    const st = block.statements[ev.location.index];
    const intoLet = st !== undefined && st.kind.kind === 'assign' && st.kind.place.projection.length === 0 && body.locals[st.kind.place.local]!.kind === 'user';
    const because = M.moveOccursBecause(place, tyText);
    if (intoLet) spans.push(primary(ev.span, because));
    else {
      spans.push(primary(ev.span, M.isMovedHere(place)));
      const at = cl.upvarTypeSpan[upvar] ?? null;
      spans.push(secondary(at ?? ev.span, because));
    }
    const decl = cl.upvarDecl[upvar] ?? null;
    if (decl !== null) spans.push(secondary(decl, M.capturedOuterVariable));
    const head = closureArgsSpan(file.text, body.span);
    spans.push(secondary(head, M.capturedByThisClosure(cl.kind)));
    const bound = cl.expectedFrom?.bound ?? null;
    const children: SubDiagnostic[] = [{ level: 'help', message: M.fnClosuresConsumeHelp, spans: bound === null ? [] : [{ span: bound, label: null, primary: true }], suggestions: [] }];
    if (intoLet) children.push(helpInsert(M.considerBorrowing, ev.span.lo, '&'));
    const ty = placeTy(body, tcx, ev.place);
    const isMove = file.text.slice(head.lo, head.hi).startsWith('move');
    if (!isMove && ty !== null && knownClone(tcx, ty)) children.push(helpInsert(M.considerCloning, ev.span.hi, '.clone()'));
    return err('E0507', M.cannotMoveOutOfCapture(place, cl.kind, whole ? null : cl.upvarNames[upvar] ?? '_'), spans, children);
  };
  /** "consider changing this to be mutable" at the captured variable's declaration outside the closure. */
  const captureMutHelp = (upvar: number): SubDiagnostic[] => {
    const decl = body.closure?.upvarDecl[upvar];
    return decl === null || decl === undefined ? [] : [helpInsert(M.considerChangingMutable, decl.lo, 'mut ')];
  };
  /** The labels of a loan: at the borrow, or for a closure capture at the closure head plus "due to use in closure". */
  const loanLabels = (l: Loan, label: string, due: string | null): DiagSpan[] => {
    if (l.capturedBy === null) return [secondary(borrowSpan(file.text, l.span), label)];
    const out = [secondary(closureArgsSpan(file.text, l.capturedBy), label)];
    if (due !== null) out.push(secondary(l.captureUse ?? l.span, due));
    return out;
  };
  /** Moves into pattern bindings: "data moved here", "...and here", and the type when there is one binding. */
  const bindingLabels = (ev: BorrowckError & { kind: 'illegalMove' }): DiagSpan[] => {
    const out: DiagSpan[] = ev.bindings.map((bnd, j) => secondary(bnd.span, j === 0 ? M.dataMovedHere : M.andHere));
    const only = ev.bindings.length === 1 ? ev.bindings[0]! : null;
    if (only !== null) out.push(secondary(only.span, M.moveOccursBecause(quotedPlace(body, { local: only.local, projection: [] }), tcx.displayTy(body.locals[only.local]!.ty))));
    return out;
  };
  /** rustc's `add_borrow_suggestions` for moves into bindings out of a place (`match *r`): drop the `*`, or borrow the scrutinee. */
  const scrutineeHelps = (ev: BorrowckError & { kind: 'illegalMove' }): SubDiagnostic[] => {
    if (ev.bindings.length === 0 || !ev.fromPlace) return [];
    if (file.text[ev.span.lo] === '*') {
      const derefBase = ev.error.kind === 'borrowedContent' ? placeTy(body, tcx, ev.error.derefBase) : null;
      if (derefBase !== null && derefBase.kind === 'ptr') return [];
      return [{ level: 'help', message: M.considerRemovingDeref, spans: [], suggestions: [{ span: { lo: ev.span.lo, hi: ev.span.lo + 1 }, replacement: '', applicability: 'MaybeIncorrect' }] }];
    }
    return [{ level: 'help', message: M.considerBorrowing, spans: [], suggestions: [{ span: { lo: ev.span.lo, hi: ev.span.lo }, replacement: '&', applicability: 'MaybeIncorrect' }] }];
  };
  /** E0508: a move out of an element (or subslice) of an array or slice. */
  const nonCopyArray = (arrTy: Ty, ty: Ty | null, tyText: string): Diagnostic => {
    const ev = e as BorrowckError & { kind: 'illegalMove' };
    const title = M.cannotMoveNonCopyArray(tcx.displayTy(arrTy), arrTy.kind === 'slice');
    if (ev.bindings.length > 0) {
      return err('E0508', title, [primary(ev.span, M.cannotMoveOutOfHere), ...bindingLabels(ev)], [...(ev.bindings.length > 1 ? [note(M.moveOccursBecauseTheseVariables)] : []), ...scrutineeHelps(ev)]);
    }
    const p = describePlace(body, ev.place);
    const shown = p === null ? 'value' : `\`${p}\``;
    return err('E0508', title, [primary(ev.span, M.cannotMoveOutOfHere), secondary(ev.span, M.moveOccursBecause(shown, tyText))], moveOutHelps(ev, ty));
  };
  switch (e.kind) {
    case 'useOfMoved': {
      const used = quotedPlace(body, e.place);
      const action = e.partialAssign ? 'assign to part' : e.isBorrow ? 'borrow' : 'use';
      // A move in a loop that is its own later use gets one label: the move's.
      const self = e.moves.find((s) => s.span.lo === e.span.lo && s.span.hi === e.span.hi && s.origin.kind !== 'methodCall' && s.origin.kind !== 'intoIter');
      const spans: DiagSpan[] = [primary(e.span, self !== undefined ? moveSiteLabel(self, body, e.partial).label : e.partialAssign ? M.partiallyAssignedAfterMove(e.partial) : M.usedAfterMove(e.isBorrow, e.partial))];
      for (const s of e.moves) if (s !== self) spans.push(moveSiteLabel(s, body, e.partial));
      const children: SubDiagnostic[] = [];
      const moved = e.movedPlace;
      const movedTy = placeTy(body, tcx, moved);
      const tyText = movedTy === null ? '_' : tcx.displayTy(movedTy);
      const declSpan = moved.projection.length === 0 ? userDeclSpan(body, moved.local) : null;
      if (e.partial) children.push(note(M.partialMoveOccursBecause(quotedPlace(body, moved), tyText)));
      else if (declSpan !== null) spans.push(secondary(declSpan, M.moveOccursBecause(quotedPlace(body, moved), tyText)));
      else children.push(note(M.moveOccursBecause(quotedPlace(body, moved), tyText)));
      for (const s of e.moves) {
        if (s.origin.kind === 'methodCall') {
          // A trait's method is named bare (`into_iter`), an inherent one with its type.
          const parent = tcx.defParent(s.origin.fnDef);
          const fnName = parent !== null && tcx.defKind(parent) === 'trait' ? tcx.defPath(s.origin.fnDef).split('::').pop()! : tcx.defPath(s.origin.fnDef);
          const n = note(M.takesOwnershipOfReceiver(fnName, quotedPlace(body, s.place)));
          const selfSpan = selfParamSpan(file.text, tcx.defSpan(s.origin.fnDef));
          children.push(selfSpan === null ? n : { ...n, spans: [{ span: selfSpan, label: null, primary: true }] });
        }
        else if (s.origin.kind === 'intoIter') children.push(note(M.intoIterTakesOwnership(quotedPlace(body, s.place))));
      }
      // rustc suggests `.clone()` at a plain move of a cloneable value (std types we know are Clone).
      const site = e.moves[0];
      const bindingOf = site === undefined ? null : movedIntoBinding(body, site);
      if (site !== undefined && bindingOf !== null && e.moves.every((m) => m.location.block === site.location.block && m.location.index === site.location.index) && inPatternBinding(body, site, bindingOf)) {
        children.push(helpInsert(M.borrowBindingInPattern, body.locals[bindingOf]!.span.lo, 'ref '));
      } else if (!e.partial && moved.projection.length === 0 && e.place.projection.length === 0 && e.moves.length === 1 && site !== undefined && site.origin.kind === 'plain' && movedTy !== null && knownClone(tcx, movedTy)) {
        children.push(helpInsert(M.considerCloning, site.span.hi, '.clone()'));
      } else if (!e.partial && e.moves.length === 1 && site !== undefined && site.origin.kind === 'methodCall' && movedTy !== null && knownClone(tcx, movedTy)) {
        children.push(helpInsert(M.cloneAndConsume, site.span.hi, '.clone()'));
      } else if (!e.partial && e.moves.length === 1 && site !== undefined && site.origin.kind === 'intoIter' && movedTy !== null && iterableByRef(tcx, movedTy)) {
        children.push(helpInsert(M.iterateOverSlice(tyText), site.origin.fnSpan.lo, '&'));
      }
      return err('E0382', M.movedValue(action, e.partial, used), spans, children);
    }
    case 'useUninit': {
      const name = quotedPlace(body, { local: e.local, projection: [] });
      const verb = e.partiallyAssigned ? 'partially assigned' : e.isBorrow ? 'borrowed' : 'used';
      const spans: DiagSpan[] = [primary(e.span, M.uninitUsedHere(name, e.partiallyAssigned ? 'partially assigned' : e.isBorrow ? 'borrowed' : 'used', e.possibly, e.partiallyAssigned))];
      const declSpan = userDeclSpan(body, e.local);
      if (declSpan !== null) spans.push(secondary(declSpan, M.declaredUninit));
      const children: SubDiagnostic[] = [];
      if (e.partiallyAssigned) children.push(help(M.partialInitHelp));
      return err('E0381', M.uninitUse(verb, name, e.possibly, e.partiallyAssigned), spans, children);
    }
    case 'illegalMove': {
      const err0 = e.error;
      const ty = placeTy(body, tcx, e.place);
      const tyText = ty === null ? '_' : tcx.displayTy(ty);
      switch (err0.kind) {
        case 'borrowedContent': {
          if (e.origin.kind === 'overloaded') {
            const base = e.origin.baseTy;
            const lang = base.kind === 'adt' ? tcx.adt(base.def).lang : null;
            const msg = e.origin.op === 'index' ? M.cannotMoveOutOfIndex(tcx.displayTy(base))
              : lang === 'Rc' ? M.cannotMoveOutOfRc : lang === 'Arc' ? M.cannotMoveOutOfArc : M.cannotMoveOutOfDeref(tcx.displayTy(base));
            return err('E0507', msg, [primary(e.span, M.valueMoveOccursBecause(tyText))]);
          }
          if (err0.derefBase.projection.length === 0 && body.locals[err0.derefBase.local]!.bindingMode === 'refForGuard') {
            // A binding seen from its match guard.
            const name = quotedPlace(body, e.place);
            const spans: DiagSpan[] = e.origin.kind === 'closureCapture'
              ? [primary(closureArgsSpan(file.text, e.span), M.isMovedHere(name))]
              : [primary(e.span, M.moveOccursBecause(name, tyText))];
            const helps = e.origin.kind === 'closureCapture' ? [] : moveOutHelps(e, ty);
            return err('E0507', M.cannotMoveOutOf(`${name} in pattern guard`), spans, [note(M.guardBindingsNote), ...helps]);
          }
          const baseTy = placeTy(body, tcx, err0.derefBase);
          // rustc names what lies behind the reference: an array or slice makes it E0508.
          const target = baseTy !== null && (baseTy.kind === 'ref' || baseTy.kind === 'ptr') ? baseTy.inner : null;
          if (target !== null && baseTy!.kind === 'ref' && (target.kind === 'array' || target.kind === 'slice')) return nonCopyArray(target, ty, tyText);
          const place = quotedPlace(body, e.place);
          if (baseTy !== null && baseTy.kind === 'ptr') return err('E0507', M.cannotMoveOutOfRaw(place), [primary(e.span, M.moveOccursBecause(place, tyText))]);
          const mut = baseTy !== null && baseTy.kind === 'ref' && baseTy.mut;
          if (e.bindings.length > 0) {
            // Moves into pattern bindings: point at the scrutinee, label the bindings.
            const dc = e.place.projection.findIndex((x) => x.kind === 'downcast');
            const spans: DiagSpan[] = [primary(e.span, null), ...bindingLabels(e)];
            const children: SubDiagnostic[] = [...(e.bindings.length > 1 ? [note(M.moveOccursBecauseTheseVariables)] : []), ...scrutineeHelps(e)];
            if (dc >= 0) {
              const d = e.place.projection[dc]!;
              let upto = e.place.projection.slice(0, dc);
              if (upto.length > 0 && upto[upto.length - 1]!.kind === 'deref') upto = upto.slice(0, -1);
              const vname = d.kind === 'downcast' ? d.name : '_';
              return err('E0507', M.cannotMoveVariantBehindRef(quotedPlace(body, { local: e.place.local, projection: upto }), vname, mut), spans, children);
            }
            return err('E0507', M.cannotMoveBehindRef(place, mut), spans, children);
          }
          const label = describePlace(body, e.place) === null ? M.valueMoveOccursBecause(tyText) : M.moveOccursBecause(place, tyText);
          if (body.closure !== null && err0.derefBase.local === 1 && err0.derefBase.projection.length === 0) return moveOutOfCapture(e, place, tyText);
          return err('E0507', M.cannotMoveBehindRef(place, mut), [primary(e.span, label)], derefMoveHelps(e, ty));
        }
        case 'interiorOfSliceOrArray': return nonCopyArray(err0.ty, ty, tyText);
        case 'interiorOfTypeWithDestructor':
          if (e.bindings.length > 0) {
            const spans: DiagSpan[] = [primary(e.span, M.cannotMoveOutOfHere), ...bindingLabels(e)];
            return err('E0509', M.cannotMoveDropType(tcx.displayTy(err0.containerTy)), spans, [...(e.bindings.length > 1 ? [note(M.moveOccursBecauseTheseVariables)] : []), ...scrutineeHelps(e)]);
          }
          return err('E0509', M.cannotMoveDropType(tcx.displayTy(err0.containerTy)), [primary(e.span, M.cannotMoveOutOfHere), secondary(e.span, M.moveOccursBecause(quotedPlace(body, e.place), tyText))], moveOutHelps(e, ty));
        default: return assertNever(err0);
      }
    }
    case 'moveWhileBorrowed': {
      const l = loan(e.loan);
      const p = quotedPlace(body, e.place);
      const lp = quotedPlace(body, l.place);
      const spans: DiagSpan[] = [primary(e.span, M.moveOutOccurs(p))];
      const decl = e.place.projection.length === 0 ? userDeclSpan(body, e.place.local) : null;
      if (decl !== null) spans.push(secondary(decl, M.bindingDeclaredHere(p)));
      spans.push(...loanLabels(l, M.borrowOfOccurs(lp), M.borrowDueToUseInClosure));
      const bty = placeTy(body, tcx, l.place);
      const helps = l.kind === 'shared' && l.capturedBy === null && bty !== null && knownClone(tcx, bty) && file.text[borrowSpan(file.text, l.span).lo] === '&'
        ? [helpInsert(M.considerCloning, l.span.hi, '.clone()')] : [];
      return err('E0505', M.moveOutWhileBorrowed(p), withLater(spans, laterLabel(e.later, '', body, tcx, lp, file)), helps);
    }
    case 'conflictingBorrow': {
      const l = loan(e.loan);
      const u = unionOverlap(body, tcx, l.place, e.place);
      const p = u === null ? quotedPlace(body, e.place) : u.base;
      // Borrows of two fields of one union: rustc names the union and says which fields overlap.
      const via = (s: string): string => (u === null ? '' : ` (via ${s})`);
      const unionNote: SubDiagnostic[] = u === null ? [] : [{ level: 'note', message: M.unionFieldsOverlap(u.second, u.union, u.first), spans: [], suggestions: [] }];
      const section = l.kind === 'shallow' && e.newKind !== 'shared' ? immutableSection(body, l.assigned) : null;
      if (section !== null) return err('E0510', M.cannotMutateInSection('mutably borrow', quotedPlace(body, e.place), section), [primary(e.span, M.cannotAction('mutably borrow')), secondary(l.span, M.immutableInSection(section))]);
      const oldMut = l.kind === 'mut' || l.kind === 'twoPhaseMut';
      // A closure's unique capture (of a place reached through a `&mut` held by an immutable
      // variable) on either side: rustc's E0524, E0500 and E0501.
      const newCapture = (label: string): DiagSpan[] => e.newCapturedBy === null ? [primary(e.span, label)]
        : [primary(closureArgsSpan(file.text, e.newCapturedBy), label), secondary(e.newCaptureUse ?? e.span, M.borrowDueToUseOfInClosure('second ', p))];
      const later = laterLabel(e.later, 'first ', body, tcx, p, file);
      if (e.newKind === 'unique' && l.kind === 'unique' && e.newCapturedBy !== null && l.capturedBy !== null) {
        return err('E0524', M.conflictTwoUnique(p), withLater([...newCapture('second closure is constructed here'), ...loanLabels(l, 'first closure is constructed here', M.borrowDueToUseOfInClosure('first ', p))], later));
      }
      if (e.newKind === 'unique') {
        return err('E0500', M.conflictUnique(p), withLater([...newCapture('closure construction occurs here'), ...loanLabels(l, 'borrow occurs here', M.borrowDueToUseOfInClosure('first ', p))], later));
      }
      if (l.kind === 'unique' && l.capturedBy !== null) {
        return err('E0501', M.conflictAfterUnique(p, e.newKind === 'mut'), withLater([...newCapture('second borrow occurs here'), ...loanLabels(l, 'closure construction occurs here', M.borrowDueToUseOfInClosure('first ', p))], later));
      }
      const newSpans = (label: string): DiagSpan[] => e.newCapturedBy === null ? [primary(e.span, label)]
        : [primary(closureArgsSpan(file.text, e.newCapturedBy), label), secondary(e.newCaptureUse ?? e.span, M.borrowDueToUseOfInClosure('second ', p))];
      if (e.newKind === 'mut' && (oldMut || l.kind === 'unique')) {
        // The same borrow expression in a loop: one label for both borrows.
        if (e.newCapturedBy === null && l.capturedBy === null && l.span.lo === e.span.lo && l.span.hi === e.span.hi) {
          return err('E0499', M.conflictMutMut(p + via(u?.second ?? '')), withLater([primary(e.span, M.mutBorrowedInPreviousIteration(p))], laterLabel(e.later, 'first ', body, tcx, p, file)), unionNote);
        }
        const indexed = (pl: Place) => pl.projection.length > 0 && pl.projection[pl.projection.length - 1]!.kind === 'index';
        const split = indexed(l.place) && indexed(e.place) ? [help(M.splitAtMut)] : [];
        return err('E0499', M.conflictMutMut(p + via(u?.second ?? '')), withLater([...newSpans(M.secondMutBorrow + via(u?.second ?? '')), ...loanLabels(l, M.firstMutBorrow + via(u?.first ?? ''), M.borrowDueToUseOfInClosure('first ', p))], laterLabel(e.later, 'first ', body, tcx, p, file)), [...split, ...unionNote]);
      }
      const newMut = e.newKind === 'mut';
      const kindNew = newMut ? 'mutable' : 'immutable';
      const newLabel = u === null ? (newMut ? M.mutableBorrowHere : M.immutableBorrowHere) : M.unionBorrowOverlaps(kindNew, u.second, u.first);
      const newLabels = e.newCapturedBy === null ? newSpans(newLabel)
        : [primary(closureArgsSpan(file.text, e.newCapturedBy), newLabel), secondary(e.newCaptureUse ?? e.span, M.borrowDueToUseOfInClosure('second ', p))];
      const message = u === null ? M.conflictSharedMut(p, newMut) : M.conflictSharedMutVia(p, u.second, u.first, newMut);
      return err('E0502', message,
        withLater([...newLabels, ...loanLabels(l, (newMut ? M.immutableBorrowHere : M.mutableBorrowHere) + via(u?.first ?? ''), M.borrowDueToUseOfInClosure('first ', p))], laterLabel(e.later, newMut ? 'immutable ' : 'mutable ', body, tcx, p, file)), unionNote);
    }
    case 'useWhileMutBorrowed': {
      const l = loan(e.loan);
      const p = quotedPlace(body, e.place);
      const lp = quotedPlace(body, l.place);
      return err('E0503', M.useWhileMutBorrowed(p), withLater([primary(e.span, M.useOfBorrowed(lp)), ...loanLabels(l, M.isBorrowedHere(lp), M.borrowDueToUseOfInClosure('', lp))], laterLabel(e.later, '', body, tcx, lp, file)));
    }
    case 'assignBorrowed': {
      const l = loan(e.loan);
      const p = quotedPlace(body, e.place);
      const section = l.kind === 'shallow' ? immutableSection(body, l.assigned) : null;
      if (section !== null) return err('E0510', M.cannotMutateInSection('assign', p, section), [primary(e.span, M.cannotAction('assign')), secondary(l.span, M.immutableInSection(section))]);
      const lp = quotedPlace(body, l.place);
      // rustc describes both labels with the assigned place.
      return err('E0506', M.assignToBorrowed(p), withLater([primary(e.span, M.assignedHereButBorrowed(p)), ...loanLabels(l, M.isBorrowedHere(p), M.borrowDueToUseInClosure)], laterLabel(e.later, '', body, tcx, lp, file)));
    }
    case 'doesNotLiveLongEnough': {
      const l = loan(e.loan);
      const named = describePlace(body, l.place);
      if (e.temporary || named === null) {
        const spans: DiagSpan[] = [primary(l.span, M.createsTemporary), secondary(e.span, M.temporaryFreed)];
        const later = laterLabel(e.later, '', body, tcx, null, file);
        return err('E0716', M.temporaryDropped, withLater(spans, later), [help(M.considerLetBinding)]);
      }
      const p = `\`${named}\``;
      const root = quotedPlace(body, { local: l.place.local, projection: [] });
      const spans: DiagSpan[] = [primary(l.capturedBy !== null && l.captureUse !== null ? l.captureUse : borrowSpan(file.text, l.span), M.borrowedValueDoesNotLive), secondary(e.span, M.droppedWhileBorrowed(p))];
      if (l.capturedBy !== null) spans.push(secondary(closureArgsSpan(file.text, l.capturedBy), M.valueCapturedHere));
      const decl = userDeclSpan(body, l.place.local);
      if (decl !== null) spans.push(secondary(decl, M.bindingDeclaredHere(root)));
      return err('E0597', M.doesNotLiveLongEnough(p), withLater(spans, laterLabel(e.later, '', body, tcx, p, file)));
    }
    case 'borrowEscapesClosure': {
      const spans: DiagSpan[] = [primary(e.span, M.referenceEscapesClosure), secondary(borrowSpan(file.text, e.borrowSpan), M.borrowOnlyValidInClosure)];
      if (e.upvarDecl !== null) spans.push(secondary(e.upvarDecl, M.declaredOutsideClosureBody(e.upvar)));
      return err('E0521', M.borrowedDataEscapes('closure'), spans);
    }
    case 'dropckOverflow':
      return err('E0320', M.dropckOverflow(tcx.displayTy(e.ty)), [primary(e.span, null)], [note(M.dropckOverflowedOn(tcx.displayTy(e.overflow)))]);
    case 'borrowUsedByDestructor': {
      const l = loan(e.loan);
      const dropped = quotedPlace(body, e.dropped, 'temporary value');
      const borrowed = describePlace(body, l.place);
      const ty = tcx.displayTy(e.droppedTy);
      const spans: DiagSpan[] = [primary(borrowSpan(file.text, l.span), null), secondary(e.dropSpan, borrowed === null ? M.dropOfTemporary(dropped, ty) : M.dropNeedsExclusiveAccess(dropped, borrowed, ty))];
      const children = e.later.kind === 'usedLater' || e.later.kind === 'droppedLater' ? [note(M.considerLetLongerLived)] : [];
      const all = withLater(spans, laterLabel(e.later, '', body, tcx, borrowed === null ? null : `\`${borrowed}\``, file));
      // A label on the borrow itself goes on the (otherwise unlabelled) primary span, as rustc shows it.
      const main = all[0]!;
      const same = all.findIndex((x, i) => i > 0 && x.span.lo === main.span.lo && x.span.hi === main.span.hi);
      if (same > 0) { all[0] = primary(main.span, all[same]!.label); all.splice(same, 1); }
      return err('E0713', M.borrowAcrossDestructor, all, children);
    }
    case 'returnsLocalRef': {
      const l = loan(e.loan);
      const named = describePlace(body, l.place);
      let what: string;
      let borrowedLabel: string;
      if (e.what === 'temporary' || named === null) { what = 'temporary value'; borrowedLabel = M.temporaryCreatedHere; }
      else {
        const kind = l.place.projection.length > 0 ? 'local data' : e.what === 'param' ? 'function parameter' : 'local variable';
        what = `${kind} \`${named}\``;
        borrowedLabel = M.isBorrowedHere(`\`${named}\``);
      }
      const spans: DiagSpan[] = [primary(e.span, M.returnsData(e.directRef))];
      if (!e.directRef) spans.push(secondary(l.span, borrowedLabel));
      return err('E0515', M.cannotReturn(e.directRef, what), spans);
    }
    case 'closureMayOutlive': {
      const l = loan(e.loan);
      const p = quotedPlace(body, l.place);
      const spans: DiagSpan[] = [primary(closureArgsSpan(file.text, e.span), M.mayOutliveBorrowed(p)), secondary(l.captureUse ?? l.span, M.isBorrowedHere(p))];
      const children: SubDiagnostic[] = [];
      if (e.category === 'return') children.push({ level: 'note', message: M.closureReturnedHere, spans: [{ span: e.requiredAt, label: null, primary: true }], suggestions: [] });
      else children.push({ level: 'note', message: M.functionRequiresStatic(regionName(e.region, anonNamesOf(body))), spans: [{ span: e.requiredAt, label: null, primary: true }], suggestions: [] });
      children.push(helpInsert(M.useMoveKeyword(p), closureArgsSpan(file.text, e.span).lo, 'move '));
      return err('E0373', M.closureMayOutlive(p), spans, children);
    }
    case 'assignTwice': {
      const p = quotedPlace(body, { local: e.local, projection: [] });
      const decl = body.locals[e.local]!;
      if (e.firstIsArg) {
        return err('E0384', M.assignImmutableArg(p), [primary(e.span, M.assignImmutableArgLabel)], [helpInsert(M.considerMakingMutable, decl.span.lo, 'mut ')]);
      }
      const spans: DiagSpan[] = [primary(e.span, M.assignTwiceLabel)];
      if (e.firstAssign !== null) spans.push(secondary(e.firstAssign, M.firstAssignment(p)));
      const children = decl.bindingMode === 'value' ? [helpInsert(M.considerMakingMutable, decl.span.lo, 'mut ')] : [];
      return err('E0384', M.assignTwice(p), spans, children);
    }
    case 'cannotBorrowMut': {
      const by = e.byClosure;
      if (by !== undefined && e.closureUses.length === 0) {
        // Built for the plain borrow, then pointed at the closure and the use inside it.
        const d = reportError({ ...e, byClosure: undefined }, result, body, tcx, file);
        const spans = d.spans.map((s) => (s.primary ? { ...s, span: closureArgsSpan(file.text, by.closure) } : s));
        if (by.use !== null) spans.push(secondary(by.use, M.mutBorrowDueToUseInClosure(quotedPlace(body, e.place))));
        return { ...d, spans };
      }
      const p = quotedPlace(body, e.place);
      const r = e.reason;
      switch (r.kind) {
        case 'immutableLocal': {
          const decl = body.locals[r.local]!;
          const children = decl.name !== null && decl.bindingMode === 'value' ? [helpInsert(M.considerChangingMutable, decl.span.lo, 'mut ')] : [];
          if (e.closureUses.length === 1) {
            const spans: DiagSpan[] = [primary(e.span, M.cannotBorrowMutLabel)];
            if (e.capture !== null) spans.push(secondary(e.capture.span, M.callingRequiresMutBinding(p, quotedPlace(body, e.capture.place))));
            return err('E0596', M.cannotBorrowMutLocal(p), spans, children);
          }
          if (e.closureUses.length > 0) {
            const spans: DiagSpan[] = [primary(e.span, M.notMutable)];
            if (e.capture !== null) spans.push(secondary(e.capture.span, M.callingRequiresMutBinding(p, quotedPlace(body, e.capture.place))));
            for (const u of e.closureUses) spans.push(secondary(u, M.cannotBorrowMutLabel));
            return err('E0596', M.cannotBorrowMutLocal(p), spans, children);
          }
          const root = quotedPlace(body, { local: r.local, projection: [] });
          return err('E0596', e.place.projection.length === 0 ? M.cannotBorrowMutLocal(p) : M.cannotBorrowMutNotDeclared(p, root.slice(1, -1)), [primary(e.span, M.cannotBorrowMutLabel)], children);
        }
        case 'behindSharedRef': {
          const src = overloadedSource(body, tcx, r.refPlace);
          const d = describePlace(body, e.place);
          if (src !== null || d === null) {
            // rustc's `BorrowedContentSource`: "data in an `Rc`", "data in an index of `T`", "data in a `&` reference".
            const pointer = pointerDescription(tcx, src);
            const title = d === null ? M.cannotBorrowMutData(pointer) : M.cannotBorrowMutBehind(`\`${d}\``, pointer);
            return err('E0596', title, [primary(e.span, M.cannotBorrowMutLabel)], overloadedHelp(tcx, src));
          }
          const rp = describePlace(body, r.refPlace);
          return err('E0596', M.cannotBorrowMutBehindRef(p), [primary(e.span, rp === null ? M.cannotBorrowMutLabel : M.refSoCannotBorrow(`\`${rp}\``))]);
        }
        case 'behindConstPtr': return err('E0596', M.cannotBorrowMutBehindPtr(p), [primary(e.span, M.cannotBorrowMutLabel)]);
        case 'immutableUpvar': return err('E0596', M.cannotBorrowMutUpvar(p, isUpvarPlace(body, e.place)), [primary(e.span, M.cannotBorrowMutLabel), ...fnClosureLabels(r.upvar)]);
        case 'immutableCapture': return err('E0596', M.cannotBorrowMutNotDeclared(p, isUpvarPlace(body, e.place) ? null : body.closure?.upvarNames[r.upvar] ?? '_'), [primary(e.span, M.cannotBorrowMutLabel)], captureMutHelp(r.upvar));
        case 'other': return err('E0596', M.cannotBorrowMutLocal(p), [primary(e.span, M.cannotBorrowMutLabel)]);
        default: return assertNever(r);
      }
    }
    case 'cannotAssign': {
      const p = quotedPlace(body, e.place);
      const r = e.reason;
      switch (r.kind) {
        case 'immutableLocal': {
          const decl = body.locals[r.local]!;
          const root = quotedPlace(body, { local: r.local, projection: [] });
          const children = decl.name !== null && decl.bindingMode === 'value' ? [helpInsert(M.considerChangingMutable, decl.span.lo, 'mut ')] : [];
          return err('E0594', M.cannotAssignLocal(p, root), [primary(e.span, M.cannotAssignLabel)], children);
        }
        case 'behindSharedRef': {
          const src = overloadedSource(body, tcx, r.refPlace);
          const d = describePlace(body, e.place);
          if (src !== null || d === null) {
            const pointer = pointerDescription(tcx, src);
            const title = d === null ? M.cannotAssignData(pointer) : M.cannotAssignBehind(`\`${d}\``, pointer);
            return err('E0594', title, [primary(e.span, M.cannotAssignLabel)], overloadedHelp(tcx, src));
          }
          const rp = describePlace(body, r.refPlace);
          return err('E0594', M.cannotAssignBehindRef(p), [primary(e.span, rp === null ? M.cannotAssignLabel : M.refSoCannotWrite(`\`${rp}\``))]);
        }
        case 'behindConstPtr': return err('E0594', M.cannotAssignBehindPtr(p), [primary(e.span, M.cannotAssignLabel)]);
        case 'immutableUpvar': return err('E0594', M.cannotAssignUpvar(p, isUpvarPlace(body, e.place)), [primary(e.span, M.cannotAssignLabel), ...fnClosureLabels(r.upvar)]);
        case 'immutableCapture': return err('E0594', M.cannotAssignNotDeclared(p, isUpvarPlace(body, e.place) ? null : body.closure?.upvarNames[r.upvar] ?? '_'), [primary(e.span, M.cannotAssignLabel)], captureMutHelp(r.upvar));
        case 'other': return err('E0594', M.cannotAssignLocal(p, p), [primary(e.span, M.cannotAssignLabel)]);
        default: return assertNever(r);
      }
    }
    case 'higherRankedLifetimeError': return err(null, 'higher-ranked lifetime error', [primary(e.span, null)], [note(`could not prove \`${e.predicate}\``)]);
    case 'hiddenTypeCapturesLifetime': {
      const opaque = file.text.slice(e.opaqueSpan.lo, e.opaqueSpan.hi);
      const hidden = tcx.displayTy(e.hidden);
      const name = e.region.kind === 'named' ? e.region.name : "'_";
      const spans: DiagSpan[] = [primary(e.span, null)];
      const at = e.region.span ?? null;
      if (at !== null) spans.push(secondary(at, e.region.kind === 'named' ? M.hiddenCapturesNamed(hidden, name) : M.hiddenCapturesAnon(hidden)));
      spans.push(secondary(e.opaqueSpan, M.opaqueDefinedHere));
      // `use<..>` must list the type parameters in scope too; suggested only where there are none.
      const kind = tcx.defKind(body.def);
      const typeParams = kind === 'fn' || kind === 'assocFn' ? tcx.fnSig(body.def).typeParamInsert?.length ?? 1 : 1;
      const children = typeParams === 0 ? [helpInsert(M.addUseBound(name), e.opaqueSpan.hi, ` + use<${name}>`)] : [];
      return err('E0700', M.hiddenTypeCaptures(opaque), spans, children);
    }
    case 'notGeneralEnough':
      if (e.trait === null) return err('E0308', 'mismatched types', [primary(e.span, 'one type is more general than the other')]);
      return err(null, `implementation of \`${e.trait}\` is not general enough`, [primary(e.span, `implementation of \`${e.trait}\` is not general enough`)]);
    case 'typeMayNotLiveLongEnough': {
      // rustc's placeholder error: the type must outlive a lifetime of a `for<'r>` clause.
      if (e.forall === true) return err(null, M.typeDoesNotLiveLongEnough(e.param), [primary(e.span, null)]);
      const what = e.alias === true ? 'associated type' : 'parameter type';
      const msg = M.paramMayNotLiveLongEnough(e.param, what);
      const insert = e.alias !== true && (tcx.defKind(body.def) === 'fn' || tcx.defKind(body.def) === 'assocFn') ? tcx.fnSig(body.def).typeParamInsert?.[e.paramIndex] ?? null : null;
      const whereAt = e.alias === true && (tcx.defKind(body.def) === 'fn' || tcx.defKind(body.def) === 'assocFn') ? tcx.fnSig(body.def).whereInsert ?? null : null;
      const suggest = (name: string): SubDiagnostic[] => {
        if (whereAt !== null) return [helpInsert(M.considerExplicitBound, whereAt.at, `${whereAt.afterComma === true ? '' : whereAt.hasWhere ? ',' : ' where'} ${e.param}: ${name}`)];
        return insert === null ? [] : [helpInsert(M.considerExplicitBound, insert.at, insert.hasBounds ? ` + ${name}` : `: ${name}`)];
      };
      if (e.region.kind === 'static') {
        return err('E0310', msg, [primary(e.span, M.paramValidForStatic(e.param, what)), primary(e.span, M.soThatMeetsBounds(e.param))], suggest("'static"));
      }
      const at = e.region.span ?? null;
      if (e.region.kind === 'named') {
        const spans: DiagSpan[] = [primary(e.span, M.soThatMeetsBounds(e.param))];
        if (at !== null) spans.push(secondary(at, M.paramValidForNamed(e.param, e.region.name, what)));
        return err('E0309', msg, spans, suggest(e.region.name));
      }
      const spans: DiagSpan[] = [primary(e.span, M.soThatMeetsBounds(e.param))];
      if (at !== null) spans.push(secondary(at, M.paramValidForAnon(e.param, what)));
      return err('E0311', msg, spans);
    }
    case 'lifetimeMayNotLiveLongEnough': {
      if (e.longer.kind === 'anon' && e.longer.param !== null && e.shorter.kind === 'named' && !inTraitImpl(body, tcx)) {
        // rustc's "named vs anonymous" region error: the parameter's type lacks the lifetime.
        const at = e.longer.span ?? null;
        const children = at !== null && file.text[at.lo] === '&' ? [helpInsert(M.addExplicitLifetime(e.shorter.name, e.longer.param), at.lo + 1, `${e.shorter.name} `)] : [];
        return err('E0621', M.explicitLifetimeRequired(e.longer.param), [primary(e.span, M.lifetimeRequired(e.shorter.name))], children);
      }
      const anon = anonNamesOf(body);
      const longer = regionName(e.longer, anon);
      const shorter = regionName(e.shorter, anon);
      // rustc's "borrowed data escapes": an argument's lifetime must outlive 'static through a call
      // (or, in a closure, an assignment).
      const arg = e.longerArg === null ? null : body.locals[e.longerArg] ?? null;
      if (e.fnMutEscape === true) {
        const spans: DiagSpan[] = [primary(e.span, M.returnsCapturedReference), secondary(closureArgsSpan(file.text, body.span), M.inferredFnMut)];
        return err(null, M.capturedCannotEscapeFnMut, spans, [note(M.fnMutOnlyWhileExecuting), note(M.fnMutCannotEscape)]);
      }
      const upvar = e.shorter.upvar;
      if (e.escapesClosure === true && (arg === null || arg.name === null) && upvar !== undefined) {
        // The closure's own region (its environment's) stored into a capture: rustc names the capture.
        const spans: DiagSpan[] = [primary(e.span, M.temporaryBorrowEscapesClosure)];
        if (upvar.decl !== null) spans.push(secondary(upvar.decl, M.declaredOutsideClosureBody(upvar.name)));
        return err('E0521', M.borrowedDataEscapes('closure'), spans, [help(M.storedIntoOutsideClosure(upvar.name))]);
      }
      const escapes = (e.escapesClosure === true || (e.shorter.kind === 'static' && e.longer.kind !== 'static')) && arg !== null && arg.name !== null
        && (e.category === 'callArgument' || (e.category === 'assignment' && body.closure !== null));
      if (escapes && arg !== null && arg.name !== null) {
        const from = fnKindName(body, tcx);
        const spans: DiagSpan[] = [
          primary(e.span, M.escapesBodyHere(arg.name, from)),
          secondary(arg.span, M.onlyValidInBody(arg.name, from)),
        ];
        const l = regionLabel(e.longer, longer, file);
        if (l !== null) spans.push(l);
        spans.push(primary(e.span, e.category === 'assignment' ? M.assignmentRequires(longer, shorter) : M.argumentRequires(longer, shorter)));
        const children = e.variance !== null ? varianceNotes(e.variance, tcx) : [];
        return err('E0521', M.borrowedDataEscapes(from), spans, children);
      }
      let label: string;
      switch (e.category) {
        case 'return':
          // rustc: "supposed to return" when the outlived region is one of the fn's own (not 'static).
          label = e.shorter.kind !== 'static' && body.closure === null
            ? M.supposedToReturn(fnKindName(body, tcx), shorter, longer) : M.returningRequires(longer, shorter);
          break;
        case 'typeAnnotation': label = M.typeAnnotationRequires(longer, shorter); break;
        case 'cast': label = M.coercionRequires(longer, shorter); break;
        case 'callArgument': label = M.argumentRequires(longer, shorter); break;
        case 'assignment': label = M.assignmentRequires(longer, shorter); break;
        case 'copyBound': label = M.copyingRequires(longer, shorter); break;
        case 'predicate': label = M.plainRequires(longer, shorter); break;
        case 'other': label = M.requiresOutlive(longer, shorter); break;
        default: return assertNever(e.category);
      }
      const spans: DiagSpan[] = [primary(e.span, label)];
      for (const [r, name] of [[e.longer, longer], [e.shorter, shorter]] as const) {
        const l = regionLabel(r, name, file) ?? argTypeLabel(body, tcx, r, name);
        if (l !== null) spans.push(l);
      }
      const children = e.longer.kind === 'named' && e.shorter.kind === 'named' ? [help(M.considerBound(longer, shorter))] : [];
      if (e.category === 'return' && e.longer.kind === 'anon' && e.shorter.kind === 'anon' && body.closure === null) {
        const s = suggestNamedLifetime(body, tcx, file, e.longer);
        if (s !== null) children.push(s);
      }
      if (e.variance !== null) children.push(...varianceNotes(e.variance, tcx));
      if (e.forallClause != null) children.push({ level: 'note', message: M.impliesStatic, spans: [{ span: e.forallClause, label: null, primary: true }], suggestions: [] });
      return err(null, M.lifetimeMayNotLiveLongEnough, spans, children);
    }
    default: return assertNever(e);
  }
}

/**
 * rustc's `unused_mut` lint on a `mut` binding no mutation needed: at the binding (`mut x`), with
 * the `mut ` to remove; a warning unless an attribute around it says otherwise.
 */
function unusedMutLint(body: Body, local: number, lints: LintLevels, file: SourceFile): Diagnostic | null {
  const span = body.locals[local]!.span;
  const lvl = lints.levelAt(UNUSED_MUT, span);
  if (lvl.level === 'allow') return null;
  const level = lvl.level === 'warn' ? 'warning' : 'error';
  // rustc's `span_until_non_whitespace`: `mut ` with the blanks after it.
  const head = /^\S*\s*/.exec(file.text.slice(span.lo, span.hi))![0].length;
  const children: SubDiagnostic[] = [];
  if (lvl.source === null) children.push(note(M.lintOnByDefault(UNUSED_MUT.name, UNUSED_MUT.groups[0] ?? null)));
  else {
    children.push({ level: 'note', message: LEVEL_DEFINED_HERE, spans: [primary(lvl.source, null)], suggestions: [] });
    if (lvl.via !== null) children.push(note(M.lintImpliedBy(lvl.level, UNUSED_MUT.name, lvl.via)));
  }
  children.push({ level: 'help', message: M.removeMut, spans: [], suggestions: [{ span: { lo: span.lo, hi: span.lo + head }, replacement: '', applicability: 'MachineApplicable' }], style: 'inline' });
  return { level, code: UNUSED_MUT.name, message: M.unusedMut, spans: [primary(span, null)], children };
}

/**
 * rustc does not suggest changing the signature of a method in a trait impl (it must match the
 * trait's), so "explicit lifetime required" (E0621) is never reported there.
 */
function inTraitImpl(body: Body, tcx: TypeContext): boolean {
  if (body.closure !== null) return false;
  const parent = tcx.defParent(body.def);
  return parent !== null && tcx.isTraitImpl?.(parent) === true;
}
