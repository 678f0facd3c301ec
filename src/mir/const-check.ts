import type { TypeContext } from '../types/context.js';
import type { Span } from '../syntax/span.js';
import type { Diagnostic, SubDiagnostic } from '../util/diagnostic.js';
import { unsupported } from '../util/diagnostic.js';
import type { Body } from './mir.js';

/**
 * rustc's const checking (`check_consts`) of calls: in a const or static initialiser, or a
 * `const fn`, only const fns, tuple struct and variant constructors may be called (E0015). Only
 * callees whose constness is known are judged: this crate's fns and methods, and `format!`'s
 * runtime function; std-model items carry no constness and are left alone.
 */
export function constCallErrors(body: Body, tcx: TypeContext): Diagnostic[] {
  const kind = tcx.defKind(body.def);
  const context = kind === 'static' ? 'statics' : kind === 'const' || kind === 'assocConst' ? 'constants' : tcx.isConstFn?.(body.def) === true ? 'constant functions' : null;
  if (context === null || body.closure !== null) return [];
  const out: Diagnostic[] = [];
  for (const block of body.blocks) {
    const t = block.terminator.kind;
    if (t.kind !== 'call' || t.func.kind !== 'const') continue;
    const v = t.func.value;
    if (v.kind === 'fn') {
      // Reaching it while evaluating a constant is an error (E0080) only const evaluation can see.
      if (tcx.defPath(v.def) === 'std::hint::unreachable_unchecked') {
        out.push(unsupported(block.terminator.span, '`unreachable_unchecked` in a constant context'));
        continue;
      }
      const dk = tcx.defKind(v.def);
      if ((dk !== 'fn' && dk !== 'assocFn') || tcx.isConstFn?.(v.def) !== false) continue;
      const what = dk === 'fn' ? 'function' : tcx.fnSig(v.def).hasSelf ? 'method' : 'associated function';
      // rustc points at a free fn's header ("function `f` is not const").
      const header = dk === 'fn' ? tcx.fnHeaderSpan?.(v.def) ?? null : null;
      out.push(nonConstCall(block.terminator.span, tcx.defPath(v.def), what, context, header));
    } else if (v.kind === 'intrinsic' && v.name === 'std::fmt::format') {
      // Formatting arguments (`format!("{}", x)`) are built by a non-const call of their own.
      if (t.args.length > 0) out.push(nonConstCall(block.terminator.span, null, 'formatting macro', context, null));
      out.push(nonConstCall(block.terminator.span, 'format', 'function', context, null));
    }
  }
  return out;
}

function nonConstCall(span: Span, name: string | null, what: string, context: string, header: Span | null): Diagnostic {
  const notes: SubDiagnostic[] = [];
  if (header !== null) notes.push({ level: 'note', message: `${what} \`${name}\` is not const`, spans: [{ span: header, label: null, primary: true }], suggestions: [] });
  const plain = (message: string): SubDiagnostic => ({ level: 'note', message, spans: [], suggestions: [] });
  notes.push(plain(`calls in ${context} are limited to constant functions, tuple structs and tuple variants`));
  if (context === 'statics') notes.push(plain('consider wrapping this expression in `std::sync::LazyLock::new(|| ...)`'));
  return { level: 'error', code: 'E0015', message: `cannot call non-const ${what}${name === null ? '' : ` \`${name}\``} in ${context}`, spans: [{ span, label: null, primary: true }], children: notes };
}
