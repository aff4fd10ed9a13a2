/**
 * People in one article: which gold officials the graph found, with the right state, and how
 * many of the people the pipeline created from the article are real.
 */
import type { PersonNode } from '../../shared/graph/schema';
import type { GoldArticle } from './gold';
import { peopleWithEvidenceIn, type GraphIndex } from './graph-index';
import { findOfficial, isGoldState, isOfficial } from './official-match';

export interface PeopleScore {
  /** Officials the gold requires, and how many of them the graph has with evidence in the article. */
  required: number;
  found: number;
  missed: string[];
  /** Found officials whose gold state is known, and how many carry it in their roles. */
  stateChecked: number;
  stateRight: number;
  wrongState: { name: string; expected: string; got: string[] }[];
  /** People the pipeline created from this article (not known before it), and how many are real. */
  created: number;
  createdReal: number;
  unreal: { id: string; label: string; why: string }[];
  /** Created people who are real but were already in the graph under another node: a missed link. */
  duplicatesKnown: { id: string; known: string }[];
}

function englishLabel(node: PersonNode): string {
  return node.label.en ?? Object.values(node.label)[0] ?? node.id;
}

/**
 * `known` holds the ids of the people the graph had before the evaluation articles were added
 * (curated or from the stored corpus): linking to them is not creating them.
 */
export function scorePeople(index: GraphIndex, gold: GoldArticle, known: ReadonlySet<string>): PeopleScore {
  const people = peopleWithEvidenceIn(index, gold.article);
  const score: PeopleScore = {
    required: 0,
    found: 0,
    missed: [],
    stateChecked: 0,
    stateRight: 0,
    wrongState: [],
    created: 0,
    createdReal: 0,
    unreal: [],
    duplicatesKnown: [],
  };

  for (const official of gold.officials.filter((o) => !o.optional)) {
    score.required += 1;
    const match = people.find((person) => isOfficial(person, official));
    if (!match) {
      score.missed.push(official.name);
      continue;
    }
    score.found += 1;
    if (official.state === null) continue;
    score.stateChecked += 1;
    const states = match.roles.flatMap((role) => (role.state ? [role.state] : []));
    if (states.some((state) => isGoldState(state, official.state!, index.nodes))) score.stateRight += 1;
    else score.wrongState.push({ name: official.name, expected: official.state, got: states });
  }

  const realNames = [...gold.officials, ...gold.others.map((name) => ({ name, forms: [] }))];
  const furniture = gold.furnitureOnly.map((name) => ({ name, forms: [] }));
  for (const person of people.filter((p) => !known.has(p.id))) {
    score.created += 1;
    const official = findOfficial(person, realNames);
    if (official) {
      score.createdReal += 1;
      const twin = [...known].map((id) => index.nodes.get(id)).find((node) => node && isOfficial(node, official));
      if (twin) score.duplicatesKnown.push({ id: person.id, known: twin.id });
      continue;
    }
    const why = findOfficial(person, furniture) ? 'named only in page furniture' : 'not a person the article names';
    score.unreal.push({ id: person.id, label: englishLabel(person), why });
  }
  return score;
}
