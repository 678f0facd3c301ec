import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare, outcomeKey } from '../../fuzz/src/compare.js';
import { parseJsonErrors } from '../../fuzz/src/report.js';
import { shrink, variants } from '../../fuzz/src/shrink.js';
import { countNodes, line, nest, printNodes, type Node } from '../../fuzz/src/tree.js';

const tree: Node[] = [
  line('let a = 1;'),
  nest(['if c {', '} else {', '}'], [[line('x();'), line('y();')], [line('z();')]]),
  line('w();'),
];

function text(nodes: readonly Node[]): string {
  const out: string[] = [];
  printNodes(nodes, 0, out);
  return out.join('\n');
}

test('printing nests indents bodies; tabs in segments indent further', () => {
  assert.equal(text(tree), 'let a = 1;\nif c {\n    x();\n    y();\n} else {\n    z();\n}\nw();');
  const m = nest(['match o {\n\tSome(x) => {', '\t}\n\tNone => {', '\t}\n}'], [[line('a();')], [line('b();')]]);
  assert.equal(text([m]), 'match o {\n    Some(x) => {\n        a();\n    }\n    None => {\n        b();\n    }\n}');
});

test('every variant is smaller', () => {
  const n = countNodes(tree);
  let count = 0;
  for (const v of variants(tree)) {
    assert.ok(countNodes(v) < n);
    count += 1;
  }
  assert.ok(count > 5);
});

test('shrinking keeps only what the predicate needs', async () => {
  const keep = async (nodes: readonly Node[]): Promise<boolean> => text(nodes).includes('y();');
  const r = await shrink(tree, keep, 100);
  assert.equal(text(r.items), 'y();');
});

test('rustc JSON errors: code and primary line, summaries dropped', () => {
  const json = [
    JSON.stringify({ $message_type: 'diagnostic', message: 'borrow of moved value: `s`', level: 'error', code: { code: 'E0382' }, spans: [{ is_primary: false, line_start: 3 }, { is_primary: true, line_start: 4 }] }),
    JSON.stringify({ $message_type: 'diagnostic', message: 'unused variable', level: 'warning', code: null, spans: [] }),
    JSON.stringify({ $message_type: 'diagnostic', message: 'aborting due to 1 previous error', level: 'error', code: null, spans: [] }),
  ].join('\n');
  assert.deepEqual(parseJsonErrors(json), [{ code: 'E0382', line: 4, message: 'borrow of moved value: `s`' }]);
});

test('a primary span inside a std macro counts at the macro call', () => {
  const d = {
    $message_type: 'diagnostic',
    message: 'temporary value dropped while borrowed',
    level: 'error',
    code: { code: 'E0716' },
    spans: [{ file_name: '/rustc/abc/library/alloc/src/macros.rs', is_primary: true, line_start: 58, expansion: { span: { file_name: 'p.rs', line_start: 10 } } }],
  };
  assert.deepEqual(parseJsonErrors(JSON.stringify(d)), [{ code: 'E0716', line: 10, message: 'temporary value dropped while borrowed' }]);
});

test('comparison: exact, lines, codes, verdict, unsupported, crash', () => {
  const e = (code: string, l: number) => ({ code, line: l, message: '' });
  const bs = (errors: ReturnType<typeof e>[], extra: Partial<{ unsupported: ReturnType<typeof e>[]; failure: string }> = {}) => ({
    errors,
    unsupported: extra.unsupported ?? [],
    internal: [],
    failure: extra.failure ?? null,
  });
  assert.equal(compare([e('E0382', 4)], bs([e('E0382', 4)])).kind, 'exact');
  assert.equal(outcomeKey(compare([e('E0382', 4)], bs([e('E0382', 5)]))), 'line:E0382');
  assert.equal(outcomeKey(compare([e('E0382', 4)], bs([e('E0505', 4)]))), 'missed:E0382');
  assert.equal(compare([e('E0382', 4)], bs([])).kind, 'verdict');
  assert.equal(outcomeKey(compare([], bs([e('E0499', 2)]))), 'invented:E0499');
  assert.equal(compare([e('E0382', 4)], bs([], { unsupported: [{ code: null as unknown as string, line: 1, message: 'unsupported: closures' }] })).kind, 'unsupported');
  assert.equal(compare([], bs([], { failure: 'timed out after 5 ms' })).kind, 'crash');
});
