import type { Crate, ParseResult, SyntaxError } from './ast.js';
import { compactNodeIds } from './compact-ids.js';
import { lex } from './lexer.js';
import { parseInnerAttrs } from './parse/attrs.js';
import { parseItems } from './parse/items.js';
import { bump, peek, type Parser } from './parse/state.js';
import type { SourceFile } from './span.js';
import type { Token } from './token.js';

/*
 * Layout: lexer.ts (tokens) → parse/state.ts (the Parser context and token helpers) →
 * parse/items.ts, generics.ts, types.ts, paths.ts, patterns.ts, expr.ts (operators),
 * expr-primary.ts (atoms and control flow), stmts.ts (blocks), attrs.ts, token-trees.ts,
 * macro-call.ts; macros.ts + format-string.ts expand the std macros; printer.ts writes source
 * back; compact-ids.ts keeps ids dense after error recovery.
 */

export interface ParseOptions {
  readonly edition?: 2015 | 2018 | 2021 | 2024;
}

/** Parses one source file. Never throws: syntax errors come back beside a (partial) tree. */
export function parse(file: SourceFile, opts?: ParseOptions): ParseResult {
  const lexed = lex(file.text);
  const tokens = lexed.tokens;
  // Token-level errors (an unterminated literal, unbalanced delimiters) end rustc's run before
  // parsing; the parser still builds a best-effort tree but its own errors are not reported.
  const errors: SyntaxError[] = lexed.errors.slice();
  const delims = lexed.fatal ? { closeOf: matchDelimiters(tokens, [], file.text).closeOf, failed: true } : matchDelimiters(tokens, errors, file.text);
  const closeOf = delims.closeOf;
  const parserErrors: SyntaxError[] = [];
  const lateErrors: SyntaxError[] = [];
  const eofTok = tokens[tokens.length - 1]!;
  const p: Parser = {
    text: file.text,
    toks: tokens,
    pos: 0,
    end: tokens.length - 1,
    eof: eofTok,
    nextId: 0,
    errors: parserErrors,
    lateErrors,
    depth: 0,
    edition: opts?.edition ?? 2021,
    closeOf,
    lastHi: 0,
    lastLo: 0,
    noAngleArgs: false,
    bailed: false,
    quietUntil: -1,
    groups: new Map(),
  };
  const attrs = parseInnerAttrs(p);
  const items = parseItems(p, 'mod');
  while (peek(p).kind !== 'eof') {
    // A stray `}` at top level: report and continue with the items after it.
    const t = bump(p);
    if (!(t.kind === 'punct' && t.text === '}')) continue;
    items.push(...parseItems(p, 'mod'));
  }
  let crate: Crate = { attrs, items, span: { lo: 0, hi: file.text.length }, nodeCount: p.nextId, edition: opts?.edition ?? 2021 };
  if (errors.length > 0 || parserErrors.length > 0 || lateErrors.length > 0) crate = compactNodeIds(crate);
  // rustc's order: lexer errors, then parse errors, then expansion and validation errors.
  if (!delims.failed) errors.push(...parserErrors, ...lateErrors.map((e) => ({ ...e, late: true })));
  return { crate, errors };
}

/**
 * Pairs delimiters once up front, the way rustc's token-tree pass does: recovery can then skip a
 * whole group in O(1). A closing delimiter that matches no open group closes the innermost one
 * (it is "mismatched"); one that matches an outer group leaves the inner ones unclosed. Returns
 * whether any delimiter error was found: rustc stops after them, so parser errors are dropped.
 */
function matchDelimiters(tokens: readonly Token[], errors: SyntaxError[], text: string): { closeOf: Int32Array; failed: boolean } {
  const eofAt = text.length;
  // rustc reports a mismatched closer once, even when it then closes several inner groups.
  let lastMismatchAt = -1;
  const closeOf = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  const unexpected: SyntaxError[] = [];
  const mismatched: SyntaxError[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    const c = t.text;
    if (c === '(' || c === '[' || c === '{') {
      stack.push(i);
      continue;
    }
    if (c !== ')' && c !== ']' && c !== '}') continue;
    const want = c === ')' ? '(' : c === ']' ? '[' : '{';
    if (stack.length === 0) {
      unexpected.push({ message: `unexpected closing delimiter: \`${c}\``, span: t.span, label: 'unexpected closing delimiter' });
      continue;
    }
    const top = stack[stack.length - 1]!;
    if (tokens[top]!.text === want) {
      stack.pop();
      closeOf[top] = i;
      continue;
    }
    // One error per closing token: the innermost unclosed opener and the closer are both primary;
    // an opener of the closer's kind at the same indentation is the likely intended partner.
    if (lastMismatchAt !== i) {
      lastMismatchAt = i;
      const spans = [{ span: tokens[top]!.span, label: 'unclosed delimiter' }];
      const candidate = stack.find((k) => tokens[k]!.text === want && indentOf(text, tokens[k]!.span.lo) === indentOf(text, t.span.lo));
      const secondary = candidate === undefined ? [] : [{ span: tokens[candidate]!.span, label: 'closing delimiter possibly meant for this' }];
      mismatched.push({ message: `mismatched closing delimiter: \`${c}\``, span: t.span, label: 'mismatched closing delimiter', alsoPrimary: spans, secondary });
    }
    stack.pop();
    if (stack.some((k) => tokens[k]!.text === want)) {
      i--; // leave the token to close the outer group
      continue;
    }
    closeOf[top] = i;
  }
  if (unexpected.length > 0) {
    errors.push(...unexpected);
    return { closeOf, failed: true };
  }
  if (stack.length > 0) {
    const secondary = stack.map((k) => ({ span: tokens[k]!.span, label: 'unclosed delimiter' }));
    errors.push({ message: 'this file contains an unclosed delimiter', span: { lo: eofAt, hi: eofAt }, label: null, secondary });
    return { closeOf, failed: true };
  }
  if (mismatched.length > 0) {
    errors.push(...mismatched);
    return { closeOf, failed: true };
  }
  return { closeOf, failed: false };
}

/** Leading whitespace of the line holding `at`, as rustc compares delimiters' indentation. */
function indentOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = start;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(start, end);
}
