import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '../../src/syntax/parser.js';
import { collectNodeIds } from './ast-walk.js';

const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/programs', import.meta.url));
const present = existsSync(corpusDir);

test('every corpus program parses without errors, with dense node ids', { skip: present ? false : `corpus folder absent: ${corpusDir}` }, () => {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.rs')).sort();
  assert.ok(files.length > 0, 'corpus folder is empty');
  const failures: string[] = [];
  for (const f of files) {
    const text = readFileSync(`${corpusDir}/${f}`, 'utf8');
    const r = parse({ name: f, text });
    for (const e of r.errors) {
      const line = text.slice(0, e.span.lo).split('\n').length;
      failures.push(`${f}:${line}: ${e.message}`);
    }
    const ids = collectNodeIds(r.crate).sort((a, b) => a - b);
    assert.equal(ids.length, r.crate.nodeCount, `${f}: node count`);
    ids.forEach((id, i) => assert.equal(id, i, `${f}: ids are dense and unique`));
  }
  assert.deepEqual(failures, []);
});
