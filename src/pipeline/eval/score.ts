/**
 * Scores a built graph against the gold of an evaluation set: per article, then summed by
 * language and overall, beside the bars issue 4 sets.
 */
import type { Graph } from '../../shared/graph/schema';
import type { GoldArticle } from './gold';
import { indexGraph } from './graph-index';
import { meetingQuotes, scoreMeetings, type MeetingScore } from './score-meetings';
import { scorePeople, type PeopleScore } from './score-people';

export interface ArticleScore {
  article: string;
  language: string;
  people: PeopleScore;
  meetings: MeetingScore;
}

export interface Ratio {
  hits: number;
  total: number;
  /** hits / total, or null when there is nothing to measure. */
  value: number | null;
}

export interface Figures {
  officialsFound: Ratio;
  createdPeopleReal: Ratio;
  officialsRightState: Ratio;
  meetingsFound: Ratio;
  createdMeetingsReal: Ratio;
  meetingsRightDate: Ratio;
  meetingsRightStatus: Ratio;
  meetingsRightParticipants: Ratio;
}

/** The bars from issue 4, by figure; a figure with no bar is reported for information. */
export const BARS: Partial<Record<keyof Figures, number>> = {
  officialsFound: 0.9,
  createdPeopleReal: 0.9,
  officialsRightState: 0.85,
  meetingsFound: 0.8,
  createdMeetingsReal: 0.8,
  meetingsRightDate: 0.9,
};

export interface SetScore {
  articles: ArticleScore[];
  byLanguage: Record<string, Figures>;
  overall: Figures;
}

export interface ScoredArticle {
  id: string;
  language: string;
  gold: GoldArticle;
}

function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total === 0 ? null : hits / total };
}

export function figuresOf(scores: readonly ArticleScore[]): Figures {
  const sum = (pick: (score: ArticleScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    officialsFound: ratio(
      sum((s) => s.people.found),
      sum((s) => s.people.required),
    ),
    createdPeopleReal: ratio(
      sum((s) => s.people.createdReal),
      sum((s) => s.people.created),
    ),
    officialsRightState: ratio(
      sum((s) => s.people.stateRight),
      sum((s) => s.people.stateChecked),
    ),
    meetingsFound: ratio(
      sum((s) => s.meetings.found),
      sum((s) => s.meetings.required),
    ),
    createdMeetingsReal: ratio(
      sum((s) => s.meetings.extractedReal),
      sum((s) => s.meetings.extracted),
    ),
    meetingsRightDate: ratio(
      sum((s) => s.meetings.dateRight),
      sum((s) => s.meetings.dateChecked),
    ),
    meetingsRightStatus: ratio(
      sum((s) => s.meetings.statusRight),
      sum((s) => s.meetings.found),
    ),
    meetingsRightParticipants: ratio(
      sum((s) => s.meetings.participantsRight),
      sum((s) => s.meetings.found),
    ),
  };
}

/**
 * `known` holds the ids of the people in the graph built without the evaluation articles, so
 * that linking a mention to a known person does not count as creating one.
 */
export function scoreSet(graph: Graph, articles: readonly ScoredArticle[], known: ReadonlySet<string>): SetScore {
  const index = indexGraph(graph);
  const quotes = meetingQuotes(graph.edges);
  const texts = new Map(graph.articles.map((article) => [article.id, article.text]));
  const scores = articles.map((article) => ({
    article: article.id,
    language: article.language,
    people: scorePeople(index, article.gold, known),
    meetings: scoreMeetings(index, article.gold, texts.get(article.id) ?? '', quotes),
  }));
  const languages = [...new Set(scores.map((score) => score.language))].sort();
  return {
    articles: scores,
    byLanguage: Object.fromEntries(
      languages.map((language) => [language, figuresOf(scores.filter((s) => s.language === language))]),
    ),
    overall: figuresOf(scores),
  };
}
