import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderJson, toJson } from '../../src/diagnostics/json.js';
import { renderContext } from '../../src/diagnostics/human.js';
import { at, error, insert, primary, secondary } from './helpers.js';

const TEXT = `fn main() {
    let mut s = String::new();
    let r = &s;
    s.push_str(r);
    let x = 1;
    x = 2;
    println!("{x}");
}
`;

// rustc 1.95's JSON for this error (`--error-format=json`), with `explanation` set to null:
// borrowscope does not carry the --explain texts.
const RUSTC: unknown = {
  "$message_type": "diagnostic",
  "message": "cannot assign twice to immutable variable `x`",
  "code": {
    "code": "E0384",
    "explanation": null
  },
  "level": "error",
  "spans": [
    {
      "file_name": "h2.rs",
      "byte_start": 86,
      "byte_end": 87,
      "line_start": 5,
      "line_end": 5,
      "column_start": 9,
      "column_end": 10,
      "is_primary": false,
      "text": [
        {
          "text": "    let x = 1;",
          "highlight_start": 9,
          "highlight_end": 10
        }
      ],
      "label": "first assignment to `x`",
      "suggested_replacement": null,
      "suggestion_applicability": null,
      "expansion": null
    },
    {
      "file_name": "h2.rs",
      "byte_start": 97,
      "byte_end": 102,
      "line_start": 6,
      "line_end": 6,
      "column_start": 5,
      "column_end": 10,
      "is_primary": true,
      "text": [
        {
          "text": "    x = 2;",
          "highlight_start": 5,
          "highlight_end": 10
        }
      ],
      "label": "cannot assign twice to immutable variable",
      "suggested_replacement": null,
      "suggestion_applicability": null,
      "expansion": null
    }
  ],
  "children": [
    {
      "message": "consider making this binding mutable",
      "code": null,
      "level": "help",
      "spans": [
        {
          "file_name": "h2.rs",
          "byte_start": 86,
          "byte_end": 86,
          "line_start": 5,
          "line_end": 5,
          "column_start": 9,
          "column_end": 9,
          "is_primary": true,
          "text": [
            {
              "text": "    let x = 1;",
              "highlight_start": 9,
              "highlight_end": 9
            }
          ],
          "label": null,
          "suggested_replacement": "mut ",
          "suggestion_applicability": "MachineApplicable",
          "expansion": null
        }
      ],
      "children": [],
      "rendered": null
    }
  ],
  "rendered": "error[E0384]: cannot assign twice to immutable variable `x`\n --> h2.rs:6:5\n  |\n5 |     let x = 1;\n  |         - first assignment to `x`\n6 |     x = 2;\n  |     ^^^^^ cannot assign twice to immutable variable\n  |\nhelp: consider making this binding mutable\n  |\n5 |     let mut x = 1;\n  |         +++\n\n"
};

test('JSON diagnostic equals rustc\u2019s field by field (labels in rustc\u2019s order)', () => {
  const d = error('E0384', 'cannot assign twice to immutable variable `x`', [secondary(at(TEXT, 5, 9, 1), 'first assignment to `x`'), primary(at(TEXT, 6, 5, 5), 'cannot assign twice to immutable variable')], [
    insert('consider making this binding mutable', at(TEXT, 5, 9, 0).lo, 'mut '),
  ]);
  const ours = JSON.parse(JSON.stringify(toJson(d, renderContext({ name: 'h2.rs', text: TEXT })))) as unknown;
  assert.deepEqual(ours, RUSTC);
});

test('JSON stream ends with rustc\u2019s summary objects', () => {
  const d = error('E0384', 'm', [primary(at(TEXT, 6, 5, 5), null)]);
  const lines = renderJson([d], { name: 'h2.rs', text: TEXT }).trimEnd().split('\n').map((l) => JSON.parse(l) as { message: string; level: string; rendered: string });
  assert.equal(lines.length, 3);
  assert.deepEqual(
    lines.slice(1).map((l) => [l.level, l.message, l.rendered]),
    [
      ['error', 'aborting due to 1 previous error', 'error: aborting due to 1 previous error\n\n'],
      ['failure-note', 'For more information about this error, try `rustc --explain E0384`.', 'For more information about this error, try `rustc --explain E0384`.\n'],
    ],
  );
});
