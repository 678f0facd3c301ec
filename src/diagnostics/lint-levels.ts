import type { Attribute, Crate } from '../syntax/ast.js';
import type { Diagnostic } from '../util/diagnostic.js';
import type { Span } from '../syntax/span.js';

/**
 * Lint levels as `#[allow]`, `#[warn]`, `#[deny]`, `#[forbid]` and `#[expect]` set them: the
 * innermost attribute naming the lint (or a group holding it) on a node around the linted span
 * decides, else the lint's default. `warnings` re-levels whatever ends up a warning.
 */
export type Level = 'allow' | 'warn' | 'deny' | 'forbid';

export interface LintLevel {
  readonly level: Level;
  /** The lint name in the attribute that set the level (rustc's "the lint level is defined here"), null for the default. */
  readonly source: Span | null;
  /** The name written there when it is a group or `warnings` (rustc's "implied by"), else null. */
  readonly via: string | null;
}

interface AttrScope {
  readonly span: Span;
  readonly entries: readonly { readonly level: Level; readonly name: string; readonly span: Span }[];
}

const LEVELS: ReadonlyMap<string, Level> = new Map([['allow', 'allow'], ['expect', 'allow'], ['warn', 'warn'], ['deny', 'deny'], ['forbid', 'forbid']]);

export interface LintDef {
  readonly name: string;
  readonly groups: readonly string[];
  readonly default: Level;
}

export const UNUSED_MUT: LintDef = { name: 'unused_mut', groups: ['unused'], default: 'warn' };
export const OVERFLOWING_LITERALS: LintDef = { name: 'overflowing_literals', groups: [], default: 'deny' };

/**
 * The late errors (`Program.lateDiagnostics`) that stay errors: a lint's only where its level
 * at the span is `deny` or `forbid` (borrowscope shows no warnings), with the default-level note
 * dropped when an attribute set the level.
 */
export function keptLateErrors(ds: readonly Diagnostic[], lints: LintLevels): Diagnostic[] {
  return ds.flatMap((d) => {
    if (d.code !== OVERFLOWING_LITERALS.name) return [d];
    const sp = d.spans[0]?.span;
    if (sp === undefined) return [d];
    const lv = lints.levelAt(OVERFLOWING_LITERALS, sp);
    if (lv.level !== 'deny' && lv.level !== 'forbid') return [];
    return lv.source === null ? [d] : [{ ...d, children: d.children.filter((c) => !c.message.endsWith(' on by default')) }];
  });
}

export interface LintLevels {
  levelAt(lint: LintDef, at: Span): LintLevel;
}

export function lintLevels(crate: Crate): LintLevels {
  // Collected on the first question: most files raise no lint, and the walk visits every node.
  let scopes: AttrScope[] | null = null;
  const collectScopes = (): AttrScope[] => {
    const out: AttrScope[] = [];
    const crateEntries = entriesOf(crate.attrs);
    if (crateEntries.length > 0) out.push({ span: { lo: 0, hi: Number.MAX_SAFE_INTEGER }, entries: crateEntries });
    for (const item of crate.items) collect(item, out);
    // Outer scopes first: a later (inner) scope overrides an earlier one.
    out.sort((a, b) => a.span.lo - b.span.lo || b.span.hi - a.span.hi);
    return out;
  };
  return {
    levelAt(lint, at) {
      let found: LintLevel = { level: lint.default, source: null, via: null };
      let warnings: LintLevel | null = null;
      scopes ??= collectScopes();
      for (const s of scopes) {
        if (s.span.lo > at.lo || s.span.hi < at.hi) continue;
        for (const e of s.entries) {
          if (e.name === lint.name) found = { level: e.level, source: e.span, via: null };
          else if (lint.groups.includes(e.name)) found = { level: e.level, source: e.span, via: e.name };
          else if (e.name === 'warnings') warnings = { level: e.level, source: e.span, via: e.name };
        }
      }
      if (found.level === 'warn' && warnings !== null) return warnings;
      return found;
    },
  };
}

/**
 * Every AST node carrying `attrs` and a `span` is a lint scope. The walk is generic over the
 * tree's plain data (nodes are readonly records and arrays), so that a new node kind with
 * attributes needs no change here.
 */
function collect(node: unknown, out: AttrScope[]): void {
  if (Array.isArray(node)) {
    for (const x of node) collect(x, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const rec = node as Record<string, unknown>;
  const attrs = rec['attrs'];
  const span = rec['span'];
  if (Array.isArray(attrs) && attrs.length > 0 && isSpan(span)) {
    const entries = entriesOf(attrs as readonly Attribute[]);
    if (entries.length > 0) out.push({ span, entries });
  }
  // `for…in` rather than `Object.entries`: this runs on every AST node.
  for (const k in rec) {
    if (k === 'attrs' || k === 'span') continue;
    const v = rec[k];
    if (typeof v === 'object') collect(v, out);
  }
}

function isSpan(x: unknown): x is Span {
  return x !== null && typeof x === 'object' && typeof (x as Record<string, unknown>)['lo'] === 'number' && typeof (x as Record<string, unknown>)['hi'] === 'number';
}

function entriesOf(attrs: readonly Attribute[]): { level: Level; name: string; span: Span }[] {
  const out: { level: Level; name: string; span: Span }[] = [];
  for (const a of attrs) {
    const level = LEVELS.get(a.path);
    if (level === undefined) continue;
    const group = a.args[0];
    if (group === undefined || group.kind !== 'group') continue;
    // `deny(unused_mut, clippy::x, reason = "…")`: the plain names, split at commas.
    let name = '';
    let start: Span | null = null;
    let end: Span | null = null;
    const flush = (): void => {
      if (name !== '' && start !== null && end !== null && !name.includes('=')) out.push({ level, name, span: { lo: start.lo, hi: end.hi } });
      name = '';
      start = null;
      end = null;
    };
    for (const t of group.trees) {
      if (t.kind !== 'token') {
        name += '(';
        continue;
      }
      if (t.token.text === ',') {
        flush();
        continue;
      }
      name += t.token.text;
      start ??= t.token.span;
      end = t.token.span;
    }
    flush();
  }
  return out;
}

/**
 * rustc attaches a lint's level notes with `note_once` (`= note: #[warn(unused_mut)] … on by
 * default`, "the lint level is defined here", "… implied by …"): a note already shown, same text
 * at the same place, is left out of later diagnostics.
 */
export function onceDefaultLevelNotes(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.map((d) => {
    if (d.code === null || d.children.length === 0) return d;
    const kept = d.children.filter((c) => {
      if (c.level !== 'note' || !isLevelNote(c.message)) return true;
      const key = `${c.message}@${c.spans.map((s) => `${s.span.lo}:${s.span.hi}`).join(',')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return kept.length === d.children.length ? d : { ...d, children: kept };
  });
}

function isLevelNote(message: string): boolean {
  return message === LEVEL_DEFINED_HERE || message.endsWith(' on by default') || / implied by `#\[/.test(message);
}

export const LEVEL_DEFINED_HERE = 'the lint level is defined here';
