import type { Crate, Expr } from '../../syntax/ast.js';
import { closureArgsSpan, type SourceFile, type Span } from '../../syntax/span.js';
import type { Diagnostic } from '../../util/diagnostic.js';
import { msg } from '../messages.js';

/**
 * rustc's loops pass (`rustc_passes::loops`): an unlabeled `break` or `continue` must sit in a
 * loop of its own body. Outside any loop (a fn body, a const, an array length) it is E0268; in a
 * closure or async block with no loop of its own, E0267. A labeled block is transparent here, and
 * labeled jumps are left to name resolution. The type checker taints the bodies holding such a
 * jump (see `jumpHasTarget` in its use), so they are never borrow-checked.
 */
type Cx =
  | { readonly kind: 'normal' }
  | { readonly kind: 'loop' }
  | { readonly kind: 'closure'; readonly head: Span }
  | { readonly kind: 'async'; readonly span: Span };

const NORMAL: Cx = { kind: 'normal' };
const LOOP: Cx = { kind: 'loop' };

export function loopErrors(crate: Crate, file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  walk(crate.items, NORMAL, file, out);
  return out;
}

/**
 * Does `e` (an array length or repeat count: an anonymous const) hold a `break`/`continue` that
 * leaves it? rustc gives such a const an error value, so the type it sizes is an error type.
 */
export function constJumpsOut(e: Expr): boolean {
  const found: Diagnostic[] = [];
  walk(e, NORMAL, null, found);
  return found.length > 0;
}

/**
 * A generic walk over the AST's plain data: each node is a record with a `kind`, and the shapes
 * that open a context (loops, closures, async blocks, fn items, anonymous consts) are recognised
 * by their fields, so that every other node kind is walked without being listed.
 */
function walk(node: unknown, cx: Cx, file: SourceFile | null, out: Diagnostic[]): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x, cx, file, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  const kind = n['kind'];
  const span = n['span'] as Span | undefined;
  if ((kind === 'break' || kind === 'continue') && 'label' in n && span !== undefined) {
    if (n['label'] === null) jump(kind, span, cx, file, out);
    if (kind === 'break') walk(n['value'], cx, file, out);
    return;
  }
  if (kind === 'loop' && 'body' in n && 'label' in n) return walk(n['body'], LOOP, file, out);
  if (kind === 'while' && 'cond' in n && 'body' in n) {
    walk(n['cond'], LOOP, file, out);
    return walk(n['body'], LOOP, file, out);
  }
  if (kind === 'for' && 'iter' in n && 'body' in n) {
    walk(n['pat'], cx, file, out);
    walk(n['iter'], cx, file, out);
    return walk(n['body'], LOOP, file, out);
  }
  if (kind === 'closure' && 'params' in n && 'body' in n && span !== undefined) {
    walk(n['params'], cx, file, out);
    walk(n['ret'], cx, file, out);
    const head = file === null ? span : closureArgsSpan(file.text, span);
    return walk(n['body'], n['async'] === true ? { kind: 'async', span } : { kind: 'closure', head }, file, out);
  }
  if (kind === 'block' && 'flavor' in n && 'block' in n && span !== undefined) {
    const flavor = n['flavor'];
    if (flavor === 'async' || flavor === 'asyncMove') return walk(n['block'], { kind: 'async', span: asyncHead(file, span) }, file, out);
    if (flavor === 'const') return walk(n['block'], NORMAL, file, out);
    return rest(n, null, cx, file, out);
  }
  // An array type's length and a repeat count are anonymous consts: bodies of their own.
  if (kind === 'array' && 'len' in n && 'elem' in n) {
    walk(n['elem'], cx, file, out);
    return walk(n['len'], NORMAL, file, out);
  }
  if (kind === 'repeat' && 'count' in n && 'elem' in n) {
    walk(n['elem'], cx, file, out);
    return walk(n['count'], NORMAL, file, out);
  }
  // Items nested anywhere (fns in blocks, consts, impls) start afresh.
  if ('item' in n && typeof n['item'] === 'object' && kind !== 'break') {
    walk(n['item'], NORMAL, file, out);
    return rest(n, 'item', cx, file, out);
  }
  rest(n, null, cx, file, out);
}

/**
 * Walks every object-valued field of `n` but `skip` and its span (`for…in`: this runs on every
 * AST node, so no entry arrays; a `span` field is always a `Span`, which holds no node).
 */
function rest(n: Record<string, unknown>, skip: string | null, cx: Cx, file: SourceFile | null, out: Diagnostic[]): void {
  for (const k in n) {
    if (k === skip || k === 'span') continue;
    const v = n[k];
    if (typeof v === 'object') walk(v, cx, file, out);
  }
}

/** `async` or `async move`: where rustc says "enclosing `async` block". */
function asyncHead(file: SourceFile | null, span: Span): Span {
  if (file === null) return span;
  const brace = file.text.indexOf('{', span.lo);
  if (brace < 0 || brace > span.hi) return span;
  return { lo: span.lo, hi: span.lo + file.text.slice(span.lo, brace).trimEnd().length };
}

function jump(kind: 'break' | 'continue', span: Span, cx: Cx, file: SourceFile | null, out: Diagnostic[]): void {
  switch (cx.kind) {
    case 'loop': return;
    case 'normal': out.push(msg.jumpOutsideLoop(span, kind)); return;
    case 'closure': out.push(msg.jumpInsideClosure(span, kind, cx.head)); return;
    case 'async': out.push(msg.jumpInsideAsync(span, kind, cx.span)); return;
    default: { const never: never = cx; void file; return never; }
  }
}
