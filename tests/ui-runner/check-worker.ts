import { parentPort } from 'node:worker_threads';
import { check, type CheckOptions } from '../../src/driver/check.js';
import type { SourceFile } from '../../src/syntax/span.js';

/** Worker side of isolated-check.ts: runs `check` on each file it is sent. */
export interface CheckRequest {
  readonly id: number;
  readonly file: SourceFile;
  readonly opts: CheckOptions;
}

parentPort?.on('message', (req: CheckRequest) => {
  const t0 = performance.now();
  const out = check(req.file, req.opts);
  parentPort?.postMessage({ id: req.id, diagnostics: out.diagnostics, ms: performance.now() - t0, phaseMs: out.phaseMs });
});
