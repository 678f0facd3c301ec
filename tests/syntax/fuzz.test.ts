import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '../../src/syntax/parser.js';
import { printCrate } from '../../src/syntax/printer.js';
import { collectNodeIds } from './ast-walk.js';

/**
 * Deterministic mutation fuzzing of the grammar fixture: whatever the damage, the parser must not
 * throw, node ids must stay dense, error spans must lie inside the text, and printing must work.
 */
const base = readFileSync(fileURLToPath(new URL('../../../tests/syntax/fixtures/grammar.rs', import.meta.url)), 'utf8');
const PIECES = ['(', ')', '{', '}', '[', ']', ';', ',', 'let', 'fn', '|', '||', '&&', '<', '>', '>>', '::', '.', '..', '=', '=>', '"', "'",
  'r#"', '#', '!', '?', 'as', 'match', 'if', 'else', '0.', '1e', '/*', '*/', '//', '\n', 'impl', 'mut', '&', '*', '-', 'x', '@', '$',
  'vec![', 'println!("{', '}")', 'where', 'for<', "'a", 'dyn', 'impl<'];

test('mutated inputs never crash and keep ids dense', () => {
  let seed = 20260425;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < 150; i++) {
    let t = base;
    for (let j = 1 + rnd(4); j > 0; j--) {
      const pos = rnd(t.length + 1);
      const op = rnd(3);
      if (op === 0) t = t.slice(0, pos) + PIECES[rnd(PIECES.length)]! + t.slice(pos);
      else if (op === 1) t = t.slice(0, pos) + t.slice(pos + 1 + rnd(8));
      else {
        const q = rnd(t.length + 1);
        t = t.slice(0, pos) + t.slice(q, q + rnd(20)) + t.slice(pos);
      }
    }
    const r = parse({ name: `mutant ${i}`, text: t });
    const ids = collectNodeIds(r.crate).sort((a, b) => a - b);
    assert.equal(ids.length, r.crate.nodeCount, `mutant ${i}: node count`);
    ids.forEach((id, k) => assert.equal(id, k, `mutant ${i}: dense ids`));
    for (const e of r.errors) assert.ok(e.span.lo >= 0 && e.span.lo <= e.span.hi && e.span.hi <= t.length, `mutant ${i}: span of "${e.message}"`);
    printCrate(r.crate);
  }
});
