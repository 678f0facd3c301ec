import type { SyntaxError } from '../syntax/ast.js';
import { parse } from '../syntax/parser.js';
import { printCrate } from '../syntax/printer.js';
import type { SourceFile } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { guard } from './phases.js';

export type Edition = 2015 | 2018 | 2021 | 2024;

export interface ParseOutput {
  readonly diagnostics: Diagnostic[];
  /** The tree written back as source, when asked for and the file parsed. */
  readonly printed: string | null;
}

/** `borrowscope parse`: syntax errors as `check` reports them, and optionally the printed tree. */
export function parseOnly(file: SourceFile, opts: { readonly edition: Edition; readonly print: boolean }): ParseOutput {
  const diags: Diagnostic[] = [];
  const parsed = guard('parsing', diags, () => parse(file, { edition: opts.edition }));
  if (parsed === null) return { diagnostics: diags, printed: null };
  for (const e of parsed.errors) diags.push(syntaxDiagnostic(e));
  const printed = opts.print ? guard('printing', diags, () => printCrate(parsed.crate)) : null;
  return { diagnostics: diags, printed };
}

export function syntaxDiagnostic(e: SyntaxError): Diagnostic {
  const secondary = (e.secondary ?? []).map((s) => ({ span: s.span, label: s.label, primary: false }));
  const primaries = (e.alsoPrimary ?? []).map((s) => ({ span: s.span, label: s.label, primary: true }));
  return { level: 'error', code: e.code ?? null, message: e.message, spans: [...primaries, { span: e.span, label: e.label, primary: true }, ...secondary], children: [] };
}
