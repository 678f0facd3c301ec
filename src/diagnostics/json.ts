import type { SourceFile, Span } from '../syntax/span.js';
import type { Diagnostic, DiagSpan, Level, SubDiagnostic, Suggestion } from '../util/diagnostic.js';
import { isExplainedCode } from '../util/diagnostic.js';
import { lineText, position } from './line-index.js';
import { isDummy, renderContext, renderDiagnostic, type RenderContext } from './human.js';
import { normalizeParts } from './suggestion.js';

/**
 * rustc's `--error-format=json`: one object per line per diagnostic, fields in rustc's order.
 * The only module that knows this schema. `explanation` is always null: borrowscope does not
 * carry the `--explain` texts.
 */
interface JsonSpanLine {
  readonly text: string;
  readonly highlight_start: number;
  readonly highlight_end: number;
}

interface JsonSpan {
  readonly file_name: string;
  readonly byte_start: number;
  readonly byte_end: number;
  readonly line_start: number;
  readonly line_end: number;
  readonly column_start: number;
  readonly column_end: number;
  readonly is_primary: boolean;
  readonly text: readonly JsonSpanLine[];
  readonly label: string | null;
  readonly suggested_replacement: string | null;
  readonly suggestion_applicability: string | null;
  readonly expansion: null;
}

interface JsonChild {
  readonly message: string;
  readonly code: null;
  readonly level: Level;
  readonly spans: readonly JsonSpan[];
  readonly children: readonly JsonChild[];
  readonly rendered: null;
}

export interface JsonDiagnostic {
  readonly $message_type: 'diagnostic';
  readonly message: string;
  readonly code: { readonly code: string; readonly explanation: null } | null;
  readonly level: Level;
  readonly spans: readonly JsonSpan[];
  readonly children: readonly JsonChild[];
  readonly rendered: string | null;
}

function jsonSpan(cx: RenderContext, span: Span, primary: boolean, label: string | null, sugg: Suggestion | null): JsonSpan {
  const lo = position(cx.index, span.lo);
  const hi = position(cx.index, span.hi);
  const text: JsonSpanLine[] = [];
  // rustc gives no source text for its dummy span (0..0).
  for (let line = lo.line; line <= hi.line && !isDummy(span); line++) {
    const t = lineText(cx.index, line);
    const start = line === lo.line ? lo.col + 1 : 1;
    const end = line === hi.line ? hi.col + 1 : Array.from(t).length + 1;
    text.push({ text: t, highlight_start: start, highlight_end: end });
  }
  return {
    file_name: cx.file.name,
    byte_start: lo.byte,
    byte_end: hi.byte,
    line_start: lo.line,
    line_end: hi.line,
    column_start: lo.col + 1,
    column_end: hi.col + 1,
    is_primary: primary,
    text,
    label,
    suggested_replacement: sugg === null ? null : sugg.replacement,
    suggestion_applicability: sugg === null ? null : sugg.applicability,
    expansion: null,
  };
}

function jsonChild(cx: RenderContext, c: SubDiagnostic): JsonChild {
  const spans =
    c.suggestions.length > 0
      ? normalizeParts(cx.index.text, c.suggestions).map((s) => jsonSpan(cx, s.span, true, null, s))
      : c.spans.map((s: DiagSpan) => jsonSpan(cx, s.span, s.primary, s.label, null));
  return { message: c.message, code: null, level: c.level, spans, children: [], rendered: null };
}

export function toJson(d: Diagnostic, cx: RenderContext): JsonDiagnostic {
  // rustc lists plain children before suggestions.
  const plain = d.children.filter((c) => c.suggestions.length === 0);
  const suggestions = d.children.filter((c) => c.suggestions.length > 0);
  return {
    $message_type: 'diagnostic',
    message: d.message,
    code: d.code === null ? null : { code: d.code, explanation: null },
    level: d.level,
    spans: d.spans.map((s) => jsonSpan(cx, s.span, s.primary, s.label, null)),
    children: [...plain, ...suggestions].map((c) => jsonChild(cx, c)),
    rendered: renderDiagnostic(d, cx),
  };
}

function summaryObject(level: Level, message: string): JsonDiagnostic {
  const rendered = level === 'failure-note' ? `${message}\n` : `${level}: ${message}\n\n`;
  return { $message_type: 'diagnostic', message, code: null, level, spans: [], children: [], rendered };
}

/** The closing diagnostics rustc also emits as JSON (`aborting due to …`, `--explain`). */
export function summaryJson(diags: readonly Diagnostic[]): JsonDiagnostic[] {
  const errors = diags.filter((d) => d.level === 'error').length;
  const warnings = diags.filter((d) => d.level === 'warning').length;
  const out: JsonDiagnostic[] = [];
  const warnText = warnings === 0 ? '' : `${warnings} warning${warnings === 1 ? '' : 's'} emitted`;
  if (errors > 0) {
    const msg = errors === 1 ? 'aborting due to 1 previous error' : `aborting due to ${errors} previous errors`;
    out.push(summaryObject('error', warnText === '' ? msg : `${msg}; ${warnText}`));
  } else if (warnings > 0) out.push(summaryObject('warning', warnText));
  const codes = [...new Set(diags.map((d) => d.code).filter(isExplainedCode))].sort();
  if (codes.length > 1) {
    out.push(summaryObject('failure-note', `Some errors have detailed explanations: ${codes.join(', ')}.`));
    out.push(summaryObject('failure-note', `For more information about an error, try \`rustc --explain ${codes[0]}\`.`));
  } else if (codes.length === 1) {
    out.push(summaryObject('failure-note', `For more information about this error, try \`rustc --explain ${codes[0]}\`.`));
  }
  return out;
}

/** What `borrowscope check --error-format=json` writes to stderr: one JSON object per line. */
export function renderJson(diags: readonly Diagnostic[], file: SourceFile): string {
  const cx = renderContext(file);
  return [...diags.map((d) => toJson(d, cx)), ...summaryJson(diags)].map((j) => JSON.stringify(j) + '\n').join('');
}
