import type { MacCall, Path } from '../ast.js';
import { bump, describe, error, isOpenDelim, peek, spanFrom, type Parser } from './state.js';
import { parseDelimGroup } from './token-trees.js';

export interface MacCallRange {
  readonly mac: MacCall;
  /** Token indices of the opening and closing delimiters (close is -1 if unclosed). */
  readonly open: number;
  readonly close: number;
}

/** `path ! (tokens)` with the cursor at `!`. */
export function parseMacCallRange(p: Parser, path: Path): MacCallRange {
  bump(p); // !
  const t = peek(p);
  if (!isOpenDelim(t)) {
    error(p, `expected one of \`(\`, \`[\`, or \`{\`, found ${describe(t)}`, t.span, 'expected one of `(`, `[`, or `{`');
    return { mac: { path, delim: '(', tokens: [], span: spanFrom(p, path.span.lo) }, open: -1, close: -1 };
  }
  const open = p.pos;
  const close = p.closeOf[open] ?? -1;
  const group = parseDelimGroup(p);
  const mac: MacCall = { path, delim: group.delim, tokens: group.trees, span: spanFrom(p, path.span.lo) };
  return { mac, open, close: close < p.end ? close : -1 };
}

export function parseMacCall(p: Parser, path: Path): MacCall {
  return parseMacCallRange(p, path).mac;
}
