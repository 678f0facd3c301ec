/** One error as both tools report it: code (null if none) and the line of its primary span. */
export interface Reported {
  readonly code: string | null;
  readonly line: number;
  readonly message: string;
}

interface JsonSpan {
  readonly file_name?: string;
  readonly is_primary?: boolean;
  readonly line_start?: number;
  readonly expansion?: { readonly span?: JsonSpan } | null;
}

/**
 * The line in the user's file: a span inside a std macro (`vec!`'s body in
 * /rustc/…/alloc/src/macros.rs) stands for the macro call that expanded to it.
 */
function userLine(s: JsonSpan): number {
  let cur: JsonSpan | undefined = s;
  while (cur !== undefined) {
    const f = cur.file_name ?? '';
    if (!f.startsWith('/rustc/') && !f.startsWith('<')) return cur.line_start ?? 0;
    cur = cur.expansion?.span;
  }
  return s.line_start ?? 0;
}

interface JsonDiagnostic {
  readonly $message_type?: string;
  readonly message?: string;
  readonly level?: string;
  readonly code?: { readonly code?: string } | null;
  readonly spans?: readonly JsonSpan[];
}

/**
 * The errors in rustc-style JSON diagnostics, one object a line. Summary lines (`aborting due
 * to …`) are dropped; warnings too.
 */
export function parseJsonErrors(text: string): Reported[] {
  const out: Reported[] = [];
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (!l.startsWith('{')) continue;
    let d: JsonDiagnostic;
    try {
      d = JSON.parse(l) as JsonDiagnostic;
    } catch {
      continue;
    }
    if (d.$message_type !== undefined && d.$message_type !== 'diagnostic') continue;
    if (d.level !== 'error') continue;
    const message = d.message ?? '';
    if (/^aborting due to/.test(message)) continue;
    const primary = (d.spans ?? []).find((s) => s.is_primary === true) ?? d.spans?.[0];
    out.push({ code: d.code?.code ?? null, line: primary === undefined ? 0 : userLine(primary), message });
  }
  return out;
}

/** The codes rustc's borrow checker (and its closure-capture analysis) reports. */
export const BORROWCK_CODES: ReadonlySet<string> = new Set([
  'E0381', 'E0382', 'E0384', 'E0499', 'E0502', 'E0503', 'E0505', 'E0506', 'E0507', 'E0508', 'E0509', 'E0515',
  'E0594', 'E0596', 'E0597', 'E0716', 'E0373', 'E0521', 'E0712', 'E0713',
  // Also borrowck's: closures needing unique access (the brief's list omits them).
  'E0500', 'E0501', 'E0524',
]);
