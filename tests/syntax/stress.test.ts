import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/syntax/parser.js';
import { printCrate } from '../../src/syntax/printer.js';

/** Deep and long inputs must never overflow the JS stack: either they parse, or the parser reports the nesting limit. */
const N = 10_000;

function fnBody(body: string): string {
  return `fn f() { ${body} }`;
}

const deep: Record<string, string> = {
  parens: fnBody('('.repeat(N) + '1' + ')'.repeat(N)),
  blocks: fnBody('{'.repeat(N) + '}'.repeat(N)),
  arrays: fnBody('['.repeat(N) + ']'.repeat(N)),
  unary: fnBody('-'.repeat(N) + '1'),
  refs: fnBody('&'.repeat(N) + 'x'),
  assign: fnBody('a = '.repeat(N) + '1;'),
  ifElse: fnBody('if a {} else '.repeat(N) + '{}'),
  closures: fnBody('|x| '.repeat(N) + '1'),
  modules: 'mod m { '.repeat(N) + '}'.repeat(N),
  types: `type T = ${'Vec<'.repeat(N)}u8${'>'.repeat(N)};`,
  refTypes: `type T = ${'&'.repeat(N)}u8;`,
  patterns: fnBody(`let ${'('.repeat(N)}x${')'.repeat(N)} = 1;`),
  macroTokens: fnBody(`m!${'('.repeat(N)}${')'.repeat(N)};`),
  vecMacros: fnBody('vec!['.repeat(N) + ']'.repeat(N)),
};

const long: Record<string, string> = {
  binary: fnBody('1' + ' + 1'.repeat(N)),
  methods: fnBody('x' + '.f()'.repeat(N)),
  fields: fnBody('x' + '.a'.repeat(N)),
  statements: fnBody('let x = 1;'.repeat(N)),
  items: 'fn f() {}\n'.repeat(N),
};

for (const [name, text] of Object.entries(deep)) {
  test(`deep nesting does not overflow: ${name}`, () => {
    const r = parse({ name, text });
    for (const e of r.errors) assert.match(e.message, /recursion limit/);
    assert.ok(r.crate.nodeCount > 0);
  });
}

for (const [name, text] of Object.entries(long)) {
  test(`long input parses and prints: ${name}`, () => {
    const r = parse({ name, text });
    assert.deepEqual(r.errors, []);
    const printed = printCrate(r.crate);
    assert.ok(printed.length > 0);
  });
}
