import { factsJson, printFactsText } from '../borrowck/polonius/dump.js';
import { studyBody } from '../borrowck/polonius/study.js';
import type { Body } from '../mir/mir.js';
import type { SourceFile } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { bodiesOf, guard, internalError } from './phases.js';

export interface FactsOutput {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

/** `borrowscope facts`: the Polonius facts of every body, as tables or JSON. Never throws, does no I/O. */
export function facts(file: SourceFile, opts: { readonly json: boolean }): FactsOutput {
  const diags: Diagnostic[] = [];
  const parts: string[] = [];
  const json: Record<string, unknown>[] = [];
  try {
    const got = bodiesOf(file, diags);
    const visit = (body: Body, tcx: TypeContext): void => {
      const s = guard(`extracting the facts of \`${body.name}\``, diags, () => studyBody(body, tcx));
      if (s !== null) { if (opts.json) json.push(factsJson(s)); else parts.push(printFactsText(s)); }
      for (const c of body.children) visit(c, tcx);
    };
    if (got !== null) for (const b of got.bodies) visit(b, got.tcx);
  } catch (err) {
    diags.push(internalError('facts', err, null));
  }
  return { text: opts.json ? JSON.stringify({ bodies: json }, null, 1) + '\n' : parts.join('\n'), diagnostics: diags };
}
