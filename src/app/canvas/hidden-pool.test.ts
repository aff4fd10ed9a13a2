import { describe, expect, it } from 'vitest';
import { HiddenPool } from './hidden-pool';

describe('HiddenPool', () => {
  it('shows again only what it hid', () => {
    const pool = new HiddenPool(10);
    pool.hide(['a', 'b']);
    expect(pool.show('a')).toBe(true);
    expect(pool.show('a')).toBe(false);
    expect(pool.show('c')).toBe(false);
    expect(pool.has('b')).toBe(true);
    expect(pool.size).toBe(1);
  });

  it('evicts the longest hidden beyond its limit, counting a re-hidden id from its last hiding', () => {
    const pool = new HiddenPool(2);
    pool.hide(['a', 'b', 'c']);
    pool.hide(['a']);
    expect(pool.evict()).toEqual(['b']);
    expect(pool.size).toBe(2);
    expect(pool.evict()).toEqual([]);
    pool.hide(['d', 'e']);
    expect(pool.evict()).toEqual(['c', 'a']);
    expect([pool.has('d'), pool.has('e')]).toEqual([true, true]);
  });

  it('forgets ids removed another way, so they are not evicted or shown later', () => {
    const pool = new HiddenPool(1);
    pool.hide(['n', 'e1', 'e2']);
    pool.forget(['e1', 'e2']);
    expect(pool.evict()).toEqual([]);
    expect(pool.show('e1')).toBe(false);
  });
});
