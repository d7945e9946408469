/**
 * A least-recently-used cache of promises, all valid for one version of the data they were loaded from.
 * Seeing a newer version empties it (everything in it is stale at once, and the memory is freed at once);
 * a caller holding an older version than the cache's loads without caching, so a slow reader can never
 * store data older than what the cache already knows about. Concurrent misses of one key share a load.
 * Bounded twice: by entries, and by a weight (e.g. rows held) so a few huge entries cannot exhaust memory.
 */
export class VersionedLru<T> {
  private version = Number.NEGATIVE_INFINITY;
  private readonly entries = new Map<string, { value: Promise<T>; weight: number }>();
  private totalWeight = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number,
    private readonly weigh: (value: T) => number,
  ) {}

  get(key: string, version: number, load: () => Promise<T>): Promise<T> {
    if (version > this.version) this.reset(version);
    if (version < this.version) {
      this.misses++;
      return load();
    }
    const found = this.entries.get(key);
    if (found) {
      // Re-insert: a Map iterates in insertion order, so its first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, found);
      this.hits++;
      return found.value;
    }
    this.misses++;
    const entry = { value: load(), weight: 0 };
    this.entries.set(key, entry);
    entry.value.then(
      (value) => {
        if (this.entries.get(key) !== entry) return;
        entry.weight = this.weigh(value);
        this.totalWeight += entry.weight;
        this.evict();
      },
      // A failed load is not cached: the next request tries again.
      () => this.remove(key, entry),
    );
    this.evict();
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }

  get weight(): number {
    return this.totalWeight;
  }

  private reset(version: number): void {
    this.version = version;
    this.entries.clear();
    this.totalWeight = 0;
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries || this.totalWeight > this.maxWeight) {
      const oldest = this.entries.keys().next();
      if (oldest.done) return;
      this.remove(oldest.value, this.entries.get(oldest.value)!);
    }
  }

  private remove(key: string, entry: { value: Promise<T>; weight: number }): void {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }
}
