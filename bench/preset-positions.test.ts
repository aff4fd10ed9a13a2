import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../src/pipeline/gen/corpus';
import { buildTruthGraph } from '../src/pipeline/gen/truth-graph';
import { jitter, presetPositions } from './preset-positions';

describe('presetPositions', () => {
  const graph = buildTruthGraph(generateCorpus({ articles: 40, seed: 2 }));

  it('places every node at a finite point, the same way every time', () => {
    const positions = presetPositions(graph);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    for (const point of Object.values(positions)) {
      expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
    }
    expect(presetPositions(graph)).toEqual(positions);
  });

  it('keeps positions the graph already has', () => {
    const first = graph.nodes[0]!;
    const withPosition = { ...graph, nodes: [{ ...first, position: { x: 7, y: -3 } }, ...graph.nodes.slice(1)] };
    expect(presetPositions(withPosition)[first.id]).toEqual({ x: 7, y: -3 });
  });

  it('spreads jitter over [0, 1)', () => {
    const values = Array.from({ length: 200 }, (_, i) => jitter(`node-${i}`, 1));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(new Set(values.map((v) => Math.floor(v * 4))).size).toBe(4);
  });
});
