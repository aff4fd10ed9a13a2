/**
 * extractEntities: every mention of a state, organization or person in an article, each linked to
 * one catalogue node, with offsets into article.text. Page furniture (article.setAside) is skipped.
 */
import type { CorpusArticle } from '../articles/load-corpus';
import type { Catalogue } from './catalogue';
import { matchContext } from './match-context';
import { matchStatesAndOrganizations } from './match-names';
import { discoverOrganizations } from './discover-organizations';
import { addLanguageLabel, discoverPeople } from './discover-people';
import { matchKnownPeople } from './match-people';
import { resolveRoles } from './resolve-roles';
import { matchBareRoles } from './bare-roles';
import { matchAdjectiveRoles } from './adjective-roles';
import type { ArticleEntities, EntityMention } from './types';
import { lemmaCandidates } from '../names/inflection';
import { foldWord } from '../text/fold';

export function extractEntities(article: CorpusArticle, catalogue: Catalogue): ArticleEntities {
  const skip = article.setAside ?? [];
  const organizations = discoverOrganizations(article.text, article.language, article.id, catalogue, skip);
  const context = matchContext(article.text, article.language, skip);
  const named = matchStatesAndOrganizations(context, catalogue);
  const known = matchKnownPeople(context, catalogue);
  const discovery = discoverPeople(context, catalogue, article.id);
  // Once discovered, a person is linked wherever else the article names them ("Vassilenko said").
  const again = matchKnownPeople(context, catalogue);
  const byPosition = (a: EntityMention, b: EntityMention) => a.start - b.start || a.end - b.end;
  const mentions = [...named, ...known.mentions, ...discovery.mentions, ...again.mentions].sort(byPosition);
  resolveRoles(
    context,
    mentions,
    discovery.discovered,
    (id) => catalogue.records.get(id)?.state,
    (word) =>
      lemmaCandidates(foldWord(word)).some((lemma) =>
        (catalogue.roles.get(lemma) ?? []).some((entry) => entry.word.kind !== 'domain'),
      ),
  );
  for (const mention of again.mentions) {
    const record = catalogue.records.get(mention.nodeId);
    if (record) addLanguageLabel(record, mention.text, article.language, catalogue);
  }
  for (const mention of known.mentions) {
    const record = catalogue.records.get(mention.nodeId);
    if (record) addLanguageLabel(record, mention.text, article.language, catalogue);
  }
  const roles = matchBareRoles(context, catalogue, mentions);
  // A state inside a bare role ("Президент Азербайджана") stays a state mention too.
  const withRoles = [...mentions, ...roles].sort(byPosition);
  const all = [...withRoles, ...matchAdjectiveRoles(context, catalogue, withRoles)].sort(byPosition);
  return {
    mentions: all,
    discovered: [...organizations, ...discovery.discovered],
    doubts: [...known.unsure, ...discovery.doubts, ...again.unsure].sort((a, b) => a.start - b.start),
  };
}
