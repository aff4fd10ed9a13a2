/**
 * "Which node is this?" for one name or phrase outside an article: «Самиром Шарифовым»,
 * «Азербайджанской Республики», «ГУАМ», «И.Г.Алиева». Reads the catalogue only (never adds to it):
 * the answer is the node whose mention covers the whole phrase, or undefined.
 */
import type { Catalogue } from './catalogue';
import { matchContext } from './match-context';
import { matchStatesAndOrganizations } from './match-names';
import { matchKnownPeople } from './match-people';

export function resolveName(catalogue: Catalogue, surface: string, language: string): string | undefined {
  const text = surface.trim();
  if (text === '') return undefined;
  const context = matchContext(text, language, []);
  const mentions = [
    ...matchStatesAndOrganizations(context, catalogue),
    ...matchKnownPeople(context, catalogue).mentions,
  ];
  const whole = mentions.find((mention) => mention.start === 0 && mention.end === text.length);
  return whole?.nodeId;
}
