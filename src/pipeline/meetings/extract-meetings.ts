/**
 * Meeting extraction for one article: sentence by sentence, clause by clause, every trigger
 * ("met", «переговоры», «візит», …) becomes a candidate with its people, place, status and date.
 * Candidates are merged across the corpus later (merge-meetings.ts). Generic for ru/uk/en: the
 * rules read grammar and discourse, never particular names.
 */
import { spanOf } from '../../shared/dates/iso';
import type { EntityMention } from '../entities/types';
import type { DateMention } from '../dates/types';
import {
  ANY_TRIGGER,
  ATTENDED_TOLD,
  CLAUSE_TRIGGER,
  DELEGATION_HEAD,
  DELEGATION_OBJECT,
  DISCUSSION,
  DISCUSSED_MEETING,
  COMMISSION_SITTING,
  HELD_VERB,
  PLANNED_MARKERS,
  PLANNED_PREFIX,
  HELD_PLURAL_MEETINGS,
  PLURAL_MEETINGS,
  SAME_DAY,
  WITH_AGAIN,
} from './lexicon';
import { discussedMeeting, discussedTopics, isBackground } from './discussion';
import { chooseDate, isAfterPublication, isBeforePublication, nearestDate, type DateContext } from './meeting-dates';
import { peopleFor, type Discourse } from './participants';
import { splitClauses, splitSentences, type Clause } from './sentences';
import { destinationAfter, findTriggers, MEETING_LIKE, type Trigger } from './triggers';
import type { MeetingArticle, MeetingCandidate, MeetingKind, ParticipantRef, Span } from './types';

function statusOf(article: MeetingArticle, clause: Clause, trigger: Trigger, windowStart: number, windowEnd: number) {
  const prefix = article.text.slice(Math.max(clause.start, trigger.start - 40), trigger.start);
  if (PLANNED_PREFIX[article.language].test(prefix)) return 'planned' as const;
  return PLANNED_MARKERS[article.language].test(article.text.slice(windowStart, windowEnd))
    ? ('planned' as const)
    : ('held' as const);
}

function ownedBySummit(m: EntityMention, summit: Trigger): boolean {
  return (m.start >= summit.end && m.start - summit.end <= 60) || (m.end <= summit.start && summit.start - m.end <= 4);
}

function organizationsFor(
  mentions: readonly EntityMention[],
  clause: Clause,
  trigger: Trigger,
  regionEnd: number,
  triggers: readonly Trigger[],
) {
  const orgs = mentions.filter((m) => m.type === 'organization' && m.start >= clause.start && m.end <= clause.end);
  const insideRole = (m: EntityMention) =>
    mentions.some((p) => p.type === 'person' && p.role && m.start >= p.role.start && m.end <= p.role.end);
  const participants: ParticipantRef[] = [];
  const discussed: ParticipantRef[] = [];
  for (const m of orgs) {
    if (insideRole(m)) continue;
    const evidence = [{ start: clause.start, end: clause.end }];
    // The organization whose summit it is: right after "summit of …", or right before "… summit".
    if (trigger.kind === 'summit' && ownedBySummit(m, trigger)) participants.push({ nodeId: m.nodeId, evidence });
    else if (triggers.some((t) => t.kind === 'summit' && ownedBySummit(m, t))) continue;
    else if (
      trigger.kind !== 'summit' &&
      m.start >= trigger.end &&
      m.start < regionEnd &&
      MEETING_LIKE.has(trigger.kind)
    ) {
      discussed.push({ nodeId: m.nodeId, evidence });
    }
  }
  return { participants, discussed };
}

function placeFor(
  article: MeetingArticle,
  mentions: readonly EntityMention[],
  clause: Clause,
  sentence: Span,
  trigger: Trigger,
  regionEnd: number,
) {
  const { text, language } = article;
  if (trigger.kind === 'visit') {
    // "visit to Baku", else "arrived in Baku on a visit".
    return (
      destinationAfter(text, language, mentions, trigger.end, Math.min(regionEnd, trigger.end + 80)) ??
      destinationAfter(text, language, mentions, clause.start, trigger.start, false)
    );
  }
  const cityOnly = (found: ReturnType<typeof destinationAfter>) => (found?.city ? found : null);
  return (
    cityOnly(destinationAfter(text, language, mentions, clause.start, clause.end, false)) ??
    cityOnly(destinationAfter(text, language, mentions, sentence.start, sentence.end, false))
  );
}

function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/**
 * With two meetings and two dates in one clause («в сентябре встретились в Кишиневе, а в ноябре провели
 * переговоры», "spoke by phone in January and met … in April"), each date is the meeting's it stands
 * nearest to; a frame ("on the sidelines of the summit") competes for none. With one date, all share it.
 */
function ownedDates(
  dates: readonly DateMention[],
  trigger: Trigger,
  clause: Clause,
  triggers: readonly Trigger[],
): readonly DateMention[] {
  const rivals = triggers.filter((t) => !t.frame && t !== trigger);
  if (trigger.frame || rivals.length === 0) return dates;
  const inClause = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
  if (inClause.length < 2) return dates;
  const mine = inClause.filter((d) => rivals.every((t) => gap(d, trigger) <= gap(d, t)));
  return mine.length > 0 ? mine : dates;
}

/**
 * «обсудили подготовку визита», "discussed the agenda of the upcoming meetings": the meeting is what was
 * talked about and says no more of itself; "the upcoming visit of the President of X to Y" names its
 * people or places, and stays a meeting of its own.
 */
function discussedOnly(article: MeetingArticle, clause: Clause, trigger: Trigger, mentions: readonly EntityMention[]) {
  if (trigger.frame || !DISCUSSED_MEETING[article.language].test(article.text.slice(clause.start, trigger.start)))
    return false;
  const after = article.text.slice(trigger.end, Math.min(clause.end, trigger.end + 60));
  const reach = trigger.end + (/[,.;:!?]/u.exec(after)?.index ?? after.length);
  return !mentions.some(
    (m) => (m.type === 'person' || m.type === 'state') && m.start >= trigger.end && m.start < reach,
  );
}

const BOTH_STATES: Record<MeetingArticle['language'], RegExp> = {
  ru: /^[^.;]{0,40}?(?<!\p{L})(?:двух|обеих|обоих) (?:стран|государств)(?!\p{L})/iu,
  uk: /^[^.;]{0,40}?(?<!\p{L})(?:двох|обох) (?:країн|держав)(?!\p{L})/iu,
  en: /^[^.;]{0,40}?(?<!\p{L})(?:the two|both) (?:countries|states|nations)(?!\p{L})/iu,
};

/**
 * The states of a meeting that names no one: those named just after its word ("consultations between the
 * foreign ministries of Estonia and Lithuania", «заседание армяно-иранской комиссии»), or, for «по линии МИД
 * двух стран», the states of the article's lead meeting.
 */
function statesOfSitting(
  article: MeetingArticle,
  mentions: readonly EntityMention[],
  candidates: readonly MeetingCandidate[],
  trigger: Trigger,
  regionEnd: number,
): string[] {
  const reach = Math.min(regionEnd, trigger.end + 90);
  const named: string[] = [];
  for (const m of mentions) {
    if (m.type === 'state' && m.start >= trigger.end && m.start < reach && !named.includes(m.nodeId))
      named.push(m.nodeId);
  }
  if (named.length > 0) return named;
  if (!BOTH_STATES[article.language].test(article.text.slice(trigger.end, reach))) return [];
  const lead = candidates.find((c) => MEETING_LIKE.has(c.kind) && c.persons.length >= 2);
  if (!lead) return [];
  const states: string[] = [];
  for (const p of lead.persons) {
    const role = article.mentions.find((m) => m.nodeId === p.nodeId && m.role?.state)?.role?.state;
    if (role && !states.includes(role)) states.push(role);
  }
  return states.length === 2 ? states : [];
}

const GAP_BEFORE: Record<MeetingArticle['language'], RegExp> = {
  ru: /(?:,\s*(?:а|и)|\s(?:и|а затем|затем|потом))\s+$/iu,
  uk: /(?:,\s*(?:а|і|й|та)|\s(?:і|та|а потім|потім))\s+$/iu,
  en: /(?:,\s*|\s)(?:and|and again|and then|then)\s+$/iu,
};
const GAP_AFTER: Record<MeetingArticle['language'], RegExp> = {
  ru: /^\s*[–—-]\s|^\s+(?:на полях|в кулуарах)(?!\p{L})/iu,
  uk: /^\s*[–—-]\s|^\s+(?:на полях|у кулуарах|в кулуарах)(?!\p{L})/iu,
  en: /^\s*[–—-]\s|^\s+on the (?:sidelines|margins)(?!\p{L})/iu,
};

/**
 * «В октябре они встречались в Тегеране, а в декабре – на полях форума в Дохе»: a second date joined to
 * the meeting with its verb left out (a dash, or straight "on the sidelines") is that meeting again, then.
 */
function gappedRepeat(
  article: MeetingArticle,
  clause: Clause,
  trigger: Trigger,
  triggers: readonly Trigger[],
  own: DateMention | undefined,
  status: 'held' | 'planned',
): DateMention | undefined {
  if (!own || !MEETING_LIKE.has(trigger.kind) || trigger.frame) return undefined;
  const { text, language } = article;
  const next = triggers.find((t) => t.start > trigger.end && !t.frame)?.start ?? clause.end;
  const second = article.dates.find(
    (d) =>
      d.start > Math.max(own.end, trigger.end) &&
      d.end <= next &&
      GAP_BEFORE[language].test(text.slice(Math.max(clause.start, d.start - 24), d.start)) &&
      GAP_AFTER[language].test(text.slice(d.end, d.end + 24)),
  );
  if (!second || !article.findDates) return second;
  // A held meeting's "в декабре" is the December gone by.
  const reread = article
    .findDates(clause.text, status === 'held' ? 'past' : 'future')
    .find((d) => d.start + clause.start === second.start);
  return reread ? { ...reread, start: second.start, end: second.end } : second;
}

/** A date the clause names is its own, unless it is only near a reference ("during the meetings … last year"). */
function ownDate(
  article: MeetingArticle,
  trigger: Trigger,
  clause: Clause,
  sentence: Span,
  status: 'held' | 'planned',
  cursor: DateContext['cursor'],
  triggers: readonly Trigger[],
): DateMention | undefined {
  // "The same day" means the day the article was just talking about, not the day it was written.
  const dates = article.dates.filter((d) => !SAME_DAY[article.language].test(d.text));
  const own = nearestDate(ownedDates(dates, trigger, clause, triggers), trigger, clause, sentence);
  if (!own) return undefined;
  if (trigger.frame && MEETING_LIKE.has(trigger.kind) && Math.abs(own.start - trigger.end) > 40) return undefined;
  // A bare year after the meeting ("agreed to continue the programme in 2025") is about something else
  // when the article already places the meeting more exactly within that year.
  if (status === 'held' && own.start > trigger.end && /^\d{4}$/.test(own.date.start) && own.date.end === undefined) {
    if (cursor && cursor.start.startsWith(own.date.start)) return undefined;
  }
  return own;
}

/** All meeting candidates of one article, in text order. */
export function extractMeetings(article: MeetingArticle): MeetingCandidate[] {
  const { text, language } = article;
  const people = article.mentions.filter((m) => m.type === 'person');
  let cursor = 0;
  const candidates: MeetingCandidate[] = [];
  const discourse: Discourse = {};
  const dateContext: DateContext = {};
  const worthReading = new RegExp(
    `${ANY_TRIGGER[language].source}|${DISCUSSION[language].source}|${DELEGATION_HEAD[language].source}`,
    'iu',
  );
  const sentences = splitSentences(text, language, article.setAside ?? [], worthReading);

  sentences.forEach((sentence, sentenceIndex) => {
    const hasTrigger = ANY_TRIGGER[language].test(sentence.text);
    if (!hasTrigger && !DISCUSSION[language].test(sentence.text) && !DELEGATION_HEAD[language].test(sentence.text))
      return;
    // The mentions inside this sentence (both lists are in text order).
    while (cursor < article.mentions.length && article.mentions[cursor]!.end <= sentence.start) cursor += 1;
    let stop = cursor;
    while (stop < article.mentions.length && article.mentions[stop]!.start < sentence.end) stop += 1;
    const mentions = article.mentions.slice(cursor, stop);
    const before = candidates.length;
    // "Дипломаты также обсудили …" with no meeting of its own: the subjects of the meeting before it.
    const discussedHere = () => {
      const meeting = candidates.length === before ? discussedMeeting(candidates, article.published) : undefined;
      if (!meeting) return;
      for (const topic of discussedTopics(text, language, sentence, mentions, meeting, article.mentions)) {
        if (!meeting.discussed.some((d) => d.nodeId === topic.nodeId)) meeting.discussed.push(topic);
        else meeting.discussed.find((d) => d.nodeId === topic.nodeId)!.evidence.push(...topic.evidence);
      }
    };
    // «21 жовтня відбулися консультації між МЗС України та Індії. Українську делегацію очолив X, індійську – Y»:
    // the heads of delegation are the people of the meeting the sentence before told without names.
    const previous = candidates[candidates.length - 1];
    const lastSentence = sentences[sentenceIndex - 1];
    if (
      previous &&
      lastSentence &&
      MEETING_LIKE.has(previous.kind) &&
      previous.clause.start >= lastSentence.start &&
      previous.clause.end <= lastSentence.end &&
      previous.persons.length === 0 &&
      DELEGATION_HEAD[language].test(sentence.text) &&
      !CLAUSE_TRIGGER[language].test(sentence.text)
    ) {
      for (const m of mentions) {
        if (m.type === 'person' && !previous.persons.some((p) => p.nodeId === m.nodeId))
          previous.persons.push({ nodeId: m.nodeId, evidence: [{ start: sentence.start, end: sentence.end }] });
      }
      if (previous.persons.length > 0) discourse.actor = previous.persons[0];
      if (previous.persons.length >= 2) discourse.group = previous.persons;
      return;
    }
    if (!hasTrigger) {
      discussedHere();
      return;
    }
    const local = mentions.filter((m) => m.type === 'person');
    // A clause with no trigger of its own belongs to the one before it ("…, а також представником SOCAR X").
    const clauses: Clause[] = [];
    for (const clause of splitClauses(sentence, language)) {
      const previous = clauses[clauses.length - 1];
      if (previous && !CLAUSE_TRIGGER[language].test(clause.text)) {
        previous.end = clause.end;
        previous.text = text.slice(previous.start, previous.end);
      } else clauses.push({ ...clause });
    }
    for (const clause of clauses) {
      const triggers = findTriggers(text, clause, language, mentions);
      const inClause: number[] = [];
      for (const [i, trigger] of triggers.entries()) {
        if (discussedOnly(article, clause, trigger, mentions)) continue;
        // "The meeting was attended by X and Y": more people at the meeting just told, not a new one.
        if (
          MEETING_LIKE.has(trigger.kind) &&
          ATTENDED_TOLD[language].test(text.slice(clause.start, trigger.end + 60)) &&
          candidates.some((c) => MEETING_LIKE.has(c.kind) && c.persons.length > 0)
        )
          continue;
        const nextMain = triggers.slice(i + 1).find((t) => MEETING_LIKE.has(t.kind));
        const regionEnd = nextMain?.start ?? clause.end;
        const windowStart = triggers[i - 1]?.end ?? clause.start;
        const { persons, implied } = peopleFor(text, language, clause, trigger, regionEnd, local, people, discourse);
        const orgs = organizationsFor(mentions, clause, trigger, regionEnd, triggers);
        let status = statusOf(article, clause, trigger, windowStart, regionEnd);

        let own = ownDate(article, trigger, clause, sentence, status, dateContext.cursor, triggers);
        if (status === 'planned' && article.findDates) {
          const future = article
            .findDates(clause.text, 'future')
            .map((d) => ({ ...d, start: d.start + clause.start, end: d.end + clause.start }));
          own = nearestDate(ownedDates(future, trigger, clause, triggers), trigger, clause, clause) ?? own;
          // «В минувшую пятницу X … обсудил повестку предстоящих встреч»: a date already gone belongs to
          // what was done then, not to the meeting still ahead.
          if (own && isBeforePublication(own.date, article.published)) own = undefined;
        } else if (status === 'held' && article.findDates && own && own.basis !== 'explicit') {
          // A held meeting's weekday or relative date lies before the article: "в четверг" in a Monday
          // report is the Thursday just gone, not the coming one. Re-read only when the date is not explicit.
          const past = article
            .findDates(clause.text, 'past')
            .map((d) => ({ ...d, start: d.start + clause.start, end: d.end + clause.start }));
          own = past.find((d) => d.start === own!.start) ?? own;
        }
        const frameCandidate = inClause
          .map((k) => candidates[k]!)
          .find((c) => c.kind === 'visit' || c.kind === 'summit');
        const relativeParent = clause.relativeFrame
          ? [...candidates].reverse().find((c) => c.kind === 'visit' || c.kind === 'summit')
          : undefined;
        const parent = frameCandidate ?? relativeParent;
        const chosen = chooseDate({
          language,
          published: article.published,
          status,
          own,
          sameDayFirst: own !== undefined && own.start > trigger.end,
          words: text.slice(clause.start, trigger.end),
          context: dateContext,
          ...(parent?.date ? { frameDate: parent.date } : {}),
        });
        if (isAfterPublication(chosen.date, article.published)) status = 'planned';

        const kind: MeetingKind = trigger.kind === 'participation' ? 'meeting' : trigger.kind;
        const candidate: MeetingCandidate = {
          article: article.id,
          kind,
          status,
          clause: { start: clause.start, end: clause.end },
          trigger: { start: trigger.start, end: trigger.end },
          persons,
          organizations: orgs.participants,
          discussed: orgs.discussed,
          dateSource: chosen.source,
          frame: trigger.frame,
        };
        if (chosen.date) candidate.date = chosen.date;
        if (chosen.dateText) candidate.dateText = chosen.dateText;
        if (COMMISSION_SITTING[language].exec(text.slice(trigger.start, trigger.end + 60))?.index === 0)
          candidate.sitting = true;
        // "F. Muradov met the Austrian delegation": with no one named after it, the delegation's state is the counterpart.
        const delegation = MEETING_LIKE.has(kind)
          ? DELEGATION_OBJECT[language].exec(text.slice(trigger.end, regionEnd))
          : null;
        if (delegation && !local.some((m) => m.start >= trigger.end && m.start < regionEnd)) {
          const state = mentions.find(
            (m) => m.type === 'state' && m.start >= trigger.end && m.end <= trigger.end + delegation[0].length,
          );
          if (state && !candidate.organizations.some((o) => o.nodeId === state.nodeId))
            candidate.organizations.push({ nodeId: state.nodeId, evidence: [candidate.clause] });
        }
        const place = placeFor(article, mentions, clause, sentence, trigger, regionEnd);
        const evidence = [{ start: clause.start, end: clause.end }];
        if (place?.city) candidate.place = place.city.en;
        if (place?.state) candidate.heldIn = { nodeId: place.state.nodeId, evidence };
        else if (place?.city) candidate.heldIn = { nodeId: place.city.state, evidence };
        if (parent && kind !== parent.kind && (trigger.frame === false || kind !== 'visit')) {
          candidate.partOf = candidates.indexOf(parent);
          // "During his visit X will meet (unnamed) people": nothing beyond the visit itself.
          if (persons.every((p) => parent.persons.some((q) => q.nodeId === p.nodeId)) && parent.kind === 'visit')
            continue;
        }
        if (kind === 'summit' && !chosen.date) continue;
        if (kind === 'visit' && persons.length === 0 && candidate.heldIn && !trigger.frame) {
          // "The visit of the President of Uzbekistan to Georgia": the visiting state, when no one is named.
          const visiting = mentions.find(
            (m) =>
              m.type === 'state' &&
              m.form === 'name' &&
              m.start >= trigger.end &&
              m.start < trigger.end + 60 &&
              m.nodeId !== candidate.heldIn!.nodeId,
          );
          if (visiting) candidate.organizations.push({ nodeId: visiting.nodeId, evidence: [candidate.clause] });
        }
        if (persons.length === 0 && orgs.participants.length === 0) {
          // "The talks were held in a friendly atmosphere": the article's lead meeting, told again.
          const told = candidates.find((c) => MEETING_LIKE.has(c.kind) && c.persons.length >= 2);
          const sameOne =
            told !== undefined &&
            sameFamily(kind, told.kind) &&
            status === 'held' &&
            told.status === 'held' &&
            (chosen.source !== 'stated' || overlaps(chosen.date, told.date));
          if (sameOne) {
            candidate.persons = told.persons.map((p) => ({ nodeId: p.nodeId, evidence: [candidate.clause] }));
            candidate.date = told.date;
            candidate.dateSource = told.dateSource;
            if (told.dateText) candidate.dateText = told.dateText;
            else delete candidate.dateText;
          } else {
            // With nobody named, only a dated report that it took place makes a meeting.
            const reported = status === 'held' && chosen.source === 'stated' && HELD_VERB[language].test(clause.text);
            // The states whose ministries consult or whose commission sits: «по линии МИД России и Киргизии».
            const states = statesOfSitting(article, mentions, candidates, trigger, regionEnd);
            // A commission's sitting, past or next, is a meeting of its own whenever the text dates it; so are
            // consultations between named states ("are scheduled for early next month").
            const sitting =
              chosen.source === 'stated' &&
              (COMMISSION_SITTING[language].test(article.text.slice(trigger.start, trigger.end + 60)) ||
                (kind === 'consultations' && states.length >= 2));
            if ((!reported && !sitting) || trigger.frame) continue;
            for (const nodeId of states) candidate.organizations.push({ nodeId, evidence: [candidate.clause] });
          }
        }
        candidates.push(candidate);
        inClause.push(candidates.length - 1);
        const again = gappedRepeat(article, clause, trigger, triggers, own, status);
        if (again) {
          // Its place is told after the dash, if at all: the first meeting's is not its.
          const { place: _place, heldIn: _heldIn, ...rest } = candidate;
          candidates.push({ ...rest, date: { ...again.date }, dateText: again.text, dateSource: 'stated' });
          inClause.push(candidates.length - 1);
        }

        // "Met A and B", then "during the meetings", or "held meetings with A and B": one meeting with each.
        const nextSentence = sentences[sentenceIndex + 1];
        if (
          kind === 'meeting' &&
          !implied &&
          persons.length >= 3 &&
          ((nextSentence && PLURAL_MEETINGS[language].test(nextSentence.text)) ||
            HELD_PLURAL_MEETINGS[language].test(article.text.slice(Math.max(0, trigger.start - 60), trigger.end)))
        ) {
          const [subject, ...others] = persons;
          candidates.pop();
          for (const other of others) candidates.push({ ...candidate, persons: [subject!, other] });
        }

        // "Held a phone call with X and with Y": "with" told again makes a call with each.
        if (CALLS.has(kind) && !again) {
          const after = local.filter((m) => m.start >= trigger.end && m.start < regionEnd && m.end <= clause.end);
          const groups: EntityMention[][] = [];
          for (const [k, m] of after.entries()) {
            const prior = after[k - 1];
            if (prior && WITH_AGAIN[language].test(text.slice(prior.end, m.start)) && groups.length > 0)
              groups.push([m]);
            else if (groups.length === 0) groups.push([m]);
            else groups[groups.length - 1]!.push(m);
          }
          const counterparts = new Set(after.map((m) => m.nodeId));
          const callers = candidate.persons.filter((p) => !counterparts.has(p.nodeId));
          if (groups.length >= 2 && callers.length > 0) {
            candidates.pop();
            inClause.pop();
            for (const group of groups) {
              const ids = new Set(group.map((m) => m.nodeId));
              const persons = [...callers, ...candidate.persons.filter((p) => ids.has(p.nodeId))];
              candidates.push({ ...candidate, persons });
              inClause.push(candidates.length - 1);
            }
          }
        }

        // What later clauses may refer back to.
        if (persons.length > 0 && !trigger.frame) {
          discourse.actor = persons[0];
          if (persons.length >= 2) discourse.group = persons;
        }
        // A meeting recalled from long before the article ("в ноябре прошлого года") does not move the
        // story's time: "Позднее …" after it still means later on the day being reported.
        if (status === 'held' && chosen.date && kind !== 'summit' && !isBackground(chosen.date, article.published)) {
          // «Напередодні відбулася розмова з X» after the day's meetings steps back for one sentence; what
          // follows undated is the day being reported again (only "the same day" means the day before).
          const stepBack =
            own?.basis === 'relative' &&
            chosen.source === 'stated' &&
            dateContext.cursor !== undefined &&
            endsBefore(chosen.date, dateContext.cursor);
          if (!stepBack) dateContext.cursor = chosen.date;
          if (/^\d{4}-\d{2}-\d{2}$/.test(chosen.date.start) && chosen.date.end === undefined)
            dateContext.lastDay = chosen.date.start;
        }
        if (kind === 'visit' && chosen.source === 'stated' && chosen.date) dateContext.visit = chosen.date;
      }
    }
    discussedHere();
  });
  linkFrames(candidates);
  return candidates;
}

const CALLS = new Set(['phone_call', 'video_call']);
function sameFamily(a: string, b: string): boolean {
  return MEETING_LIKE.has(a) && MEETING_LIKE.has(b) && CALLS.has(a) === CALLS.has(b);
}

function overlaps(a: MeetingCandidate['date'], b: MeetingCandidate['date']): boolean {
  if (!a || !b) return false;
  const x = spanOf(a.start, a.end);
  const y = spanOf(b.start, b.end);
  return x !== null && y !== null && x.first <= y.last && y.first <= x.last;
}

function endsBefore(a: { start: string; end?: string }, b: { start: string; end?: string }): boolean {
  const x = spanOf(a.start, a.end);
  const y = spanOf(b.start, b.end);
  return x !== null && y !== null && x.last < y.first;
}

function within(inner: MeetingCandidate['date'], outer: MeetingCandidate['date']): boolean {
  if (!inner || !outer) return true;
  const a = spanOf(inner.start, inner.end);
  const b = spanOf(outer.start, outer.end);
  return a !== null && b !== null && a.first >= b.first && a.last <= b.last;
}

/** A meeting on a summit's sidelines, or held by a visitor during the visit, is part of it. */
function linkFrames(candidates: MeetingCandidate[]): void {
  candidates.forEach((c, i) => {
    if (c.partOf !== undefined || !MEETING_LIKE.has(c.kind)) return;
    const summit = candidates.findIndex(
      (s) => s.kind === 'summit' && s.frame && s.clause.start === c.clause.start && s.organizations.length > 0,
    );
    if (summit !== -1) {
      c.partOf = summit;
      return;
    }
    let best = -1;
    candidates.forEach((v, j) => {
      if (v.kind !== 'visit' || v.persons.length === 0 || j === i) return;
      if (!c.persons.some((p) => p.nodeId === v.persons[0]!.nodeId)) return;
      if (!within(c.date, v.date) || v.status !== c.status) return;
      if (best === -1 || Math.abs(j - i) < Math.abs(best - i)) best = j;
    });
    if (best !== -1) c.partOf = best;
  });
}
