import type { Token, TokenTree } from '../token.js';
import { bump, peek, type Parser } from './state.js';

interface OpenGroup {
  readonly delim: '(' | '[' | '{';
  readonly open: Token;
  readonly index: number;
  readonly trees: TokenTree[];
}

type Group = TokenTree & { kind: 'group' };

/** Reuses a group built before (as part of an enclosing macro call) and moves past it. */
function cachedGroup(p: Parser): Group | null {
  const g = p.groups.get(p.pos);
  if (g === undefined) return null;
  const close = p.closeOf[p.pos] ?? -1;
  if (close < 0 || close >= p.end) return null;
  p.pos = close;
  bump(p);
  return g;
}

/**
 * Reads the delimited group at the current token as token trees (iteratively, so deeply nested
 * macro input cannot overflow the stack) and moves past its closing delimiter.
 */
export function parseDelimGroup(p: Parser): Group {
  const cached = cachedGroup(p);
  if (cached !== null) return cached;
  const firstIndex = p.pos;
  const first = bump(p);
  const stack: OpenGroup[] = [{ delim: first.text as '(' | '[' | '{', open: first, index: firstIndex, trees: [] }];
  for (;;) {
    const t = peek(p);
    const top = stack[stack.length - 1]!;
    if (t.kind === 'eof') {
      // Unclosed: close every open group at the end (the unbalanced delimiter was reported by the lexer pass).
      let group: TokenTree & { kind: 'group' } = close(top, t);
      stack.pop();
      while (stack.length > 0) {
        const outer = stack.pop()!;
        outer.trees.push(group);
        group = close(outer, t);
      }
      return group;
    }
    if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) {
      const reused = cachedGroup(p);
      if (reused !== null) {
        top.trees.push(reused);
        continue;
      }
      const index = p.pos;
      bump(p);
      stack.push({ delim: t.text, open: t, index, trees: [] });
      continue;
    }
    if (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) {
      bump(p);
      const group = close(top, t);
      if (p.closeOf[top.index] === p.pos - 1) p.groups.set(top.index, group);
      stack.pop();
      if (stack.length === 0) return group;
      stack[stack.length - 1]!.trees.push(group);
      continue;
    }
    bump(p);
    top.trees.push({ kind: 'token', token: t });
  }
}

function close(g: OpenGroup, closeTok: Token): TokenTree & { kind: 'group' } {
  return { kind: 'group', delim: g.delim, open: g.open.span, close: closeTok.span, trees: g.trees };
}

/** Token trees up to (not including) the current parser end or a token index. */
export function parseTreesUntil(p: Parser, endIdx: number): TokenTree[] {
  const out: TokenTree[] = [];
  while (p.pos < endIdx && peek(p).kind !== 'eof') {
    const t = peek(p);
    if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) out.push(parseDelimGroup(p));
    else {
      bump(p);
      out.push({ kind: 'token', token: t });
    }
  }
  return out;
}
