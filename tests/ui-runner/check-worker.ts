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
  const c0 = process.cpuUsage();
  const out = check(req.file, req.opts);
  const cpu = process.cpuUsage(c0);
  parentPort?.postMessage({ id: req.id, diagnostics: out.diagnostics, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, phaseMs: out.phaseMs });
});
