import { describe, expect, it } from 'vitest';
import { VersionedLru } from './versioned-lru';

describe('VersionedLru', () => {
  const loader = () => {
    let calls = 0;
    const load = (value: number) => () => {
      calls++;
      return Promise.resolve(value);
    };
    return { load, calls: () => calls };
  };

  it('reuses a value for its version, and reloads everything when the version moves on', async () => {
    const cache = new VersionedLru<number>(10, 100, () => 1);
    const l = loader();
    expect(await cache.get('a', 1, l.load(10))).toBe(10);
    expect(await cache.get('a', 1, l.load(11))).toBe(10);
    expect(await cache.get('a', 2, l.load(12))).toBe(12);
    expect(l.calls()).toBe(2);
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it('never stores what a reader of an older version loaded', async () => {
    const cache = new VersionedLru<number>(10, 100, () => 1);
    await cache.get('a', 5, () => Promise.resolve(50));
    expect(await cache.get('a', 4, () => Promise.resolve(40))).toBe(40);
    expect(await cache.get('a', 5, () => Promise.resolve(99))).toBe(50);
  });

  it('shares one load between concurrent misses and forgets a failed load', async () => {
    const cache = new VersionedLru<number>(10, 100, () => 1);
    const l = loader();
    const [x, y] = await Promise.all([cache.get('a', 1, l.load(1)), cache.get('a', 1, l.load(2))]);
    expect([x, y, l.calls()]).toEqual([1, 1, 1]);
    await expect(cache.get('b', 1, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('b', 1, () => Promise.resolve(7))).toBe(7);
  });

  it('evicts the least recently used entry past its entry and weight bounds', async () => {
    const cache = new VersionedLru<number>(2, 10, (v) => v);
    await cache.get('a', 1, () => Promise.resolve(1));
    await cache.get('b', 1, () => Promise.resolve(1));
    await cache.get('a', 1, () => Promise.resolve(0)); // a is now the most recent
    await cache.get('c', 1, () => Promise.resolve(1)); // evicts b
    expect(await cache.get('a', 1, () => Promise.resolve(-1))).toBe(1);
    expect(await cache.get('b', 1, () => Promise.resolve(2))).toBe(2); // reloaded; evicts c
    expect(cache.size).toBe(2);
    await cache.get('heavy', 1, () => Promise.resolve(9)); // 9 + 1 (a or b) = 10: fits
    expect(cache.weight).toBeLessThanOrEqual(10);
    await cache.get('huge', 1, () => Promise.resolve(11)); // heavier than the bound alone: not kept
    await Promise.resolve();
    expect(cache.weight).toBeLessThanOrEqual(10);
    expect(await cache.get('huge', 1, () => Promise.resolve(3))).toBe(3);
  });
});
