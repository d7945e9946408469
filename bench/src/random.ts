/**
 * A seeded pseudo-random stream (mulberry32): the generator must write the same province for the same
 * seed, so nothing here reads Math.random or the clock. Each table draws from its own stream, so
 * changing how one table is generated leaves the others as they were.
 */
export class Random {
  #state: number;

  constructor(seed: string) {
    // FNV-1a over the seed text gives the 32-bit starting state.
    let hash = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) {
      hash ^= seed.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    this.#state = hash >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) | 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * An index in [0, n) skewed to the head: P(index < x) = (x / n)^(1 / skew). With skew 3 the first
   * 1% of a list ordered by size gets about a fifth of the picks, the long tail a few each, like
   * suppliers crowding around a few anchors.
   */
  skewedIndex(n: number, skew: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** skew));
  }

  /** A log-normal draw around `median` (sigma in natural-log units): revenues, volumes, degrees. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * normal);
  }

  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [key, weight] of entries) {
      r -= weight;
      if (r < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}
