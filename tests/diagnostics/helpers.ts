import type { Span } from '../../src/syntax/span.js';
import type { DiagSpan, Diagnostic, SubDiagnostic } from '../../src/util/diagnostic.js';

/** The span of the `nth` occurrence of `needle` in `text` (0-based), for hand-built diagnostics. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`\`${needle}\` (#${nth}) not in the test source`);
  }
  return { lo: at, hi: at + needle.length };
}

/** The span starting at 1-based `line`:`col` (as rustc prints them), `len` UTF-16 units long. */
export function at(text: string, line: number, col: number, len: number): Span {
  let lo = 0;
  for (let l = 1; l < line; l++) lo = text.indexOf('\n', lo) + 1;
  return { lo: lo + col - 1, hi: lo + col - 1 + len };
}

export const primary = (span: Span, label: string | null = null): DiagSpan => ({ span, label, primary: true });
export const secondary = (span: Span, label: string | null = null): DiagSpan => ({ span, label, primary: false });

export function error(code: string | null, message: string, spans: DiagSpan[], children: SubDiagnostic[] = []): Diagnostic {
  return { level: 'error', code, message, spans, children };
}

export const note = (message: string, spans: DiagSpan[] = []): SubDiagnostic => ({ level: 'note', message, spans, suggestions: [] });
export const help = (message: string, spans: DiagSpan[] = []): SubDiagnostic => ({ level: 'help', message, spans, suggestions: [] });

export function insert(message: string, at: number, text: string): SubDiagnostic {
  return { level: 'help', message, spans: [], suggestions: [{ span: { lo: at, hi: at }, replacement: text, applicability: 'MachineApplicable' }] };
}
