import type { Block, Item } from '../syntax/ast.js';
import type { SourceFile } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { msg } from './messages.js';

/**
 * Checks rustc makes on the syntax tree after parsing (`rustc_ast_passes`), which report without
 * stopping compilation: a body on a fn of an `extern` block, `self` on a function that is not
 * associated, a free `static` without a value (the parser reports a `const` without one).
 */
export function validateAst(items: readonly Item[], file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const block = (b: Block | null): void => {
    if (b === null) return;
    for (const s of b.stmts) if (s.kind === 'item') item(s.item, false);
  };
  const item = (it: Item, associated: boolean, externHeader: { lo: number; hi: number } | null = null): void => {
    switch (it.kind) {
      case 'fn':
        if (externHeader !== null && it.body !== null) out.push(msg.externFnBody(it.name.span, externHeader));
        if (!associated && it.sig.selfParam !== null) out.push(msg.selfOutsideAssoc(it.sig.selfParam.span));
        // The body of an `extern` block's fn is dropped by rustc: nothing in it is looked at.
        if (externHeader === null) block(it.body);
        return;
      case 'static':
        if (externHeader === null && it.expr === null) out.push(msg.freeStaticWithoutBody(it.span));
        return;
      case 'impl': case 'trait': it.items.forEach((x) => item(x, true)); return;
      case 'mod': it.items?.forEach((x) => item(x, false)); return;
      case 'externBlock': {
        const brace = file.text.indexOf('{', it.span.lo);
        const header = { lo: it.span.lo, hi: brace > it.span.lo ? it.span.lo + file.text.slice(it.span.lo, brace).trimEnd().length : it.span.hi };
        it.items.forEach((x) => item(x, false, header));
        return;
      }
      default: return;
    }
  };
  items.forEach((it) => item(it, false));
  return out;
}
