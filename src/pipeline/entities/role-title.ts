/**
 * Composing a canonical English title from the units of a role phrase: modifiers + head + what the
 * office is of ("Deputy" + "Minister" + "Foreign Affairs" → "Deputy Minister of Foreign Affairs";
 * "Head" + "Foreign Affairs" (глава МИД) → "Minister of Foreign Affairs"; "Assistant" + "President" →
 * "Assistant to the President"), with the state and organization the phrase names.
 */
import type { RoleWord } from './role-lexicon';

export type RoleUnitWord =
  | RoleWord
  | { kind: 'state'; id: string }
  | { kind: 'organization'; id: string; state: string | undefined }
  /** A city ("в Москве"): where an ambassador is posted. */
  | { kind: 'place'; state: string }
  | { kind: 'other' };

export interface RoleUnit {
  first: number;
  last: number;
  word: RoleUnitWord;
}

export interface ComposedRole {
  title: { en: string };
  state?: string;
  organization?: string;
  /** For an ambassador: the state they are posted to ("посол России в Азербайджане"). */
  accreditedTo?: string;
}

const POSTING = new Set(['в', 'во', 'у', 'to', 'in']);

type Head = Extract<RoleUnitWord, { kind: 'head' }> | Extract<RoleUnitWord, { kind: 'contraction' }>;
type Domain = Extract<RoleUnitWord, { kind: 'domain' }>;

function baseTitle(head: Head, next: Head | undefined, domain: Domain | undefined): string {
  const of = domain?.domainKind;
  switch (head.headKind) {
    case 'minister':
      return of === 'ministry' ? `Minister of ${domain!.title}` : 'Minister';
    case 'leader':
      if (head.title !== 'Head') return head.title;
      if (of === 'ministry') return `Minister of ${domain!.title}`;
      if (of === 'service') return `Head of the ${domain!.title}`;
      if (of === 'government') return 'Head of Government';
      if (of === 'state') return 'Head of State';
      if (of === 'parliament') return 'Speaker of Parliament';
      return 'Head';
    case 'chair':
      if (of === 'government') return 'Prime Minister';
      if (of === 'parliament') return 'Speaker of Parliament';
      return 'Chairman';
    case 'counterpart':
      // Resolved against the office of the person it is the counterpart of (see extract-entities).
      return 'Counterpart';
    case 'assistant':
      return next?.headKind === 'office' ? `${head.title} to the ${next.title}` : head.title;
    default:
      return head.title;
  }
}

export function composeRole(units: readonly RoleUnit[]): ComposedRole | undefined {
  const h = units.findIndex((unit) => unit.word.kind === 'head' || unit.word.kind === 'contraction');
  if (h === -1) return undefined;
  const head = units[h]!.word as Head;
  const after = units.slice(h + 1);
  const nextHeadIndex = after.findIndex((unit) => unit.word.kind === 'head');
  const next = nextHeadIndex === -1 ? undefined : (after[nextHeadIndex]!.word as Head);
  // The domain that belongs to this head: after it (ru/uk word order) before any other head,
  // else right before it (English: "Deputy Foreign Minister").
  const ownAfter = nextHeadIndex === -1 ? after : after.slice(0, nextHeadIndex);
  let domain = ownAfter.find((unit) => unit.word.kind === 'domain')?.word as Domain | undefined;
  if (!domain && head.headKind !== 'assistant') {
    for (let u = h - 1; u >= 0 && units[u]!.word.kind !== 'head'; u -= 1) {
      if (units[u]!.word.kind === 'domain') {
        domain = units[u]!.word as Domain;
        break;
      }
    }
  }
  if (head.kind === 'head' && head.headKind === 'leader' && head.title === 'Head' && next?.headKind === 'minister') {
    // "глава министерства …" reads as the minister.
    domain ??= after.find((unit) => unit.word.kind === 'domain')?.word as Domain | undefined;
  }
  const modifiers: string[] = [];
  for (let u = h - 1; u >= 0; u -= 1) {
    const word = units[u]!.word;
    if (word.kind === 'modifier') modifiers.unshift(word.title);
    else if (word.kind !== 'domain' && word.kind !== 'state' && word.kind !== 'connector') break;
  }
  if (head.kind === 'contraction') modifiers.push(head.modifier);
  const title = [...new Set(modifiers), baseTitle(head, next, domain)].join(' ');

  const role: ComposedRole = { title: { en: title } };
  let stateBefore: string | undefined;
  let stateAfter: string | undefined;
  let previous: RoleUnitWord | undefined;
  for (const [index, unit] of units.entries()) {
    const word = unit.word;
    if (word.kind === 'state') {
      const posted = index > h && previous?.kind === 'connector' && POSTING.has(previous.word);
      if (posted) {
        if (head.headKind === 'ambassador') role.accreditedTo ??= word.id;
      } else if (index > h) stateAfter ??= word.id;
      else stateBefore = word.id;
    }
    if (word.kind === 'place' && index > h && head.headKind === 'ambassador') role.accreditedTo ??= word.state;
    if (word.kind === 'organization') role.organization ??= word.id;
    previous = word;
  }
  const state = stateAfter ?? stateBefore;
  if (state !== undefined) role.state = state;
  if (role.state === undefined && role.organization !== undefined) {
    const org = units.find((unit) => unit.word.kind === 'organization')!.word as Extract<
      RoleUnitWord,
      { kind: 'organization' }
    >;
    if (org.state) role.state = org.state;
  }
  return role;
}
