#!/usr/bin/env node
// Development aid (needs rustc on PATH, never run by the tests): renders rustc's own JSON
// diagnostics for each given .rs file with borrowscope's human renderer and diffs the result
// against rustc's `rendered` text, so the renderer can be checked on many real outputs.
// Usage: node scripts/compare-human.mjs [--show] [--macros] [--color] files...
// --color compares the ANSI-coloured output (rustc's --json=diagnostic-rendered-ansi).
// --macros also compares diagnostics with spans in macro expansions, mapped to their call sites.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { renderDiagnostic, renderContext } from '../dist/src/diagnostics/human.js';

const show = process.argv.includes('--show');
const withMacros = process.argv.includes('--macros');
const color = process.argv.includes('--color');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let same = 0;
let differ = 0;
let skipped = 0;
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const buf = Buffer.from(text, 'utf8');
  const toUtf16 = (byte) => buf.subarray(0, byte).toString('utf8').length;
  const crateType = /^\/\/@\s*crate-type:\s*(\w+)/m.exec(text)?.[1];
  const args = ['--edition', '2021', '--error-format=json', '--emit=metadata', '-o', '/tmp/compare-human.rmeta'];
  if (crateType) args.push('--crate-type', crateType);
  if (color) args.push('--json=diagnostic-rendered-ansi');
  const res = spawnSync('rustc', [...args, path], { encoding: 'utf8' });
  const cx = renderContext({ name: path, text });
  for (const line of res.stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const j = JSON.parse(line);
    if (j.level !== 'error' || j.spans.length === 0) continue;
    // Spans inside std macros are shown by rustc at the macro call site in the file; follow the
    // expansion chain there, as borrowscope's front end does.
    const callSite = (s) => {
      let x = s;
      while (x && (x.file_name !== path || (x.expansion && !withMacros))) x = x.expansion?.span;
      return x ?? null;
    };
    const all = [j, ...j.children].flatMap((c) => c.spans);
    if (all.some((s) => callSite(s) === null) || (!withMacros && all.some((s) => s.expansion))) { skipped++; continue; }
    const span = (s0) => { const s = callSite(s0); return { lo: toUtf16(s.byte_start), hi: toUtf16(s.byte_end) }; };
    const spans = j.spans.map((s) => ({ span: span(s), label: s.label, primary: s.is_primary }));
    const children = j.children.map((c) => {
      const sugg = c.spans.filter((s) => s.suggested_replacement !== null);
      return {
        level: c.level,
        message: c.message,
        spans: sugg.length > 0 ? [] : c.spans.map((s) => ({ span: span(s), label: s.label, primary: s.is_primary })),
        suggestions: sugg.map((s) => ({ span: span(s), replacement: s.suggested_replacement, applicability: s.suggestion_applicability })),
        // JSON does not say how rustc displayed a suggestion; an inline one shows as a label.
        style: sugg.length > 0 && new RegExp(`[^\\n]help: ${c.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(j.rendered) ? 'inline' : 'verbose',
      };
    });
    const d = { level: j.level, code: j.code?.code ?? null, message: j.message, spans, children };
    const ours = renderDiagnostic(d, cx, { color });
    if (ours === j.rendered) same++;
    else {
      differ++;
      console.log(`--- ${path}: ${j.message}`);
      if (show) console.log('rustc:\n' + j.rendered + 'ours:\n' + ours);
      const a = j.rendered.split('\n');
      const b = ours.split('\n');
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] !== b[i]) {
          console.log(`  first difference, line ${i + 1}:\n  rustc: ${JSON.stringify(a[i])}\n  ours:  ${JSON.stringify(b[i])}`);
          break;
        }
      }
    }
  }
}
console.log(`human renderer vs rustc: ${same} same, ${differ} differ, ${skipped} skipped (macro spans)`);
