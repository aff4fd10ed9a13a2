import { describe, expect, it } from 'vitest';
import { UserError } from '../io/user-error';
import { changesFrom, reviewDecision, similarIds } from './review-decision';
import { stubGraph } from './stub-build';

const graph = stubGraph([
  {
    id: 'a',
    title: 'A',
    outlet: null,
    url: null,
    published: '2025-03-12',
    language: 'en',
    text: 'Nino Beridze of Georgia received Ion Carp.',
  },
]);
const base = { target: 'meeting:a', reason: 'Checked.', sets: [], today: '2025-04-01' };
const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).describe();
  }
  throw new Error('expected a UserError');
};

describe('reviewDecision', () => {
  it('makes an accept, a reject and a correct decision in the reviews format', () => {
    expect(reviewDecision({ ...base, action: 'accept' }, graph)).toEqual({
      target: 'meeting:a',
      action: 'accept',
      reason: 'Checked.',
      date: '2025-04-01',
    });
    expect(
      reviewDecision({ ...base, action: 'reject', target: 'participant:person:ion-carp->meeting:a', by: 'ana' }, graph),
    ).toEqual({
      target: 'participant:person:ion-carp->meeting:a',
      action: 'reject',
      reason: 'Checked.',
      date: '2025-04-01',
      by: 'ana',
    });
    expect(
      reviewDecision({ ...base, action: 'correct', sets: ['date.start=2025', 'kind=talks', 'dateText='] }, graph)
        .changes,
    ).toEqual({ date: { start: '2025' }, kind: 'talks', dateText: null });
  });

  it('refuses plainly: unknown id (with suggestions), unknown action, no reason, correct without --set', () => {
    expect(message(() => reviewDecision({ ...base, action: 'accept', target: 'person:beridze' }, graph))).toBe(
      '"person:beridze" is not a node or edge of the graph (or it was rejected already). Did you mean person:nino-beridze, participant:person:nino-beridze->meeting:a?',
    );
    expect(message(() => reviewDecision({ ...base, action: 'approve' }, graph))).toBe(
      '"approve" is not a review action: use accept, reject or correct.',
    );
    expect(message(() => reviewDecision({ ...base, action: 'accept', reason: '  ' }, graph))).toBe(
      'say why with --reason "…": every decision keeps its reason.',
    );
    expect(message(() => reviewDecision({ ...base, action: 'correct' }, graph))).toMatch(
      /^say what to correct with --set/,
    );
    expect(message(() => reviewDecision({ ...base, action: 'accept', sets: ['kind=talks'] }, graph))).toBe(
      '--set goes with correct, not with accept.',
    );
  });
});

describe('changesFrom', () => {
  it('reads YAML values and nests dotted fields', () => {
    expect(changesFrom(['label.en=Nino Beridze', 'label.ru=Нино Беридзе', 'aliases=[Беридзе, Beridze]'])).toEqual({
      label: { en: 'Nino Beridze', ru: 'Нино Беридзе' },
      aliases: ['Беридзе', 'Beridze'],
    });
    expect(message(() => changesFrom(['status']))).toMatch(/^--set "status" is not of the form field=value/);
  });
});

describe('similarIds', () => {
  it('ranks ids by the words they share with the given one', () => {
    expect(similarIds(graph, 'carp')).toEqual(['person:ion-carp', 'participant:person:ion-carp->meeting:a']);
    expect(similarIds(graph, 'meeting:')).toEqual([]);
  });
});
