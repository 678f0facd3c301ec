import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge, summarize } from './corpus-stats.js';

const e = (code: string, line: number) => ({ code, line, column: 1, message: '' });
const o = (code: string | null, line: number) => ({ code, line, message: '' });

test('corpus agreement categories', () => {
  const exact = judge('a.rs', [e('E0502', 3)], false, [o('E0502', 3)], 'judged', 1);
  assert.deepEqual([exact.sameVerdict, exact.sameCodes, exact.sameLines, exact.falseAccept, exact.falseReject], [true, true, true, false, false]);
  const wrongLine = judge('b.rs', [e('E0502', 3)], false, [o('E0502', 4)], 'judged', 1);
  assert.deepEqual([wrongLine.sameVerdict, wrongLine.sameCodes, wrongLine.sameLines], [true, true, false]);
  const missed = judge('c.rs', [e('E0499', 5)], false, [], 'judged', 1);
  assert.equal(missed.falseAccept, true);
  const invented = judge('d.rs', [], true, [o('E0382', 2)], 'judged', 1);
  assert.equal(invented.falseReject, true);
  const unsup = judge('e.rs', [], true, [o(null, 2)], 'unsupported', 1);
  assert.deepEqual([unsup.sameVerdict, unsup.falseReject, unsup.falseAccept], [false, false, false]);
  const text = summarize('all', [exact, wrongLine, missed, invented, unsup]);
  assert.match(text, /^all: 5 programs, 4 judged$/m);
  assert.match(text, /same verdict\s+2\/5 \(40%\)/);
  assert.match(text, /accepted, rustc rejects \(worst\)\s+1\/5/);
  assert.match(text, /unsupported\s+1\/5/);
});
