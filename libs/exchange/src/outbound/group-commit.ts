interface Waiting<T> {
  readonly item: T;
  readonly done: (error?: unknown) => void;
}

/**
 * Gathers the items handed in at about the same time and runs one flush for all of them, after
 * `maxWaitMs` or as soon as `maxItems` are in. Each caller waits for the flush that took its item
 * and sees that flush's failure, so a queued job completes only once its item is stored. When a
 * batch fails, its items are flushed again one by one, so one bad item fails alone.
 */
export class GroupCommit<T> {
  private waiting: Waiting<T>[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly flush: (items: T[]) => Promise<void>,
    private readonly maxItems: number,
    private readonly maxWaitMs: number,
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (this.waiting.length >= this.maxItems) this.run();
      else this.timer ??= setTimeout(() => this.run(), this.maxWaitMs);
    });
  }

  private run(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting;
    this.waiting = [];
    const alone = (w: Waiting<T>) => this.flush([w.item]).then(() => w.done(), (error: unknown) => w.done(error ?? new Error('The flush failed')));
    this.flush(batch.map((w) => w.item)).then(
      () => batch.forEach((w) => w.done()),
      (error: unknown) => (batch.length === 1 ? batch[0].done(error ?? new Error('The flush failed')) : batch.forEach(alone)),
    );
  }
}
