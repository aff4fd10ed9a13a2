import { describe, expect, it } from 'vitest';
import type { Graph } from '../../shared/graph/schema';
import { dropUnlinkedEntities } from './drop-unlinked';

const text = 'Ali Asadov met Olzhas Bektenov in Baku. The Caspian Five and Iran were mentioned.';
const evidence = [{ article: 'a1', start: 0, end: 39, quote: text.slice(0, 39) }];

function graph(): Graph {
  return {
    schemaVersion: 1,
    articles: [{ id: 'a1', title: 'T', outlet: null, url: null, published: '2025-03-03', language: 'en', text }],
    nodes: [
      { id: 'person:ali-asadov', type: 'person', label: { en: 'Ali Asadov' }, aliases: [], roles: [] },
      { id: 'person:lone-person', type: 'person', label: { en: 'Lone Person' }, aliases: [], roles: [] },
      { id: 'state:azerbaijan', type: 'state', label: { en: 'Azerbaijan' }, aliases: [] },
      { id: 'state:iran', type: 'state', label: { en: 'Iran' }, aliases: [] },
      {
        id: 'state:armenia',
        type: 'state',
        label: { en: 'Armenia' },
        aliases: [],
        review: { state: 'accepted', reason: 'Kept by a curator.' },
      },
      { id: 'organization:caspian-five', type: 'organization', label: { en: 'Caspian Five' }, aliases: [] },
    ],
    edges: [
      {
        id: 'represents:person:ali-asadov->state:azerbaijan',
        source: 'person:ali-asadov',
        target: 'state:azerbaijan',
        type: 'represents',
        evidence,
      },
    ],
  } as Graph;
}

describe('dropUnlinkedEntities', () => {
  it('drops states and organizations no edge touches, keeping people and curator decisions', () => {
    const ids = dropUnlinkedEntities(graph()).nodes.map((n) => n.id);
    expect(ids).toEqual(['person:ali-asadov', 'person:lone-person', 'state:azerbaijan', 'state:armenia']);
  });

  it('keeps a state or organization that a role names, even with no edge to it', () => {
    const g = graph();
    const lone = g.nodes.find((n) => n.id === 'person:lone-person');
    if (lone?.type !== 'person') throw new Error('fixture');
    lone.roles = [
      { title: { en: 'Minister' }, state: 'state:iran', organization: 'organization:caspian-five', asOf: '2025-03-03' },
    ];
    const ids = dropUnlinkedEntities(g).nodes.map((n) => n.id);
    expect(ids).toContain('state:iran');
    expect(ids).toContain('organization:caspian-five');
  });

  it('returns the same graph when nothing is unlinked', () => {
    const linked = graph();
    linked.nodes = linked.nodes.filter((n) => n.id === 'person:ali-asadov' || n.id === 'state:azerbaijan');
    expect(dropUnlinkedEntities(linked)).toBe(linked);
  });
});
