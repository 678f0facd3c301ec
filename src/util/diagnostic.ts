import type { Span } from '../syntax/span.js';

/**
 * A diagnostic ready to render: what rustc's `Diagnostic` holds. Renderers (human, JSON) in
 * src/diagnostics only format these. The borrow checker does not build them itself: it emits
 * facts that src/diagnostics turns into Diagnostics; the front-end phases (syntax, resolve,
 * types) build them from their own message tables.
 *
 * (This type sits in util because syntax, which comes first in the pipeline, produces them too.)
 */
export type Level = 'error' | 'warning' | 'note' | 'help' | 'failure-note';

export interface DiagSpan {
  readonly span: Span;
  readonly label: string | null;
  readonly primary: boolean;
}

export interface Suggestion {
  readonly span: Span;
  readonly replacement: string;
  readonly applicability: 'MachineApplicable' | 'MaybeIncorrect' | 'HasPlaceholders' | 'Unspecified';
}

export interface SubDiagnostic {
  readonly level: Level;
  readonly message: string;
  /** Spans of a note/help; empty for a plain `= note: …` line. */
  readonly spans: readonly DiagSpan[];
  readonly suggestions: readonly Suggestion[];
  /**
   * How a child with suggestions is shown (rustc's `SuggestionStyle`); absent means 'verbose'
   * (`span_suggestion_verbose`: `help:` with the edited code below). 'inline' is rustc's plain
   * `span_suggestion`: a lone short one becomes a `help: msg: `code`` label on the span.
   * 'hidden' prints only `= help: msg`; 'toolOnly' appears in JSON only.
   */
  readonly style?: 'verbose' | 'inline' | 'hidden' | 'toolOnly';
}

export interface Diagnostic {
  readonly level: Level;
  /** `E0502`, a lint's name (`unused_mut`), or null (syntax errors, `unsupported`). */
  readonly code: string | null;
  readonly message: string;
  /** Exactly one primary span first (unless the diagnostic has no location), then labelled secondary spans. */
  readonly spans: readonly DiagSpan[];
  readonly children: readonly SubDiagnostic[];
}

/** An error code with an `--explain` text (`E0502`), as opposed to a lint's name (`unused_mut`), which rustc shows only in JSON. */
export function isExplainedCode(code: string | null): code is string {
  return code !== null && /^E\d{4}$/.test(code);
}

export function primarySpan(d: Diagnostic): Span | null {
  for (const s of d.spans) if (s.primary) return s.span;
  return null;
}

/** `error: unsupported: <what>` at a span: borrowscope cannot judge this construct yet. */
export function unsupported(span: Span, what: string): Diagnostic {
  return { level: 'error', code: null, message: `unsupported: ${what}`, spans: [{ span, label: null, primary: true }], children: [] };
}
