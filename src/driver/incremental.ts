import { borrowck } from '../borrowck/index.js';
import { dedupHelps, reportBorrowck } from '../diagnostics/borrowck-report.js';
import { dedupIdentical } from '../diagnostics/dedup.js';
import { keptLateErrors, type LintLevels, lintLevels, onceDefaultLevelNotes } from '../diagnostics/lint-levels.js';
import { buildMir } from '../mir/build/index.js';
import { forEachItemBlock } from '../resolve/body-blocks.js';
import type { Item, ParseResult } from '../syntax/ast.js';
import { parse } from '../syntax/parser.js';
import type { SourceFile, Span } from '../syntax/span.js';
import type { BodyReuse, ReusedBody } from '../types/analyze.js';
import { analyze, interfaceIsClean } from '../types/analyze.js';
import type { CheckedBody, Program } from '../types/program.js';
import type { Diagnostic, DiagSpan, SubDiagnostic, Suggestion } from '../util/diagnostic.js';
import type { CheckOptions, CheckOutput } from './check.js';
import { check } from './check.js';
import { syntaxDiagnostic } from './parse.js';
import { hasMain, isInternal, isUnsupported, missingMain } from './phases.js';

/**
 * Incremental re-checking for editors: `checkIncremental(file, opts, previous)` returns exactly
 * what `check(file, opts)` returns, re-using the results of every fn body whose text is unchanged
 * since `previous` when nothing outside fn bodies changed ("the interface": signatures, types,
 * impls, imports, consts). A body's results depend only on its own text and the interface, so
 * its diagnostics are the remembered ones moved by the distance the body moved in the file.
 * Re-use is refused (a full check runs) when the interface changed and raises diagnostics of its
 * own, when a body declares items, or when a phase failed internally.
 */
export interface IncrementalCheck extends CheckOutput {
  readonly memo: CheckMemo | null;
  /** How many fn bodies were re-used rather than checked. */
  readonly reused: number;
}

/** What a run remembers for the next one. */
export interface CheckMemo {
  /** Options, file name and the text outside the re-usable fn bodies. */
  readonly interfaceKey: string;
  readonly interfaceClean: boolean;
  /** By body key (see `bodyKey`). */
  readonly bodies: ReadonlyMap<string, BodyMemo>;
}

interface BodyMemo {
  /** Where the item (attributes included) started in the text it was checked in. */
  readonly lo: number;
  readonly typeDiags: readonly Diagnostic[];
  readonly tcxDiags: readonly Diagnostic[];
  readonly mirDiags: readonly Diagnostic[];
  readonly borrowckDiags: readonly Diagnostic[];
}

/** A fn item whose body can be re-used, with its extent and key. */
interface BodyItem {
  readonly item: Item & { kind: 'fn' };
  readonly lo: number;
  readonly hi: number;
  readonly key: string;
}

export function checkIncremental(file: SourceFile, opts: CheckOptions, previous: IncrementalCheck | null): IncrementalCheck {
  try {
    const r = run(file, opts, previous?.memo ?? null);
    if (r !== null) return r;
  } catch {
    // Fall through to the full check, which reports the failure as rustc-style internal error.
  }
  return { ...check(file, opts), memo: null, reused: 0 };
}

function run(file: SourceFile, opts: CheckOptions, prev: CheckMemo | null): IncrementalCheck | null {
  const parsed = parse(file, { edition: opts.edition ?? 2021 });
  if (parsed.errors.length > 0) return output(parsed.errors.map(syntaxDiagnostic), opts.crateType === 'lib' ? 'lib' : 'bin', null, 0);
  const crateType = opts.crateType === 'auto' ? (hasMain(parsed) ? 'bin' : 'lib') : opts.crateType;
  const items = bodyItems(parsed, file);
  if (items === null) return null;
  const interfaceKey = keyOfInterface(file, opts, items);
  const clean = prev !== null && prev.interfaceKey === interfaceKey ? prev.interfaceClean : interfaceIsClean(parsed, file);
  const old = clean && prev !== null && prev.interfaceKey === interfaceKey && prev.interfaceClean ? prev.bodies : new Map<string, BodyMemo>();
  const byItem = new Map<Item, BodyItem>(items.map((b) => [b.item, b]));

  // The bodies in the order the type checker visits them: re-used ones and fresh ones.
  const order: ({ kind: 'reused'; memo: BodyMemo; at: BodyItem } | { kind: 'fresh'; body: CheckedBody; typeDiags: readonly Diagnostic[]; tcxDiags: readonly Diagnostic[] })[] = [];
  const reuse: BodyReuse = {
    lookup: (item): ReusedBody | null => {
      const at = byItem.get(item);
      const memo = at === undefined ? undefined : old.get(at.key);
      if (at === undefined || memo === undefined) return null;
      order.push({ kind: 'reused', memo, at });
      const delta = at.lo - memo.lo;
      return { diags: memo.typeDiags.map((d) => shift(d, delta)), tcxDiags: memo.tcxDiags.map((d) => shift(d, delta)) };
    },
    done: (body, typeDiags, tcxDiags) => {
      order.push({ kind: 'fresh', body, typeDiags, tcxDiags });
    },
  };
  const program = analyze(parsed, file, reuse);
  const diags: Diagnostic[] = [];
  if (crateType === 'bin' && !hasMain(parsed)) diags.push(missingMain(file));
  diags.push(...program.diagnostics);
  const mirDiags: Diagnostic[] = [];
  const lints = lintLevels(parsed.crate);
  const borrowckDiags: Diagnostic[] = [];
  const bodies = new Map<string, BodyMemo>();
  for (const o of order) {
    if (o.kind === 'reused') {
      const delta = o.at.lo - o.memo.lo;
      mirDiags.push(...o.memo.mirDiags.map((d) => shift(d, delta)));
      borrowckDiags.push(...o.memo.borrowckDiags.map((d) => shift(d, delta)));
      bodies.set(o.at.key, { ...o.memo, lo: o.at.lo, typeDiags: o.memo.typeDiags.map((d) => shift(d, delta)), tcxDiags: o.memo.tcxDiags.map((d) => shift(d, delta)), mirDiags: o.memo.mirDiags.map((d) => shift(d, delta)), borrowckDiags: o.memo.borrowckDiags.map((d) => shift(d, delta)) });
      continue;
    }
    const { mir, bck } = lowerAndCheck(program, o.body, opts, file, lints);
    mirDiags.push(...mir);
    borrowckDiags.push(...bck);
    const at = byItem.get(o.body.item);
    if (at === undefined) continue;
    const memo: BodyMemo = { lo: at.lo, typeDiags: o.typeDiags, tcxDiags: o.tcxDiags, mirDiags: mir, borrowckDiags: bck };
    if (movable(memo, at, file.name)) bodies.set(at.key, memo);
  }
  diags.push(...mirDiags, ...borrowckDiags);
  if (!diags.some((d) => d.level === 'error')) diags.push(...keptLateErrors(program.lateDiagnostics, lints));
  if (diags.some(isInternal)) return null;
  return output(diags, crateType, { interfaceKey, interfaceClean: clean, bodies }, order.filter((o) => o.kind === 'reused').length);
}

/** MIR building and borrow checking of one body, as `check` does them for all bodies. */
function lowerAndCheck(program: Program, body: CheckedBody, opts: CheckOptions, file: SourceFile, lints: LintLevels): { mir: Diagnostic[]; bck: Diagnostic[] } {
  if (body.tainted) return { mir: [], bck: [] };
  const built = buildMir({ ...program, bodies: [body] }, program.bodies);
  const bck: Diagnostic[] = [];
  for (const b of built.bodies) bck.push(...reportBorrowck(borrowck(b, program.tcx, { polonius: opts.polonius === true }), b, program.tcx, file, lints));
  return { mir: built.diagnostics, bck };
}

function output(all: Diagnostic[], crateType: 'bin' | 'lib', memo: CheckMemo | null, reused: number): IncrementalCheck {
  const diags = dedupIdentical(dedupHelps(onceDefaultLevelNotes(all)));
  return { diagnostics: diags, crateType, internalErrors: diags.filter(isInternal).length, unsupported: diags.filter(isUnsupported).length, phaseMs: null, memo, reused };
}

/**
 * The fn items (free, in impls, traits and modules) whose bodies can be re-used, keyed by where
 * they sit among the items and by their text; null when a body declares items (those add
 * definitions to the crate, so a body would no longer be independent of the others).
 */
function bodyItems(parsed: ParseResult, file: SourceFile): BodyItem[] | null {
  const out: BodyItem[] = [];
  let fullCheck = false;
  const visit = (items: readonly Item[], path: string): void => {
    items.forEach((item, i) => {
      const here = `${path}/${i}`;
      if (item.kind === 'fn' && item.body) {
        // Evaluating a const reads the MIR of the const fns it calls, which a re-used body lacks.
        if (item.sig.qualifiers.const) fullCheck = true;
        forEachItemBlock(item.body, 0, () => {
          fullCheck = true;
          return 0;
        });
        const lo = Math.min(item.span.lo, ...item.attrs.map((a) => a.span.lo));
        const hi = item.span.hi;
        out.push({ item, lo, hi, key: `${here}\u0000${file.text.slice(lo, hi)}` });
      } else if (item.kind === 'impl' || item.kind === 'trait') visit(item.items, here);
      else if (item.kind === 'mod' && item.items) visit(item.items, here);
    });
  };
  visit(parsed.crate.items, '');
  return fullCheck ? null : out;
}

/** Everything the type checker reads besides fn bodies: the text with those bodies cut out. */
function keyOfInterface(file: SourceFile, opts: CheckOptions, items: readonly BodyItem[]): string {
  const parts = [file.name, opts.crateType, String(opts.polonius === true), String(opts.edition ?? 2021)];
  const cuts = items.map((b) => b.item.body!.span).sort((a, b) => a.lo - b.lo);
  let at = 0;
  for (const c of cuts) {
    parts.push(file.text.slice(at, c.lo));
    at = c.hi;
  }
  parts.push(file.text.slice(at));
  return parts.join('\u0000');
}

/**
 * Every span of the memo lies inside the item, so moving the item moves all of them, and no text
 * names a place in the file (`{closure@f.rs:3:9: 3:14}` would need its line and column redone).
 */
function movable(memo: BodyMemo, at: BodyItem, fileName: string): boolean {
  const ok = (s: Span): boolean => s.lo >= at.lo && s.hi <= at.hi;
  const text = (t: string | null): boolean => t === null || !t.includes(fileName);
  const spanOk = (s: DiagSpan): boolean => ok(s.span) && text(s.label);
  const diagOk = (d: Diagnostic): boolean =>
    text(d.message) && d.spans.every(spanOk) && d.children.every((c) => text(c.message) && c.spans.every(spanOk) && c.suggestions.every((s) => ok(s.span) && text(s.replacement)));
  return [memo.typeDiags, memo.tcxDiags, memo.mirDiags, memo.borrowckDiags].every((ds) => ds.every(diagOk));
}

function shift(d: Diagnostic, delta: number): Diagnostic {
  if (delta === 0) return d;
  const sp = (s: Span): Span => ({ lo: s.lo + delta, hi: s.hi + delta });
  const ds = (s: DiagSpan): DiagSpan => ({ ...s, span: sp(s.span) });
  const sug = (s: Suggestion): Suggestion => ({ ...s, span: sp(s.span) });
  const child = (c: SubDiagnostic): SubDiagnostic => ({ ...c, spans: c.spans.map(ds), suggestions: c.suggestions.map(sug) });
  return { ...d, spans: d.spans.map(ds), children: d.children.map(child) };
}
