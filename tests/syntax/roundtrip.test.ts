import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '../../src/syntax/parser.js';
import { printCrate } from '../../src/syntax/printer.js';
import { stripForCompare } from './ast-walk.js';

/** parse → print → parse gives the same tree (ignoring spans and ids) and no errors. */
function roundTrip(name: string, text: string): void {
  const r1 = parse({ name, text });
  assert.deepEqual(r1.errors.map((e) => e.message), [], `${name}: input parses`);
  const printed = printCrate(r1.crate);
  const r2 = parse({ name: `${name} (printed)`, text: printed });
  assert.deepEqual(r2.errors.map((e) => e.message), [], `${name}: printed output parses`);
  assert.deepEqual(stripForCompare(r2.crate), stripForCompare(r1.crate), `${name}: same tree after printing`);
}

const fixture = fileURLToPath(new URL('../../../tests/syntax/fixtures/grammar.rs', import.meta.url));
test('round trip: grammar fixture', () => {
  roundTrip('grammar.rs', readFileSync(fixture, 'utf8'));
});

const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/programs', import.meta.url));
test('round trip: every corpus program', { skip: existsSync(corpusDir) ? false : `corpus folder absent: ${corpusDir}` }, () => {
  for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.rs')).sort()) {
    roundTrip(f, readFileSync(`${corpusDir}/${f}`, 'utf8'));
  }
});
