import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadEvalSet } from './eval-set';

const evalDir = (set: string) => fileURLToPath(new URL(`../../../eval/${set}`, import.meta.url));

// The gold files are hand-written; these checks catch a form or quote that drifted from its text.
describe.each(['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'holdout'])('the %s evaluation set', (set) => {
  const articles = loadEvalSet(evalDir(set));

  it('pairs every article with a gold file whose forms and quotes occur verbatim', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(article.gold.article).toBe(article.id);
  });

  it('covers all three languages', () => {
    expect(new Set(articles.map((article) => article.parsed.header.language))).toEqual(new Set(['ru', 'uk', 'en']));
  });

  it('gives every required meeting at least one named participant or two states to match on', () => {
    for (const article of articles) {
      for (const meeting of article.gold.meetings.filter((m) => !m.optional)) {
        expect(meeting.participants.length > 0 || meeting.states.length >= 2, meeting.evidence).toBe(true);
      }
    }
  });
});
