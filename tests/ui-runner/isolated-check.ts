import { Worker } from 'node:worker_threads';
import type { CheckOptions, PhaseTimes } from '../../src/driver/check.js';
import { internalError } from '../../src/driver/phases.js';
import type { SourceFile } from '../../src/syntax/span.js';
import type { Diagnostic } from '../../src/util/diagnostic.js';
import type { CheckRequest } from './check-worker.js';

/**
 * Runs `check` in a worker thread with a time limit, so one program that sends a phase into an
 * endless loop is reported (as an internal error) instead of hanging the whole test run. The
 * worker is reused across files and replaced after a timeout.
 */
export interface IsolatedResult {
  readonly diagnostics: Diagnostic[];
  /** Time spent in `check` inside the worker (the time limit when it timed out). */
  readonly ms: number;
  readonly timedOut: boolean;
  /** CPU time of the process while the worker ran `check` (the main thread is idle meanwhile): steadier than `ms` on a busy machine. */
  readonly cpuMs: number;
  /** Per-phase times inside the worker, when `opts.timePhases` was set. */
  readonly phaseMs: PhaseTimes | null;
}

export interface IsolatedChecker {
  readonly check: (file: SourceFile, opts: CheckOptions) => Promise<IsolatedResult>;
  readonly close: () => Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = Number(process.env['BORROWSCOPE_CHECK_TIMEOUT_MS'] ?? '3000');

export function isolatedChecker(timeoutMs: number = DEFAULT_TIMEOUT_MS): IsolatedChecker {
  let worker: Worker | null = null;
  let nextId = 0;
  const spawn = (): Worker => new Worker(new URL('./check-worker.js', import.meta.url));
  const run = (file: SourceFile, opts: CheckOptions): Promise<IsolatedResult> =>
    new Promise<IsolatedResult>((resolvePromise) => {
      if (worker === null) worker = spawn();
      const w = worker;
      const id = nextId++;
      const finish = (diags: Diagnostic[], ms = 0, timedOut = false, phaseMs: PhaseTimes | null = null, cpuMs = ms): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        resolvePromise({ diagnostics: diags, ms, cpuMs, timedOut, phaseMs });
      };
      const onMessage = (msg: { id: number; diagnostics: Diagnostic[]; ms: number; cpuMs: number; phaseMs: PhaseTimes | null }): void => {
        if (msg.id === id) finish(msg.diagnostics, msg.ms, false, msg.phaseMs, msg.cpuMs);
      };
      const onError = (err: unknown): void => {
        worker = null;
        finish([internalError('check (worker)', err, null)]);
      };
      const onExit = (code: number): void => {
        worker = null;
        finish([internalError('check (worker)', new Error(`worker exited with code ${code}`), null)]);
      };
      const timer = setTimeout(() => {
        worker = null;
        w.off('exit', onExit);
        void w.terminate();
        finish([internalError('check', new Error(`timed out after ${timeoutMs} ms (endless loop?)`), null)], timeoutMs, true);
      }, timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      const req: CheckRequest = { id, file, opts };
      w.postMessage(req);
    });
  return {
    check: run,
    close: async () => {
      if (worker !== null) {
        const w = worker;
        worker = null;
        await w.terminate();
      }
    },
  };
}
