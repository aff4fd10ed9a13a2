/**
 * Discovering organizations the catalogue does not know, from the two ways news introduces one:
 * a full name followed by its acronym in brackets ("State Oil Fund of Azerbaijan (SOFAZ)",
 * «Азиатский банк развития (АБР)»), where the acronym's letters must follow the name's initials;
 * and a quoted name after a word for a company or fund («компании «Лукойл»»). Each is added to the
 * catalogue, so the article's other mentions of it (and later articles) link to it.
 */
import { slugify } from '../names/slug';
import { transliterateName } from '../names/transliterate';
import { foldWord } from '../text/fold';
import { addRecord, type Catalogue } from './catalogue';
import type { EntityRecord } from './types';

const ACRONYM_IN_BRACKETS = /\(([\p{Lu}][\p{Lu}\d]{1,7})\)/gu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|of|the|and|for|on|in|и|по|та|з|і|й|de|du|des)$/u;
const QUOTED_AFTER_KIND =
  /(?<![\p{L}])(?:компани(?:я|и|ю|ей|ею)|компані(?:я|ї|ю|єю)|корпораци(?:я|и|ю|ей)|корпораці(?:я|ї|ю|єю)|банк(?:а|е|у|ом)?|фонд(?:а|е|у|ом)?|агентств(?:о|а|у|ом)|агенці(?:я|ї|ю)|холдинг(?:а|е|у|ом)?|концерн(?:а|е|у|ом)?|company|corporation|fund|agency|bank)\s+[«"“]([^»"”\n]{2,60})[»"”]/giu;

function initials(words: readonly string[]): string {
  return words
    .filter((word) => /^\p{Lu}/u.test(word) || word.length > 3)
    .map((word) => foldWord(word)[0] ?? '')
    .join('');
}

/**
 * The acronym's letters follow the name: its first letter is the first word's initial, and most of
 * its letters appear in order in the name ("SOFAZ" ← State Oil Fund of AZerbaijan).
 */
function acronymFits(acronym: string, words: readonly string[]): boolean {
  const letters = foldWord(acronym.replace(/\d+/g, ''));
  const significant = words.filter((word) => !/^(the|of|and|for|on|in|и|по|та|з|і|й)$/i.test(word));
  if (letters.length < 2 || significant.length < 2) return false;
  if (foldWord(significant[0]!)[0] !== letters[0]) return false;
  const name = foldWord(significant.join(''));
  let at = 0;
  for (const letter of name) if (letter === letters[at]) at += 1;
  const heads = initials(significant);
  let onHeads = 0;
  for (const letter of heads) if (letter === letters[onHeads]) onHeads += 1;
  // Most letters must be word initials, and all must appear in order somewhere in the name.
  return at === letters.length && onHeads >= Math.ceil(letters.length * 0.6);
}

function knownAlready(catalogue: Catalogue, name: string): boolean {
  return catalogue.acronyms.has(name) || catalogue.phrases.has(foldWord(name.split(/\s+/)[0] ?? ''));
}

function record(
  id: string,
  label: Record<string, string>,
  aliases: string[],
  intro: EntityRecord['introducedBy'],
): EntityRecord {
  return { id, type: 'organization', label, aliases, curated: false, introducedBy: intro };
}

export function discoverOrganizations(
  text: string,
  language: string,
  articleId: string,
  catalogue: Catalogue,
  skip: readonly { start: number; end: number }[],
): EntityRecord[] {
  const found: EntityRecord[] = [];
  const inside = (start: number, end: number) => skip.some((range) => start < range.end && end > range.start);
  const add = (entity: EntityRecord) => {
    if (catalogue.records.has(entity.id)) return;
    addRecord(catalogue, entity);
    found.push(entity);
  };
  for (const match of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronym = match[1]!;
    if (inside(match.index, match.index + match[0].length) || catalogue.acronyms.has(acronym)) continue;
    const base = Math.max(0, match.index - 120);
    const words = [...text.slice(base, match.index).matchAll(/\S+/gu)];
    const name: RegExpMatchArray[] = [];
    while (words.length > 0 && name.length < 8 && NAME_WORD.test(words[words.length - 1]![0]))
      name.unshift(words.pop()!);
    while (name.length > 0 && (!/^\p{Lu}/u.test(name[0]![0]) || /^(The|A)$/.test(name[0]![0]))) name.shift();
    const nameWords = name.map((word) => word[0]);
    if (nameWords.length < 2 || !acronymFits(acronym, nameWords)) continue;
    const start = base + name[0]!.index!;
    const fullName = text.slice(start, base + name[name.length - 1]!.index! + name[name.length - 1]![0].length);
    const english = language === 'en' ? fullName : transliterateName(acronym, language, false);
    const label: Record<string, string> = { en: english };
    if (language !== 'en') label[language] = fullName;
    const intro = {
      article: articleId,
      start,
      end: match.index + match[0].length,
      text: text.slice(start, match.index + match[0].length),
    };
    const entity = record(`organization:${slugify(language === 'en' ? acronym : english)}`, label, [fullName], intro);
    entity.acronym = { [language]: acronym };
    add(entity);
  }
  for (const match of text.matchAll(QUOTED_AFTER_KIND)) {
    const name = match[1]!.trim();
    const start = match.index + match[0].lastIndexOf(match[1]!);
    if (
      inside(match.index, match.index + match[0].length) ||
      knownAlready(catalogue, name) ||
      !/^[\p{Lu}\d]/u.test(name)
    )
      continue;
    const english = transliterateName(name, language, false);
    const label: Record<string, string> = { en: english };
    if (language !== 'en') label[language] = name;
    const end = start + name.length + 1;
    const intro = { article: articleId, start: match.index, end, text: text.slice(match.index, end) };
    add(record(`organization:${slugify(english)}`, label, [], intro));
  }
  return found;
}
