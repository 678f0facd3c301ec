import type { SourceFile } from '../syntax/span.js';
import type { DiagSpan, Diagnostic, Level, SubDiagnostic, Suggestion } from '../util/diagnostic.js';
import { isExplainedCode } from '../util/diagnostic.js';
import { buildLineIndex, byteLength, lineText, position, strWidth, type LineIndex } from './line-index.js';
import { collectAnnotations, drawLineNum, normalizeWhitespace, renderAnnotatedFile } from './human-snippet.js';
import { append, newBuffer, numLines, prepend, putc, puts, render, setStyleRange, type Style, type StyledBuffer } from './styled-buffer.js';
import { normalizeParts, splice } from './suggestion.js';

/**
 * rustc's default ("human") diagnostic format, ASCII theme: header, ` --> file:line:col`, the
 * annotated source, `= note:` lines, `help:` suggestions, then a blank line. The closing
 * `aborting due to …` lines come from `renderSummary`.
 */
export interface HumanOptions {
  /** ANSI colours as rustc uses them on a terminal. */
  readonly color: boolean;
}

const NO_COLOR: HumanOptions = { color: false };

export interface RenderContext {
  readonly file: SourceFile;
  readonly index: LineIndex;
}

export function renderContext(file: SourceFile): RenderContext {
  return { file, index: buildLineIndex(file.text) };
}

function digits(n: number): number {
  return String(Math.max(0, n)).length;
}

/** rustc's `DUMMY_SP` is 0..0: a span there has no source to show. */
export function isDummy(span: { readonly lo: number; readonly hi: number }): boolean {
  return span.lo === 0 && span.hi === 0;
}

function maxLine(cx: RenderContext, spans: readonly DiagSpan[]): number {
  let m = 0;
  for (const s of spans) if (!isDummy(s.span)) m = Math.max(m, position(cx.index, s.span.hi).line);
  return m;
}

function flush(out: string[], buf: StyledBuffer, level: Level, opts: HumanOptions): void {
  for (const line of render(buf, level, opts.color)) out.push(line);
}

/** Appends a message, continuation lines indented by `indent` spaces. */
function appendMessage(buf: StyledBuffer, row: number, message: string, style: Style, indent: number): number {
  const lines = message.split('\n').map(normalizeWhitespace);
  let r = row;
  lines.forEach((l, i) => {
    if (i > 0) {
      r += 1;
      append(buf, r, ' '.repeat(indent), 'none');
    }
    append(buf, r, l, style);
  });
  return r;
}

/** The header and source window of a diagnostic or of a child that has spans. */
function emitInner(out: string[], cx: RenderContext, spans: readonly DiagSpan[], message: string, code: string | null, level: Level, maxLen: number, secondary: boolean, opts: HumanOptions): void {
  const buf = newBuffer();
  if (spans.length === 0 && secondary) {
    prepend(buf, 0, ' '.repeat(maxLen), 'none');
    puts(buf, 0, maxLen + 1, '= ', 'lineNumber');
    if (level !== 'failure-note') {
      append(buf, 0, level, 'mainHeaderMsg');
      append(buf, 0, ': ', 'none');
    }
    appendMessage(buf, 0, message, 'none', maxLen + 'note'.length + 5);
    flush(out, buf, level, opts);
    return;
  }
  let labelWidth = 0;
  if (level !== 'failure-note') {
    append(buf, 0, level, `level:${level}`);
    labelWidth += level.length;
  }
  if (isExplainedCode(code)) {
    append(buf, 0, `[${code}]`, `level:${level}`);
    labelWidth += code.length + 2;
  }
  const headerStyle: Style = secondary ? 'headerMsg' : 'mainHeaderMsg';
  if (level !== 'failure-note') {
    append(buf, 0, ': ', headerStyle);
    labelWidth += 2;
  }
  appendMessage(buf, 0, message, headerStyle, labelWidth);
  const primary = spans.find((s) => s.primary);
  if (!primary || isDummy(primary.span)) {
    flush(out, buf, level, opts);
    return;
  }
  const loc = position(cx.index, primary.span.lo);
  const row = numLines(buf);
  append(buf, row, `${cx.file.name}:${loc.line}:${loc.col + 1}`, 'lineAndColumn');
  prepend(buf, row, '--> ', 'lineNumber');
  prepend(buf, row, ' '.repeat(maxLen), 'none');
  putc(buf, numLines(buf), maxLen + 1, '|', 'lineNumber');
  // A dummy label span stands for the primary span, as in rustc.
  const shown = spans.map((s) => (isDummy(s.span) ? { span: primary.span, label: s.label, primary: s.primary } : s));
  const annotated = collectAnnotations(cx.index, shown, normalizeWhitespace);
  renderAnnotatedFile(buf, cx.index, annotated, maxLen);
  flush(out, buf, level, opts);
}

/** A suggestion shown as `help: msg` plus the edited code (rustc's `emit_suggestion_default`). */
function emitSuggestion(out: string[], cx: RenderContext, child: SubDiagnostic, maxLen: number, opts: HumanOptions): void {
  const text = cx.index.text;
  const parts = normalizeParts(text, child.suggestions);
  const sp = splice(cx.index, parts);
  if (sp === null) return;
  const buf = newBuffer();
  append(buf, 0, child.level, `level:${child.level}`);
  append(buf, 0, ': ', 'headerMsg');
  appendMessage(buf, 0, child.message, 'headerMsg', maxLen + 'suggestion'.length + 5);
  const original = (p: Suggestion): string => text.slice(p.span.lo, p.span.hi);
  const meaningful = (p: Suggestion): boolean => original(p).trim() !== '';
  const isAddition = (p: Suggestion): boolean => p.replacement !== '' && !meaningful(p);
  const isDeletion = (p: Suggestion): boolean => p.replacement.trim() === '' && meaningful(p);
  const isDestructive = (p: Suggestion): boolean => p.replacement !== '' && meaningful(p) && !p.replacement.trim().includes(original(p).trim());
  const completeLines = sp.complete.split('\n');
  const multiline = completeLines.length > 1;
  const hasDeletion = parts.some((p) => isDeletion(p) || isDestructive(p));
  type Show = 'diff' | 'add' | 'underline' | 'none';
  let show: Show;
  if (hasDeletion && !multiline) show = 'diff';
  else if (parts.length === 1 && parts[0]!.replacement.endsWith('\n') && parts[0]!.replacement.trim() === sp.complete.trim()) show = 'add';
  else if ((parts.length !== 1 || parts[0]!.replacement.trim() !== sp.complete.trim()) && !multiline) show = 'underline';
  else show = 'none';

  let row = 2;
  putc(buf, row - 1, maxLen + 1, '|', 'lineNumber');
  if (show === 'diff') row += 1;
  const pad = maxLen + 3;
  const drawCodeLine = (lineNum: number, line: string, highlights: readonly { start: number; end: number }[]): void => {
    if (show === 'diff') {
      const old = lineText(cx.index, sp.origLineEnd);
      if (old !== line) {
        drawLineNum(buf, sp.origLineEnd, row - 1, maxLen);
        puts(buf, row - 1, maxLen + 1, '- ', 'removal');
        puts(buf, row - 1, pad, normalizeWhitespace(old), 'none');
        if (line.trim() !== '') {
          drawLineNum(buf, lineNum, row, maxLen);
          puts(buf, row, maxLen + 1, '+ ', 'addition');
          append(buf, row, normalizeWhitespace(line), 'none');
        } else row -= 1;
      } else row -= 2;
    } else if (multiline) {
      drawLineNum(buf, lineNum, row, maxLen);
      const whole = highlights.length === 1 && highlights[0]!.start === 0 && highlights[0]!.end === Array.from(line).length;
      const none = highlights.length === 0 || (highlights.length === 1 && highlights[0]!.start === 0 && highlights[0]!.end === 0);
      if (whole) puts(buf, row, maxLen + 1, '+ ', 'addition');
      else if (none) putc(buf, row, maxLen + 1, '|', 'lineNumber');
      else puts(buf, row, maxLen + 1, '~ ', 'addition');
      puts(buf, row, pad, normalizeWhitespace(line), 'none');
    } else if (show === 'add') {
      drawLineNum(buf, lineNum, row, maxLen);
      puts(buf, row, maxLen + 1, '+ ', 'addition');
      append(buf, row, normalizeWhitespace(line), 'none');
    } else {
      drawLineNum(buf, lineNum, row, maxLen);
      puts(buf, row, maxLen + 1, '| ', 'lineNumber');
      append(buf, row, normalizeWhitespace(line), 'none');
    }
    for (const h of highlights) {
      if (h.start === h.end) continue;
      const tabs = Array.from(line).slice(0, h.start).filter((c) => c === '\t').length * 3;
      setStyleRange(buf, row, pad + h.start + tabs, pad + h.end + tabs, 'addition');
    }
    row += 1;
  };
  // Unedited lines between edits are shown when there are at most 3, else first, `...`, last;
  // unedited lines after the last edit are not shown.
  let pending: { lineNum: number; line: string }[] = [];
  completeLines.forEach((line, i) => {
    const highlights = sp.highlights[i] ?? [];
    if (highlights.length === 0) {
      pending.push({ lineNum: sp.lineStart + i, line });
      return;
    }
    if (pending.length > 0 && pending.length <= 3) {
      for (const u of pending) drawCodeLine(u.lineNum, u.line, []);
    } else if (pending.length > 3) {
      const first = pending[0]!;
      const last = pending[pending.length - 1]!;
      drawCodeLine(first.lineNum, first.line, []);
      puts(buf, row, Math.max(0, maxLen - 3), '...', 'lineNumber');
      row += 1;
      drawCodeLine(last.lineNum, last.line, []);
    }
    pending = [];
    drawCodeLine(sp.lineStart + i, line, highlights);
  });
  // An added attribute line is shown with the item line it annotates.
  if (show === 'add' && completeLines.length === 1 && /^#\[.*\]$/.test(completeLines[0]!.trim())) {
    drawLineNum(buf, sp.lineStart + 1, row, maxLen);
    puts(buf, row, maxLen + 1, '| ', 'lineNumber');
    append(buf, row, normalizeWhitespace(lineText(cx.index, sp.lineStart)), 'none');
    row += 1;
  }
  if (show === 'diff' || show === 'underline' || show === 'add') {
    let shift = 0;
    const offsets: { end: number; delta: number }[] = [];
    for (const p of parts) {
      const startCol = position(cx.index, p.span.lo).colDisplay;
      const endCol = position(cx.index, p.span.hi).colDisplay;
      const wsOnly = p.replacement.trim() === '';
      const lead = wsOnly ? 0 : byteLength(p.replacement) - byteLength(p.replacement.trimStart());
      const subLen = strWidth(wsOnly ? p.replacement : p.replacement.trim());
      shift = offsets.filter((o) => startCol >= o.end).reduce((a, o) => a + o.delta, 0);
      const uStart = startCol + lead + shift;
      if (show === 'underline' && p.replacement !== original(p)) {
        for (let c = uStart; c < uStart + subLen; c++) putc(buf, row, pad + c, isAddition(p) ? '+' : '~', 'addition');
      }
      if (show === 'diff') setStyleRange(buf, row - 2, pad + startCol, pad + endCol, 'removal');
      offsets.push({ end: endCol, delta: strWidth(p.replacement) - (endCol - startCol) });
    }
    row += 1;
  }
  const end = show === 'none' ? row : row - 1;
  putc(buf, end, maxLen + 1, '|', 'lineNumber');
  flush(out, buf, child.level, opts);
}

/** One diagnostic in rustc's human format, ending with its blank line. */
export function renderDiagnostic(d: Diagnostic, cx: RenderContext, opts: HumanOptions = NO_COLOR): string {
  const out: string[] = [];
  const plain = d.children.filter((c) => c.suggestions.length === 0);
  let suggestions = d.children.filter((c) => c.suggestions.length > 0 && c.style !== 'toolOnly');
  let spans = d.spans;
  const inline = inlineSuggestion(d, cx);
  if (inline !== null) {
    // rustc keeps an unlabelled primary span only when no label sits on the same span.
    spans = [...spans.filter((s) => !(s.label === null && s.span.lo === inline.span.lo && s.span.hi === inline.span.hi)), inline];
    suggestions = [];
  }
  let maxLineNum = maxLine(cx, spans);
  for (const c of plain) maxLineNum = Math.max(maxLineNum, maxLine(cx, c.spans));
  const maxLen = digits(maxLineNum);
  emitInner(out, cx, spans, d.message, d.code, d.level, maxLen, false, opts);
  if (plain.length > 0 || suggestions.length > 0) {
    const buf = newBuffer();
    putc(buf, 0, maxLen + 1, '|', 'lineNumber');
    flush(out, buf, d.level, opts);
    for (const c of plain) emitInner(out, cx, c.spans, c.message, null, c.level, maxLen, true, opts);
    for (const c of suggestions) {
      if (c.style === 'hidden') emitInner(out, cx, [], c.message, null, c.level, maxLen, true, opts);
      else emitSuggestion(out, cx, c, maxLen, opts);
    }
  }
  return out.join('\n') + '\n\n';
}

/**
 * rustc shows a diagnostic's only suggestion as a label when it is a plain `span_suggestion`
 * with one short, single-line part: `help: msg: `code`` (or `help: msg` for a removal).
 */
function inlineSuggestion(d: Diagnostic, cx: RenderContext): DiagSpan | null {
  const withSugg = d.children.filter((c) => c.suggestions.length > 0 && c.style !== 'toolOnly');
  if (withSugg.length !== 1) return null;
  const c = withSugg[0]!;
  if (c.style !== 'inline' || c.suggestions.length !== 1) return null;
  if (c.message.split(/\s+/).filter((w) => w !== '').length >= 10) return null;
  const part = normalizeParts(cx.index.text, c.suggestions)[0]!;
  if (part.replacement.includes('\n')) return null;
  const snippet = part.replacement.trim();
  const label = snippet === '' ? `help: ${c.message}` : `help: ${c.message}: \`${snippet}\``;
  const primary = d.spans.some((s) => s.primary && s.span.lo === part.span.lo && s.span.hi === part.span.hi);
  return { span: part.span, label, primary };
}

/** rustc's closing lines: `error: aborting due to …` and the `--explain` pointer. */
export function renderSummary(diags: readonly Diagnostic[], opts: HumanOptions = NO_COLOR): string {
  const errors = diags.filter((d) => d.level === 'error').length;
  const warnings = diags.filter((d) => d.level === 'warning').length;
  const out: string[] = [];
  const header = (level: Level, message: string): string => {
    const buf = newBuffer();
    if (level !== 'failure-note') {
      append(buf, 0, level, `level:${level}`);
      append(buf, 0, ': ', 'mainHeaderMsg');
    }
    append(buf, 0, message, 'mainHeaderMsg');
    return render(buf, level, opts.color)[0]!;
  };
  const warnText = warnings === 0 ? '' : `${warnings} warning${warnings === 1 ? '' : 's'} emitted`;
  if (errors > 0) {
    const msg = errors === 1 ? 'aborting due to 1 previous error' : `aborting due to ${errors} previous errors`;
    out.push(header('error', warnText === '' ? msg : `${msg}; ${warnText}`) + '\n\n');
  } else if (warnings > 0) {
    out.push(header('warning', warnText) + '\n\n');
  }
  const codes = [...new Set(diags.map((d) => d.code).filter(isExplainedCode))].sort();
  if (codes.length > 1) {
    out.push(header('failure-note', `Some errors have detailed explanations: ${codes.join(', ')}.`) + '\n');
    out.push(header('failure-note', `For more information about an error, try \`rustc --explain ${codes[0]}\`.`) + '\n');
  } else if (codes.length === 1) {
    out.push(header('failure-note', `For more information about this error, try \`rustc --explain ${codes[0]}\`.`) + '\n');
  }
  return out.join('');
}

/** Every diagnostic followed by the summary: what `borrowscope check` writes to stderr. */
export function renderAll(diags: readonly Diagnostic[], file: SourceFile, opts: HumanOptions = NO_COLOR): string {
  const cx = renderContext(file);
  return diags.map((d) => renderDiagnostic(d, cx, opts)).join('') + renderSummary(diags, opts);
}
