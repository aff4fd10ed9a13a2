import { describe, expect, it } from 'vitest';
import { largestComponent } from './largest-component';

describe('largestComponent', () => {
  it('finds the biggest connected part, leaving stray nodes and edges to hidden nodes out', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'c', target: 'b' },
      { source: 'd', target: 'e' },
      { source: 'f', target: 'hidden' },
    ];
    expect([...largestComponent(nodes, edges)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('is empty for an empty canvas', () => {
    expect(largestComponent([], []).size).toBe(0);
  });
});
