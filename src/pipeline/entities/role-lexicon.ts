/**
 * The role-phrase vocabulary of data/curated/roles.yaml, compiled for matching: each form becomes a
 * list of folded words, indexed by its first word.
 */
import { z } from 'zod';
import { foldWord } from '../text/fold';

const Forms = z.array(z.string().min(1)).min(1);
export const HEAD_KINDS = [
  'minister',
  'office',
  'ambassador',
  'leader',
  'chair',
  'assistant',
  'representative',
  'counterpart',
] as const;
export const DOMAIN_KINDS = ['ministry', 'service', 'government', 'parliament', 'state', 'policy'] as const;

export const RolesFileSchema = z
  .object({
    heads: z.array(z.object({ title: z.string().min(1), kind: z.enum(HEAD_KINDS), forms: Forms }).strict()),
    modifiers: z.array(z.object({ title: z.string().min(1), forms: Forms }).strict()),
    contractions: z.array(z.object({ forms: Forms, modifier: z.string().min(1), head: z.string().min(1) }).strict()),
    domains: z.array(z.object({ title: z.string().min(1), kind: z.enum(DOMAIN_KINDS), forms: Forms }).strict()),
    ranks: Forms,
    connectors: Forms,
  })
  .strict();
export type RolesFile = z.infer<typeof RolesFileSchema>;

export type HeadKind = (typeof HEAD_KINDS)[number];
export type DomainKind = (typeof DOMAIN_KINDS)[number];

/** One classified stretch of a role phrase. */
export type RoleWord =
  | { kind: 'head'; title: string; headKind: HeadKind }
  | { kind: 'modifier'; title: string }
  | { kind: 'contraction'; modifier: string; title: string; headKind: HeadKind }
  | { kind: 'domain'; title: string; domainKind: DomainKind }
  | { kind: 'rank' }
  | { kind: 'connector'; word: string };

export interface RoleEntry {
  words: string[];
  word: RoleWord;
}

export type RoleLexicon = Map<string, RoleEntry[]>;

function wordsOf(form: string): string[] {
  return form
    .split(/\s+/)
    .filter((word) => word !== '')
    .map(foldWord);
}

export function compileRoles(file: RolesFile): RoleLexicon {
  const lexicon: RoleLexicon = new Map();
  const add = (form: string, word: RoleWord) => {
    const words = wordsOf(form);
    if (words.length === 0) return;
    const list = lexicon.get(words[0]!) ?? [];
    list.push({ words, word });
    lexicon.set(words[0]!, list);
  };
  const headKinds = new Map(file.heads.map((head) => [head.title, head.kind]));
  for (const head of file.heads)
    for (const form of head.forms) add(form, { kind: 'head', title: head.title, headKind: head.kind });
  for (const modifier of file.modifiers)
    for (const form of modifier.forms) add(form, { kind: 'modifier', title: modifier.title });
  for (const contraction of file.contractions) {
    const headKind = headKinds.get(contraction.head) ?? 'leader';
    for (const form of contraction.forms) {
      add(form, { kind: 'contraction', modifier: contraction.modifier, title: contraction.head, headKind });
    }
  }
  for (const domain of file.domains) {
    for (const form of domain.forms) add(form, { kind: 'domain', title: domain.title, domainKind: domain.kind });
  }
  for (const form of file.ranks) add(form, { kind: 'rank' });
  for (const form of file.connectors) add(form, { kind: 'connector', word: foldWord(form) });
  return lexicon;
}
