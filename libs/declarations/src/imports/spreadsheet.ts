import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Piscina } from 'piscina';
import type { AppConfig } from '@landsea/config';

/** A sheet as rows of cell texts; a cell's position in its row is its column. */
export interface Sheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}

export type SpreadsheetKind = 'xlsx' | 'csv';

/** Why a file was not read: the reason decides the status, the problem the message. */
export interface SpreadsheetRefusal {
  readonly reason: 'UNSAFE' | 'UNREADABLE' | 'TOO_LARGE' | 'TIMEOUT' | 'BUSY';
  readonly problem: string;
  readonly details: Readonly<Record<string, string | number>>;
}

export class SpreadsheetError extends Error {
  constructor(readonly refusal: SpreadsheetRefusal) {
    super(`${refusal.reason}: ${refusal.problem}`);
  }
}

type WorkerAnswer = { sheets: Sheet[] } | { refused: SpreadsheetRefusal };

// Readers leave a core to the event loop (at most two of them), with a short queue: a flood of
// uploads waits, or is told to come back, while every other request is served.
const THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));
const QUEUE = 16;

/**
 * Reads XLSX (exceljs) and CSV (csv-parse, UTF-8 or GB18030) in worker threads, so no upload can
 * hold the event loop: a reader that runs longer than IMPORT_PARSE_TIMEOUT_MS (counted from when
 * it begins, not while it waits for a thread) is terminated, and one that needs more memory
 * than its thread has dies alone.
 */
@Injectable()
export class SpreadsheetReader implements OnModuleDestroy {
  private readonly pool = new Piscina({
    // Plain JavaScript beside this module: the same file runs under Jest and from dist/.
    filename: new URL('./spreadsheet.worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: THREADS,
    maxQueue: QUEUE,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
  });
  private readonly timeoutMs: number;

  constructor(config: ConfigService<AppConfig, true>) {
    this.timeoutMs = config.get('IMPORT_PARSE_TIMEOUT_MS', { infer: true });
  }

  async read(kind: SpreadsheetKind, data: Uint8Array): Promise<Sheet[]> {
    if (this.pool.queueSize >= QUEUE) throw new SpreadsheetError({ reason: 'BUSY', problem: 'BUSY', details: {} });
    // The clock starts when the worker says it has begun: not while the file waits for a thread,
    // nor while a new thread loads its modules.
    const { port1: started, port2: starting } = new MessageChannel();
    const stop = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    started.once('message', () => (timer = setTimeout(() => stop.abort(), this.timeoutMs)));
    let answer: WorkerAnswer;
    try {
      answer = (await this.pool.run({ kind, data, started: starting }, { signal: stop.signal, transferList: [starting] })) as WorkerAnswer;
    } catch (error) {
      throw new SpreadsheetError(this.failure(error as Error));
    } finally {
      clearTimeout(timer);
      started.close();
    }
    if ('refused' in answer) throw new SpreadsheetError(answer.refused);
    return answer.sheets;
  }

  private failure(error: Error): SpreadsheetRefusal {
    if (error.name === 'AbortError') return { reason: 'TIMEOUT', problem: 'TIMEOUT', details: { limitMs: this.timeoutMs } };
    // The thread died: out of memory (ERR_WORKER_OUT_OF_MEMORY) is the only way the worker's own code lets it.
    return { reason: 'TOO_LARGE', problem: 'OUT_OF_MEMORY', details: {} };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
