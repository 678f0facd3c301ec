import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './proc.js';
import { parseJsonErrors, type Reported } from './report.js';

/** borrowscope's answer on one file, its `unsupported` and internal errors kept apart. */
export interface BsResult {
  readonly errors: readonly Reported[];
  readonly unsupported: readonly Reported[];
  readonly internal: readonly Reported[];
  /** The process crashed, timed out or printed nothing parseable while failing. */
  readonly failure: string | null;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BIN = join(ROOT, 'bin', 'borrowscope.js');
const WORKER = join(ROOT, 'dist', 'fuzz', 'src', 'bs-worker.js');

export type BsMode = 'cli' | 'worker';

function classify(json: string, failure: string | null): BsResult {
  const all = parseJsonErrors(json);
  return {
    errors: all.filter((e) => !(e.code === null && /^(unsupported|internal): /.test(e.message))),
    unsupported: all.filter((e) => e.code === null && e.message.startsWith('unsupported: ')),
    internal: all.filter((e) => e.code === null && e.message.startsWith('internal: ')),
    failure,
  };
}

/** `borrowscope check --error-format=json FILE`, one process per file. */
export async function borrowscopeCli(file: string, timeoutMs: number, polonius = false): Promise<BsResult> {
  const r = await run(process.execPath, [BIN, 'check', '--error-format=json', ...(polonius ? ['--polonius'] : []), file], timeoutMs);
  let failure: string | null = null;
  if (r.timedOut) failure = `timed out after ${timeoutMs} ms`;
  else if (r.status !== 0 && r.status !== 1) failure = `exit ${r.status}: ${lastLine(r.stderr)}`;
  else if (r.status === 1 && parseJsonErrors(r.stderr).length === 0) failure = `exit 1 without diagnostics: ${lastLine(r.stderr)}`;
  return classify(r.stderr, failure);
}

function lastLine(s: string): string {
  const lines = s.trim().split('\n');
  return (lines[lines.length - 1] ?? '').slice(0, 200);
}

/**
 * One persistent worker process (bs-worker.js) answering file after file; killed and restarted
 * when it takes longer than the timeout, so a hang costs one program, not the campaign.
 */
export class BsWorker {
  private child: ChildProcessWithoutNullStreams | null = null;
  private buffer = '';
  private waiting: ((line: string | null) => void) | null = null;
  private stderr = '';

  constructor(private readonly timeoutMs: number, private readonly polonius = false) {}

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(process.execPath, [WORKER, ...(this.polonius ? ['--polonius'] : [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      this.buffer += d;
      const nl = this.buffer.indexOf('\n');
      if (nl >= 0 && this.waiting !== null) {
        const l = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        const w = this.waiting;
        this.waiting = null;
        w(l);
      }
    });
    this.stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (this.stderr = (this.stderr + d).slice(-2000)));
    child.on('exit', () => {
      if (this.child === child) this.child = null;
      const w = this.waiting;
      this.waiting = null;
      w?.(null);
    });
    this.child = child;
    this.buffer = '';
    return child;
  }

  /**
   * A worker that dies between programs (say, while dist/ is being rebuilt under it) is restarted
   * and asked again once before its death counts as a finding.
   */
  async check(file: string): Promise<BsResult> {
    const first = await this.once(file);
    if (first.failure === null || !first.failure.startsWith('worker exited')) return first;
    return this.once(file);
  }

  private once(file: string): Promise<BsResult> {
    const child = this.child ?? this.start();
    return new Promise((resolvePromise) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        this.stop();
        resolvePromise(classify('', `timed out after ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.waiting = (l) => {
        clearTimeout(timer);
        if (l === null) {
          resolvePromise(classify('', `worker exited: ${lastLine(this.stderr)}`));
          return;
        }
        try {
          const msg = JSON.parse(l) as { json?: string; error?: string };
          if (msg.error !== undefined) resolvePromise(classify('', `threw: ${msg.error.split('\n')[0] ?? ''}`));
          else resolvePromise(classify(msg.json ?? '', null));
        } catch {
          resolvePromise(classify('', `unparseable worker reply: ${l.slice(0, 100)}`));
        }
      };
      child.stdin.write(file + '\n');
    });
  }

  stop(): void {
    const c = this.child;
    this.child = null;
    if (c !== null) c.kill('SIGKILL');
  }
}
