/** The interface between entity finding (src/pipeline/entities) and meeting building (src/pipeline/meetings, build). */
import type { LocalizedText } from '../../shared/graph/schema';

export type EntityType = 'person' | 'state' | 'organization';

/** What a role phrase says about a person: "заступник міністра закордонних справ України". */
export interface RoleMention {
  title: LocalizedText;
  /** Node id of the state the role belongs to, when the phrase names one. */
  state?: string;
  organization?: string;
  /**
   * Where the state came from: the role phrase itself (absent), or, when the phrase names none, the
   * one state named earlier in the same sentence ("the Hungarian minister … Prime Minister Orbán"),
   * or a home institution a Ukrainian text names without a state ("речник МЗС" → Ukraine), or the
   * state the catalogue already knows the person by (known), or the city of the article's dateline
   * ("Yerevan, February 15 … Deputy Foreign Minister Vahan Kostanyan") or of an institution header
   * line ("Міністерство закордонних справ України"), both marked dateline.
   */
  stateSource?: 'sentence' | 'institution' | 'known' | 'dateline';
  /** For an ambassador: the state they are posted to ("посол России в Азербайджане" → state:azerbaijan). */
  accreditedTo?: string;
  /** Offsets of the role phrase (with the name) in the article text. */
  start: number;
  end: number;
}

export interface EntityMention {
  /** Offsets into article.text; article.text.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** The node this mention resolves to, e.g. "person:samir-sharifov" or "state:azerbaijan". */
  nodeId: string;
  /**
   * name: a proper name ("Самиром Шарифовым", "И.Г.Алиева"); adjective: "азербайджанский", "Ukrainian";
   * acronym: "ГУАМ", "SOCAR"; role: a bare role that stands for a person ("помощник президента").
   */
  form: 'name' | 'adjective' | 'acronym' | 'role';
  role?: RoleMention;
}

/** A state, organization or person as the catalogue knows it (curated, or discovered in a text). */
export interface EntityRecord {
  id: string;
  type: EntityType;
  label: LocalizedText;
  aliases: string[];
  /** True when it came from data/curated, false when discovered by extraction. */
  curated: boolean;
  iso?: string;
  acronym?: LocalizedText;
  /** Person or national organization: the state it belongs to (a state node id), when known. */
  state?: string;
  gender?: 'male' | 'female';
  /** For a discovered entity: the phrase that introduced it, for the ingest review report. */
  introducedBy?: { article: string; start: number; end: number; text: string };
}

export interface ArticleEntities {
  mentions: EntityMention[];
  /** Entities first seen in this article (not in the catalogue before it). */
  discovered: EntityRecord[];
  /** Things the extractor was unsure of, in plain words, for the review report. */
  doubts: { start: number; end: number; text: string; reason: string }[];
}
