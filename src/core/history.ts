/**
 * The loss history a training run keeps: what the loss chart and the learner need, not every
 * epoch. A tab left training in a classroom for an hour runs 200,000 epochs or more; keeping
 * them all grew the page by about 84 MB an hour, and `state` copied all of it.
 *
 * What it holds, as three parallel lists (`epochs`, `train`, `test`, epochs increasing):
 * - every epoch of the recent window (the last `RECENT` epochs);
 * - before it, a decimated record that keeps the curve's shape: the first epoch, the epoch of
 *   the lowest training loss and of the lowest test loss, and one epoch in every `k`, `k`
 *   doubling each time the record would pass the cap;
 * - never more than `CAP` points, which `toJSON` (so `state`) respects too.
 * Adding an epoch costs O(1), amortized: a thinning pass runs only when the cap is reached,
 * and the gaps between passes double with `k`.
 */
export class LossHistory {
  /** Epochs kept in full at the end. */
  static readonly RECENT = 300;
  /** Most points kept in all. */
  static readonly CAP = 1000;

  epochs: number[] = [];
  train: number[] = [];
  test: number[] = [];
  /** One point in every `stride` epochs is kept before the recent window. */
  private stride = 1;

  /** The losses after `epoch`. */
  push(epoch: number, train: number, test: number): void {
    this.epochs.push(epoch);
    this.train.push(train);
    this.test.push(test);
    if (this.epochs.length > LossHistory.CAP) this.thin();
  }

  get length(): number {
    return this.epochs.length;
  }

  /** A copy as JSON: `{ epochs, train, test }`, at most CAP points. */
  toJSON(): { epochs: number[]; train: number[]; test: number[] } {
    return { epochs: [...this.epochs], train: [...this.train], test: [...this.test] };
  }

  /**
   * A history from a snapshot: the current `{ epochs, train, test }`, or the old format
   * without `epochs` (one point per epoch from 0), of any length: it is thinned to the cap.
   * Throws a message for a list that is not what it should be.
   */
  static from(h: unknown): LossHistory {
    const okList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
    const s = h as { epochs?: unknown; train?: unknown; test?: unknown } | null;
    if (!s || !okList(s.train) || !okList(s.test) || s.train.length !== s.test.length || s.train.length === 0) {
      throw new TypeError('snapshot.history must hold equally long, non-empty lists of finite train and test losses');
    }
    const epochs = s.epochs === undefined ? s.train.map((_, i) => i) : s.epochs;
    if (!okList(epochs) || epochs.length !== s.train.length || !epochs.every((e, i) => Number.isInteger(e) && e >= 0 && (i === 0 || e > epochs[i - 1]))) {
      throw new TypeError('snapshot.history.epochs must list increasing whole epochs, one per loss');
    }
    const out = new LossHistory();
    out.epochs = [...epochs];
    out.train = [...s.train];
    out.test = [...s.test];
    while (out.epochs.length > LossHistory.CAP) out.thin();
    return out;
  }

  /**
   * Drops the points before the recent window that are off the stride's grid (the first point
   * and both minima stay), doubling the stride until at most 3/4 of the cap is left: the next
   * pass is then at least CAP / 4 epochs away.
   */
  private thin(): void {
    const keep = (LossHistory.CAP * 3) >> 2;
    for (;;) {
      const n = this.epochs.length;
      const recentFrom = this.epochs[n - 1] - LossHistory.RECENT;
      let minTrain = 0;
      let minTest = 0;
      for (let i = 1; i < n; i++) {
        if (this.train[i] < this.train[minTrain]) minTrain = i;
        if (this.test[i] < this.test[minTest]) minTest = i;
      }
      let w = 0;
      for (let i = 0; i < n; i++) {
        const e = this.epochs[i];
        if (i === 0 || e > recentFrom || e % this.stride === 0 || i === minTrain || i === minTest) {
          this.epochs[w] = e;
          this.train[w] = this.train[i];
          this.test[w] = this.test[i];
          w++;
        }
      }
      this.epochs.length = this.train.length = this.test.length = w;
      if (w <= keep) return;
      this.stride *= 2;
    }
  }
}
