/**
 * The words that announce a meeting, and the words around them that say more (planned or held,
 * a frame such as "during the visit", people referred back to as "the sides"). Stems, not forms:
 * Russian and Ukrainian inflect, and one stem catches every case.
 */
import type { ArticleLanguage } from '../dates/types';
import type { MeetingKind } from './types';

export interface TriggerRule {
  kind: MeetingKind | 'participation';
  pattern: RegExp;
  /** A visit verb ("visited Kyiv") counts only with a destination; a noun ("the visit") always does. */
  needsDestination?: boolean;
  /** A reception ("received") counts only with a person after it, so "принял участие" is not one. */
  needsPersonAfter?: boolean;
  /**
   * A conversation verb ("discussed", «обсудил», «провёл беседу») is a meeting only when a person follows
   * it introduced by "with"/«с»/«з»: "discussed X with Y"; "the sides discussed energy" is not a new one.
   */
  needsPersonWith?: boolean;
}

const L = '\\p{L}';
const rule = (kind: TriggerRule['kind'], source: string, extra: Partial<TriggerRule> = {}): TriggerRule => ({
  kind,
  pattern: new RegExp(`(?<!${L})(?:${source})(?!${L})`, 'giu'),
  ...extra,
});

/**
 * A sitting of a standing body of two states, which the text often tells with no one named: «заседание
 * межправительственной комиссии», «засідання Люблінського трикутника», "the session of the joint commission".
 */
const COMMISSION = {
  ru: `заседани${L}*(?= (?:[${L}-]+ ){0,2}(?:комисси|совет|формат|групп)${L}*)`,
  uk: `засіданн${L}*(?= (?:[${L}'-]+ ){0,2}(?:комісі|рад|формат|груп|трикутник)${L}*)`,
  en: `sessions? of the(?= (?:[${L}-]+ ){0,3}(?:commission|council|format|group)s?)|meetings? of the(?= (?:[${L}-]+ ){0,3}(?:commission|council)s?)|(?<=(?:commission|council|group)s? (?:held|holds|will hold|is to hold) (?:its|their) (?:${L}+ )?)sessions?`,
};
/** The same, as a test of a clause. */
export const COMMISSION_SITTING: Record<ArticleLanguage, RegExp> = {
  ru: new RegExp(`(?<!${L})${COMMISSION.ru}`, 'iu'),
  uk: new RegExp(`(?<!${L})${COMMISSION.uk}`, 'iu'),
  en: new RegExp(`(?<!${L})(?:${COMMISSION.en})`, 'iu'),
};

/** Ordered: an earlier rule wins where two match the same words. */
export const TRIGGERS: Record<ArticleLanguage, TriggerRule[]> = {
  ru: [
    rule('video_call', `видеоконференц${L}*|видеоразговор${L}*|видеосвяз${L}*`),
    rule('phone_call', `телефонн${L}* (?:разговор|бесед|переговор)${L}*|по телефону|созвонил${L}*`),
    rule('consultations', `консультаци${L}*`),
    rule('talks', `переговор${L}*`),
    rule(
      'summit',
      `саммит${L}*|заседани${L}* (?:Совета|Высшего)|неформальн${L}* встреч${L}* (?:лидеров|глав)|встреч${L}* (?:лидеров|глав) государств[- ]членов`,
    ),
    rule('reception', `принял${L}*|принят(?:а|ы)?(?!${L})|примет|принимал${L}*|принимает`, { needsPersonAfter: true }),
    rule('visit', `визит${L}*`),
    rule(
      'visit',
      `посетил${L}*|посетит${L}*|посетить|посещени${L}*|прибыл${L}*|прибудет|прибыть|отправил${L}*|отправится|отправятся|направил${L}*|направится|поездк${L}*`,
      {
        needsDestination: true,
      },
    ),
    rule('meeting', COMMISSION.ru),
    rule('meeting', `встреч${L}*|встрет${L}*|встрети${L}*`),
    rule('participation', `с участием|при участии`),
    rule('meeting', `обсудил${L}*|обсуждал${L}*|бесед${L}*|беседовал${L}*|разговор${L}*`, { needsPersonWith: true }),
  ],
  uk: [
    rule('video_call', `відеоконференц${L}*|відеорозмов${L}*|відеозв'яз${L}*`),
    rule('phone_call', `телефонн${L}* (?:розмов|бесід|переговор)${L}*|по телефону|телефоном`),
    rule('consultations', `консультаці${L}*`),
    rule('talks', `переговор${L}*|перемовин${L}*|перемови`),
    rule(
      'summit',
      `саміт${L}*|засіданн${L}* (?:Ради|Вищої)|неформальн${L}* зустріч${L}* (?:лідерів|глав)|зустріч${L}* (?:лідерів|глав) держав[- ]членів`,
    ),
    rule('reception', `прийняв|прийняла|прийнят${L}*|прийме|приймав|приймає`, { needsPersonAfter: true }),
    rule('visit', `візит${L}*`),
    rule(
      'visit',
      `відвідав${L}*|відвідає|відвідати|відвідин${L}*|відвідуванн${L}*|прибув${L}*|прибуде|прибути|вирушив${L}*|вирушить|поїздк${L}*`,
      {
        needsDestination: true,
      },
    ),
    rule('meeting', COMMISSION.uk),
    rule('meeting', `зустр${L}*`),
    rule('participation', `за участ(?:і|ю)`),
    rule('meeting', `обговорив|обговорила|обговорили|обговорював${L}*|бесід${L}*|розмов${L}*`, {
      needsPersonWith: true,
    }),
  ],
  en: [
    rule('video_call', `video ?(?:call|conference|link)s?`),
    rule('phone_call', `(?:tele)?phone (?:call|conversation|talk)s?|(?:by|over the|on the) (?:tele)?phone|held a call`),
    rule('consultations', `consultations?`),
    rule('talks', `talks|negotiations`),
    rule(
      'summit',
      `summit(?:s)?|informal meetings? of (?:the )?(?:leaders|heads)|meetings? of (?:the )?(?:leaders|heads of state) of (?:the )?member states`,
    ),
    rule('reception', `received|receives|receive|hosted|hosts|welcomed|welcomes|greeted`, { needsPersonAfter: true }),
    rule('visit', `visit(?:s|ed|ing)?`),
    rule('visit', `arrived|arrives|will arrive|arriving|travel(?:s|led|ling)?|trip`, { needsDestination: true }),
    rule('meeting', COMMISSION.en),
    rule('meeting', `met|meets?|meetings?|gathered|got together`),
    rule('participation', `with the participation of|attended by`),
    rule('meeting', `discussed|discusses|discussing|conversations?`, { needsPersonWith: true }),
  ],
};

/** Any trigger at all: a cheap first test that lets most sentences go by unread. */
export const ANY_TRIGGER: Record<ArticleLanguage, RegExp> = {
  ru: new RegExp(TRIGGERS.ru.map((r) => r.pattern.source).join('|'), 'iu'),
  uk: new RegExp(TRIGGERS.uk.map((r) => r.pattern.source).join('|'), 'iu'),
  en: new RegExp(TRIGGERS.en.map((r) => r.pattern.source).join('|'), 'iu'),
};

/**
 * A trigger that stands on its own, not one that needs a "with"-person after it: a clause whose only
 * trigger is "discussed" («під час яких обговорили …») still belongs to the meeting before it.
 */
const ownTrigger = (language: ArticleLanguage) =>
  new RegExp(
    TRIGGERS[language]
      .filter((r) => !r.needsPersonWith)
      .map((r) => r.pattern.source)
      .join('|'),
    'iu',
  );
export const CLAUSE_TRIGGER: Record<ArticleLanguage, RegExp> = {
  ru: ownTrigger('ru'),
  uk: ownTrigger('uk'),
  en: ownTrigger('en'),
};

const words = (source: string) => new RegExp(`(?<!${L})(?:${source})(?!${L})`, 'iu');

/** Words in a trigger's own stretch of clause that put the meeting in the future. */
export const PLANNED_MARKERS: Record<ArticleLanguage, RegExp> = {
  ru: words(
    `отправится|прибудет|посетит|примут|встретится|встретятся|проведет|проведёт|проведут|состоится|состоятся|пройдет|пройдёт|пройдут|намечен${L}*|запланирован${L}*|планиру${L}*|ожида${L}*ся|будет|будут|примет|договорились (?:провести|встретиться|о встрече|о визите)`,
  ),
  uk: words(
    `відбудеться|відбудуться|відвідає|візьме|візьмуть|зустрінеться|зустрінуться|проведе|проведуть|прибуде|здійснить|плану${L}*|запланован${L}*|очіку${L}*ся|буде|будуть|прийме|домовил${L}* (?:провести|зустрітися|про зустріч|про візит)`,
  ),
  en: words(
    `will|plans? to|planned|scheduled|expected to|is to|are to|agreed to (?:meet|hold|visit)|set to|to visit|would visit|is due to|are due to`,
  ),
};

/** Words just before a trigger that make that one meeting a future one ("the upcoming visit"). */
export const PLANNED_PREFIX: Record<ArticleLanguage, RegExp> = {
  ru: words(`предстоящ${L}*|будущ${L}*|следующ${L}*|очередн${L}* раунд|подготовк${L}* (?:к|ко)`),
  uk: words(`майбутн${L}*|наступн${L}*|підготовк${L}* до`),
  en: words(`upcoming|forthcoming|next|future|preparations? for|prepare for`),
};

/** Words before a trigger that make it the frame of another meeting ("during the visit"). */
export const FRAME_PREFIX: Record<ArticleLanguage, RegExp> = {
  ru: words(
    `в ходе|в рамках|во время|на полях|по итогам|по завершении|по случаю|в период|в ходе своего|в рамках своего`,
  ),
  uk: words(`у ході|в ході|під час|у рамках|в рамках|в межах|у межах|на полях|за підсумками`),
  en: words(
    `during|within the framework of|in the framework of|as part of|on the sidelines of|on the margins of|after|following|ahead of`,
  ),
};

/**
 * "On the eve of": the setting of another meeting only when the meeting noun follows at once
 * («накануне визита», «напередодні свого візиту»); «Накануне в Бишкеке состоялись консультации» is "yesterday".
 */
export const EVE_PREFIX: Record<ArticleLanguage, RegExp> = {
  ru: /(?<!\p{L})накануне\s+(?:(?:своего|своей|его|её|ее|их|предстоящ\p{L}*|очередн\p{L}*)\s+)?$/iu,
  uk: /(?<!\p{L})напередодні\s+(?:(?:свого|своєї|його|її|їхнього|майбутн\p{L}*|чергов\p{L}*)\s+)?$/iu,
  en: /(?<!\p{L})on the eve of\s+(?:(?:the|his|her|their|its|this|next)\s+)?$/iu,
};

/** People referred back to as a group: the last meeting's participants. */
export const GROUP_ANAPHORA: Record<ArticleLanguage, RegExp> = {
  ru: words(
    `стороны|сторонами|главы (?:правительств|государств|МИД|ведомств)|собеседники|лидеры|министры|дипломаты|они`,
  ),
  uk: words(`сторони|сторонами|глави (?:урядів|держав|МЗС)|співрозмовники|лідери|міністри|дипломати|вони`),
  en: words(
    `the (?:two )?sides|the parties|the (?:two )?leaders|both leaders|the (?:two )?ministers|the diplomats|the two|they`,
  ),
};

/**
 * The group of the last meeting as the object right after a reception verb or a call: "received the two ministers",
 * "spoke by phone with both ministers".
 */
export const GROUP_OBJECT: Record<ArticleLanguage, RegExp> = {
  ru: /^\s+(?:обоих|двух|обеих) (?:министров|глав|лидеров|гостей|дипломатов)|^\s+(?:министров|глав МИД) (?:двух|обеих|обоих)/iu,
  uk: /^\s+(?:обох|двох) (?:міністрів|очільників|лідерів|гостей|дипломатів)|^\s+(?:міністрів|очільників МЗС) (?:двох|обох)/iu,
  en: /^\s+(?:with\s+)?(?:the|both) (?:two |three )?(?:ministers|leaders|guests|diplomats|delegations|foreign ministers)(?!\p{L})/iu,
};

/** "The heads of (the two) states": the last two heads of state named. */
export const HEADS_OF_STATE: Record<ArticleLanguage, RegExp> = {
  ru: words(`глав${L}* (?:двух )?государств|президентов`),
  uk: words(`глав${L}* (?:двох )?держав|президентів`),
  en: words(`(?:the )?heads of (?:the two )?states?|(?:the two |both )?presidents`),
};

export const HEAD_OF_STATE_TITLE = /президент|president/iu;

/** A person named with these words before the trigger is reporting, not meeting. */
export const REPORTING: Record<ArticleLanguage, RegExp> = {
  ru: words(`(?:сообщил|заявил|отметил|рассказал|сказал|подчеркнул|напомнил|уточнил|добавил)${L}*,? (?:что|о том)`),
  uk: words(`(?:повідомив|заявив|зазначив|розповів|сказав|наголосив|нагадав|додав)${L}*,? (?:що|про те)`),
  en: words(`(?:said|says|told|noted|announced|stated|added|reported|recalled) (?:that|on)`),
};

/** "took part in", «принял участие в»: a summit's subject, when it is only described, is the one followed. */
export const ATTENDED: Record<ArticleLanguage, RegExp> = {
  ru: /(?<!\p{L})(?:принял|приняла|примет|принимал|принимает)\s+(?:участие|участия)\s+(?:(?:в|во)\s+)?(?:\p{L}+\s+){0,2}$/iu,
  uk: /(?<!\p{L})(?:взяв|взяла|візьме|бере|брав)\s+участь\s+(?:(?:у|в)\s+)?(?:\p{L}+\s+){0,2}$/iu,
  en: /(?<!\p{L})(?:took part|takes part|will take part|participated|participates|attended|attends|will attend)\s+(?:in\s+)?(?:(?:the|an?)\s+)?(?:\p{L}+\s+){0,2}$/iu,
};

export const SUBJECT_PRONOUN: Record<ArticleLanguage, RegExp> = {
  ru: words(`он|она`),
  uk: words(`він|вона`),
  en: words(`he|she`),
};

export const OBJECT_PRONOUN: Record<ArticleLanguage, RegExp> = {
  ru: words(`его|ее|её|был принят|была принята`),
  uk: words(`його|її|був прийнятий|була прийнята`),
  en: words(`him|her|was received|were received`),
};

/** "with X": the people after it are the counterparts of an unnamed subject. */
export const COMITATIVE: Record<ArticleLanguage, RegExp> = {
  ru: words(`с|со`),
  uk: words(`з|із|зі`),
  en: words(`with`),
};

/** "the same day", "earlier in the day": the date of the last meeting dated to the day. */
export const SAME_DAY: Record<ArticleLanguage, RegExp> = {
  ru: words(`в тот же день|в этот же день|в этот день|тогда же|в тот день|в тот момент`),
  uk: words(`того ж дня|цього ж дня|в той же день|у той же день|цього дня|того дня`),
  en: words(`(?:on )?the same day|earlier (?:in the|that) day|later (?:in the|that) day|that day|earlier today`),
};

/** "on the second day of the visit": a day within a known visit range. */
export const VISIT_DAY: Record<ArticleLanguage, { pattern: RegExp; day: number | 'last' }[]> = {
  ru: [
    { pattern: words(`(?:в|во) (?:первый|1-й) день|начал${L}* (?:с|со)`), day: 1 },
    { pattern: words(`(?:во|в) (?:второй|2-й) день`), day: 2 },
    { pattern: words(`(?:в|на) (?:третий|3-й) день`), day: 3 },
    { pattern: words(`(?:в|на) (?:последний|заключительный) день|завершил${L}* (?:с|со)`), day: 'last' },
  ],
  uk: [
    { pattern: words(`(?:у|в) (?:перший|1-й) день|розпочав${L}* (?:з|із|зі)|почав${L}* (?:з|із|зі)`), day: 1 },
    { pattern: words(`(?:у|в) (?:другий|2-й) день`), day: 2 },
    { pattern: words(`(?:у|в|на) (?:третій|3-й) день`), day: 3 },
    { pattern: words(`(?:в|у|на) (?:останній|завершальний) день|завершив${L}* (?:з|із|зі)`), day: 'last' },
  ],
  en: [
    { pattern: words(`on (?:the )?(?:first|1st) day|began with|started with|opened with`), day: 1 },
    { pattern: words(`on (?:the )?(?:second|2nd) day`), day: 2 },
    { pattern: words(`on (?:the )?(?:third|3rd) day`), day: 3 },
    { pattern: words(`on (?:the )?(?:last|final|closing) day|ended with|concluded with`), day: 'last' },
  ],
};

/** Verbs that say an event took place, for a meeting with no named participants. */
export const HELD_VERB: Record<ArticleLanguage, RegExp> = {
  ru: words(`состоял${L}*|прошл${L}*|прошел|прошёл|провел${L}*|провёл|проведен${L}*`),
  uk: words(`відбул${L}*|відбув${L}*|пройшл${L}*|пройшов|провел${L}*|провів|проведен${L}*`),
  en: words(`was held|were held|took place|held`),
};

/** Where a clause inside a sentence begins: a new action by the same or another subject. */
export const CLAUSE_BREAK: Record<ArticleLanguage, RegExp> = {
  ru: /;|,\s+а также\s|,\s+а затем\s|,\s+затем\s|,\s+после чего\s|,\s+в ходе (?:которого|которой|которых)\s/giu,
  uk: /;|,\s+а також\s|,\s+а потім\s|,\s+потім\s|,\s+після чого\s|,\s+під час (?:якого|якої|яких)\s|,\s+у ході (?:якого|якої|яких)\s/giu,
  en: /;|,\s+and (?:also|then|later)\s|,\s+and (?=(?:the (?:two|three)|both|he|she|they)\s)|,\s+after which\s|,\s+during which\s/giu,
};

/** A relative clause that opens on the visit or summit just named ("…, in the course of which"). */
export const RELATIVE_FRAME: Record<ArticleLanguage, RegExp> = {
  ru: /^,\s+в ходе (?:которого|которой|которых)/iu,
  uk: /^,\s+(?:під час|у ході) (?:якого|якої|яких)/iu,
  en: /^,\s+during which/iu,
};

/** A plural meeting noun in the next sentence: "met A and B" was two meetings. */
export const PLURAL_MEETINGS: Record<ArticleLanguage, RegExp> = {
  ru: words(`встреч`),
  uk: words(`зустрічей`),
  en: words(`meetings`),
};

/**
 * A held verb with a plural meeting noun as the trigger: «провел встречи с A, B и C», «провів зустрічі з …»,
 * "held meetings with A and B": one meeting with each. («в ходе встречи с A и B» is one meeting: no verb.)
 */
export const HELD_PLURAL_MEETINGS: Record<ArticleLanguage, RegExp> = {
  ru: /(?<!\p{L})(?:провел|провела|провели|проведет|проведут)\s+(?:\p{L}+\s+)?встречи$/iu,
  uk: /(?<!\p{L})(?:провів|провела|провели|проведе|проведуть)\s+(?:\p{L}+\s+)?зустрічі$/iu,
  en: /(?<!\p{L})(?:held|holds|hold|will hold)\s+(?:\p{L}+\s+){0,3}meetings$/iu,
};

/** Prepositions that introduce where something is or goes ("в Баку", "to Kyiv"). */
export const PLACE_PREPOSITION: Record<ArticleLanguage, RegExp> = {
  ru: /(?:(?<!\p{L})(?:в|во|на)\s+|(?<!\p{L})город(?:е|а)\s+)$/iu,
  uk: /(?:(?<!\p{L})(?:в|у|до|на)\s+|(?<!\p{L})міст(?:і|а|о)\s+)$/iu,
  en: /(?:(?<!\p{L})(?:in|to|at)\s+|city of\s+)$/iu,
};

/**
 * A discussion predicate: what a meeting's participants talked about («обсудили», «обменялись мнениями»,
 * "exchanged views"). In a sentence with no meeting of its own, it tells the subjects of the meeting before it.
 */
export const DISCUSSION: Record<ArticleLanguage, RegExp> = {
  ru: words(
    `обсудил${L}*|обсуждал${L}*|обсужден${L}*|обсуждени${L}*|обсуждены|обменял${L}* (?:мнениями|взглядами|информацией)|затронул${L}*|коснул${L}*|рассмотрел${L}*`,
  ),
  uk: words(
    `обговорил${L}*|обговорив|обговорювал${L}*|обговорен${L}*|обговорено|обговоренн${L}*|обмінял${L}* (?:думками|поглядами|інформацією)|торкнул${L}*|розглянул${L}*`,
  ),
  en: words(
    `discussed|exchanged (?:views|opinions|information)|touched (?:up)?on|reviewed|were discussed|was discussed`,
  ),
};

const TOPIC_OF: Record<ArticleLanguage, string> = {
  ru: `(?:о|об)\\s+(?:подготовке|повестке|программе)\\s+(?:к\\s+|ко\\s+)?`,
  uk: `(?:про|щодо)\\s+(?:підготовку|підготовки|порядок денний|програму)\\s+(?:до\\s+)?`,
  en: `(?:about|on|regarding)\\s+(?:the\\s+)?(?:preparations?|agenda|programme|program)\\s+(?:for|of)\\s+(?:the\\s+)?`,
};

/**
 * A meeting noun that is what was discussed («обсудил повестку предстоящих встреч», «обговорили підготовку
 * візиту», "discussed preparations for the visit", "talked … about the preparations for the meeting"): the
 * subject of the meeting being told, not one of its own. The words between a discussion verb and the noun
 * are its object, never a preposition ("обсудили на встрече" is that meeting).
 */
export const DISCUSSED_MEETING: Record<ArticleLanguage, RegExp> = {
  ru: new RegExp(
    `(?:(?:${DISCUSSION.ru.source})\\s+(?:(?!(?:на|в|во|у|при|за|по|с|со|о|об)\\s)[\\p{Ll}-]+\\s+){1,3}|(?<!\\p{L})${TOPIC_OF.ru}(?:\\p{L}+\\s+)?)$`,
    'iu',
  ),
  uk: new RegExp(
    `(?:(?:${DISCUSSION.uk.source})\\s+(?:(?!(?:на|в|у|під|при|за|по|з|із|зі|про)\\s)[\\p{Ll}'-]+\\s+){1,3}|(?<!\\p{L})${TOPIC_OF.uk}(?:\\p{L}+\\s+)?)$`,
    'iu',
  ),
  en: new RegExp(
    `(?:(?:${DISCUSSION.en.source})\\s+(?:(?!(?:at|in|on|during|with|by)\\s)[\\p{Ll}-]+\\s+){1,3}|(?<!\\p{L})${TOPIC_OF.en}(?:\\p{L}+\\s+)?)$`,
    'iu',
  ),
};

/** "The Ukrainian delegation was headed by X": the heads of the delegations of the meeting just told. */
export const DELEGATION_HEAD: Record<ArticleLanguage, RegExp> = {
  ru: words(
    `делегаци${L}* (?:возглавил${L}*|возглавлял${L}*|возглавлялась|возглавляли)|(?:возглавил${L}*|возглавлял${L}*) ${L}+ делегаци${L}*`,
  ),
  uk: words(`делегаці${L}* (?:очолив|очолила|очолювал${L}*|очолював)|(?:очолив|очолила|очолював) ${L}+ делегаці${L}*`),
  en: words(`delegations? (?:was|were) (?:led|headed) by|led the ${L}+ delegation|headed the ${L}+ delegation`),
};

/**
 * "The meeting was attended by X", «Во встрече также участвовали X», «У зустрічі взяли участь X»: who else
 * sat in the meeting just told, not a meeting of its own. Read from the start of the clause, past a side
 * ("From the Azerbaijani side", «С азербайджанской стороны»).
 */
export const ATTENDED_TOLD: Record<ArticleLanguage, RegExp> = {
  ru: /^\s*(?:(?:с|со)\s+[\p{L}-]+\s+стороны\s+)?(?:также\s+)?(?:во|в)\s+(?:встрече|переговорах|беседе|консультациях|разговоре)\s+(?:также\s+)?(?:участвовал\p{L}*|принимал\p{L}*\s+участие|принял\p{L}*\s+участие)/iu,
  uk: /^\s*(?:(?:з|зі|із)\s+[\p{L}'’-]+\s+сторони\s+)?(?:також\s+)?(?:у|в)\s+(?:зустрічі|переговорах|бесіді|консультаціях|розмові)\s+(?:також\s+)?(?:(?:взя|бра)\p{L}*\s+участь|участь\s+(?:взя|бра)\p{L}*)/iu,
  en: /^\s*(?:(?:also|in addition),?\s+)?(?:(?:the|this)\s+(?:meeting|talks|negotiations|consultations|conversation)\s+(?:was|were)\s+(?:also\s+)?attended\s+by|(?:also\s+)?(?:attending|present at|taking part in)\s+the\s+(?:meeting|talks|negotiations|consultations|conversation)\s+(?:was|were))/iu,
};

/** "… with X and with Y", «с X и с Y»: "with" told again after a counterpart starts a second counterpart's call. */
export const WITH_AGAIN: Record<ArticleLanguage, RegExp> = {
  ru: /^\s*,?\s*(?:и|а также)\s+(?:с|со)\s/iu,
  uk: /^\s*,?\s*(?:і|й|та|а також)\s+(?:з|із|зі)\s/iu,
  en: /^\s*,?\s*(?:and|as well as)\s+with\s/iu,
};

/** "Met the Austrian delegation", «встретился с австрийской делегацией»: a state's delegation as the counterpart. */
export const DELEGATION_OBJECT: Record<ArticleLanguage, RegExp> = {
  ru: /^\s+(?:(?:с|со)\s+)?(?:[\p{L}-]+\s+){0,2}делегаци(?:ей|ю|ями|ей)(?:\s+[\p{L}-]+){0,2}/iu,
  uk: /^\s+(?:(?:з|із|зі)\s+)?(?:[\p{L}'’-]+\s+){0,2}делегаці(?:єю|ю|ями)(?:\s+[\p{L}'’-]+){0,2}/iu,
  en: /^\s+(?:with\s+)?(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}delegations?(?:\s+of(?:\s+the)?\s+[\p{L}-]+)?/iu,
};
