/**
 * The catalogue: every known state, organization and person, with the indexes that make linking a
 * mention a few map look-ups. Built from data/curated by loadCatalogue; extraction adds the people
 * and organizations it discovers, so later articles link to them.
 */
import { phoneticKey } from '../names/phonetic-key';
import { foldWord, fixHomoglyphs } from '../text/fold';
import type { RoleLexicon } from './role-lexicon';
import type { EntityRecord } from './types';

/** A multi-word (or one-word) name: the folded nominative of each word. */
export interface PhraseEntry {
  words: string[];
  nodeId: string;
  /** The name starts with a capital ("Азербайджан"), so a lower-case word is not it ("каспийская пятёрка" is not). */
  capital: boolean;
}

/** What the catalogue knows of one person's name, across spellings and languages. */
export interface PersonName {
  nodeId: string;
  /** Folded given names (first words of every label and alias). */
  given: Set<string>;
  /** Sound keys of the given names, for Cyrillic/Latin cross-matching (names/phonetic-key.ts). */
  soundGiven: Set<string>;
}

export interface Catalogue {
  records: Map<string, EntityRecord>;
  /** Names of states and organizations, by the folded nominative of their first word. */
  phrases: Map<string, PhraseEntry[]>;
  /** ru/uk adjective stems (folded) → state id. */
  adjectiveStems: Map<string, string>;
  /** English adjectives (folded) → state id. */
  englishAdjectives: Map<string, string>;
  /** Acronyms exactly as written (after homoglyph repair) → node id. */
  acronyms: Map<string, string>;
  /** Folded nominative surnames → the people who bear them. */
  surnames: Map<string, PersonName[]>;
  /** Sound keys of surnames → people: the fallback across Cyrillic and Latin ("Fidan" / «Фидан»). */
  soundSurnames: Map<string, PersonName[]>;
  /** The role-phrase vocabulary (data/curated/roles.yaml). */
  roles: RoleLexicon;
  /** Folded one-word names that are read as ordinary words instead (states.yaml notNames). */
  notNames: Set<string>;
  /** Folded given names (data/curated/given-names.yaml) → gender. */
  givenNames: Map<string, 'male' | 'female'>;
}

export function emptyCatalogue(): Catalogue {
  return {
    records: new Map(),
    phrases: new Map(),
    adjectiveStems: new Map(),
    englishAdjectives: new Map(),
    acronyms: new Map(),
    surnames: new Map(),
    soundSurnames: new Map(),
    roles: new Map(),
    givenNames: new Map(),
    notNames: new Set(),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// The tokenizer's notion of a word, so a name splits the way article text does ("U.S." → U, S).
const WORDS = /\p{L}[\p{L}\p{M}]*(?:[-‐‑'’ʼ]\p{L}[\p{L}\p{M}]*)*|\d+/gu;

/** The folded words of a name, as the phrase index stores them. */
export function phraseWords(name: string): string[] {
  return (name.match(WORDS) ?? []).map(foldWord).filter((word) => word !== '');
}

export function addPhrase(catalogue: Catalogue, name: string, nodeId: string): void {
  const words = phraseWords(name);
  if (words.length === 0) return;
  const list = catalogue.phrases.get(words[0]!) ?? [];
  if (list.some((entry) => entry.nodeId === nodeId && entry.words.join(' ') === words.join(' '))) return;
  const first = name.trim()[0] ?? '';
  list.push({ words, nodeId, capital: first !== first.toLowerCase() });
  catalogue.phrases.set(words[0]!, list);
}

export function addAcronym(catalogue: Catalogue, acronym: string, nodeId: string): void {
  catalogue.acronyms.set(fixHomoglyphs(acronym), nodeId);
}

/** Indexes a person's name ("Самир Шарифов", "Kassym-Jomart Tokayev") under its surname. */
export function addPersonName(catalogue: Catalogue, name: string, nodeId: string): void {
  const words = name.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return;
  const surname = foldWord(words[words.length - 1]!);
  const given = words.slice(0, -1).map(foldWord);
  const list = catalogue.surnames.get(surname) ?? [];
  let entry = list.find((candidate) => candidate.nodeId === nodeId);
  if (!entry) {
    entry = { nodeId, given: new Set(), soundGiven: new Set() };
    list.push(entry);
    catalogue.surnames.set(surname, list);
  }
  const sound = phoneticKey(surname);
  const soundList = catalogue.soundSurnames.get(sound) ?? [];
  if (!soundList.includes(entry)) soundList.push(entry);
  catalogue.soundSurnames.set(sound, soundList);
  for (const key of given) {
    entry.given.add(key);
    entry.soundGiven.add(phoneticKey(key));
  }
}

/** Adds a record and indexes its names; a discovered entity goes through here too. */
export function addRecord(catalogue: Catalogue, record: EntityRecord): void {
  catalogue.records.set(record.id, record);
  const names = [...Object.values(record.label), ...record.aliases];
  for (const name of names) {
    if (record.type === 'person') addPersonName(catalogue, name, record.id);
    else addPhrase(catalogue, name, record.id);
  }
  for (const acronym of Object.values(record.acronym ?? {})) addAcronym(catalogue, acronym, record.id);
}

export { push as pushToList };
