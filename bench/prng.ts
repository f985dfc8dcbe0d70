/**
 * A tiny seeded random source, so that a synthetic archive is the same bytes for the same seed on
 * every machine and Node version (Math.random cannot be seeded).
 */

/** Uniform, skewed and weighted draws from one seeded stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A uniformly chosen element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /**
   * An index in [0, n) where low indexes are much likelier (Zipf-like, exponent `s`): real text
   * reuses a few things often and most things rarely.
   */
  skewedIndex(n: number, s?: number): number;
}

/** mulberry32: 32-bit state, good enough spread for test data, and trivially portable. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick: empty list");
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    skewedIndex: (n, s = 1.1) => {
      // Inverse-CDF of a continuous power law on [1, n+1), floored: cheap and monotone.
      const u = next();
      const a = 1 - s;
      const x =
        Math.abs(a) < 1e-9
          ? Math.exp(u * Math.log(n + 1))
          : Math.pow(1 + u * (Math.pow(n + 1, a) - 1), 1 / a);
      return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
    },
  };
}
