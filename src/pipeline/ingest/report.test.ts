import { describe, expect, it } from 'vitest';
import type { Graph } from '../../shared/graph/schema';
import { outlineOf } from '../build/graph-stamp';
import { computeReport } from './report';
import { stubGraph } from './stub-build';

const old = {
  id: 'old',
  title: 'Old',
  outlet: null,
  url: null,
  published: '2025-02-10',
  language: 'en',
  text: 'Georgia signed a memorandum.',
};
const fresh = {
  ...old,
  id: 'new',
  published: '2025-03-12',
  text: 'Nino Beridze of Georgia received Ion Carp of Moldova.',
};

describe('computeReport', () => {
  const before: Graph = stubGraph([old]);
  const after: Graph = stubGraph([old, fresh]);

  it('counts a dictionary entry new to the graph as linked, and only discovered entities as created', () => {
    const report = computeReport({
      before: outlineOf(before),
      after,
      articleIds: ['new'],
      discovered: [{ id: 'person:ion-carp', article: 'new', quote: 'Ion Carp of Moldova' }],
    });
    expect(report.linked.map((e) => [e.id, e.newInGraph ?? false])).toEqual([
      ['state:georgia', false],
      ['state:moldova', true],
      ['person:nino-beridze', true],
    ]);
    expect(report.created).toEqual([
      {
        id: 'person:ion-carp',
        type: 'person',
        label: 'Ion Carp',
        evidence: { article: 'new', quote: 'Ion Carp of Moldova' },
      },
    ]);
  });

  it('passes on the doubts of the new articles only, and notices a node that disappeared', () => {
    const report = computeReport({
      before: outlineOf(stubGraph([old, { ...old, id: 'gone', text: 'Ion Carp spoke.' }])),
      after,
      articleIds: ['new'],
      doubts: [
        { article: 'new', text: 'Carp', reason: '"Carp" may be a fish, not a person.' },
        { article: 'old', text: 'Georgia', reason: 'old doubt' },
      ],
    });
    // Ion Carp was already in the graph (from "gone"), so no doubt about a new person.
    expect(report.unsure.map((d) => d.message)).toEqual(['"Carp" may be a fish, not a person.']);
    const shrunk = computeReport({ before: outlineOf(after), after: before, articleIds: [] });
    expect(shrunk.unsure.map((d) => d.message)).toContain(
      'Nino Beridze (person:nino-beridze) was in the graph before and is not now.',
    );
  });
});
