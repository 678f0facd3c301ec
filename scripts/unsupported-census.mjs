// Counts the `unsupported: …` messages borrowscope gives over a folder of programs, most frequent
// first, so the std model and the checker can grow where real programs need it.
//   node scripts/unsupported-census.mjs DIR [--files] [--out FILE]
// DIR holds *.rs (or a programs/ folder of them). Needs `npm run build` first.
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolatedChecker } from '../dist/tests/ui-runner/isolated-check.js';
import { oracleCrateType } from '../dist/tests/corpus/corpus-stats.js';

const args = process.argv.slice(2);
const dirArg = args.find((a) => !a.startsWith('--'));
if (dirArg === undefined) {
  console.error('usage: unsupported-census.mjs DIR [--files] [--out FILE]');
  process.exit(2);
}
const dir = existsSync(join(dirArg, 'programs')) ? join(dirArg, 'programs') : dirArg;
const showFiles = args.includes('--files');
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1] : null;
const checker = isolatedChecker();
const counts = new Map();
const perFile = [];
let programs = 0;
let unsupportedPrograms = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.rs')).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  const { diagnostics } = await checker.check({ name, text }, { crateType: oracleCrateType(text) });
  programs++;
  const msgs = diagnostics.filter((d) => d.message.startsWith('unsupported') || d.message.startsWith('internal')).map((d) => d.message);
  if (msgs.length > 0) unsupportedPrograms++;
  for (const m of new Set(msgs)) {
    const e = counts.get(m) ?? { n: 0, files: [] };
    e.n++;
    e.files.push(name);
    counts.set(m, e);
  }
  perFile.push(`${name}\t${msgs.join(' | ')}`);
}
await checker.close();
const lines = [...counts.entries()].sort((a, b) => b[1].n - a[1].n).map(([m, e]) => `${String(e.n).padStart(4)}  ${m}${showFiles ? `   [${e.files.slice(0, 4).join(' ')}]` : ''}`);
console.log(`${unsupportedPrograms} of ${programs} programs have an unsupported (or internal) message`);
console.log(lines.join('\n'));
if (out !== null) writeFileSync(out, perFile.join('\n') + '\n');
