/**
 * Words and phrases that page furniture is made of, in Russian, Ukrainian and English.
 * Matching is on whole lines (lowercased), so a word here never sets aside a sentence that merely contains it.
 */

/** Language switchers: endonyms and short codes as menus show them. */
export const LANGUAGE_NAMES = new Set([
  'українською',
  'українська',
  'укр',
  'ua',
  'uk',
  'ukr',
  'english',
  'eng',
  'en',
  'in english',
  'англійською',
  'на английском',
  'русский',
  'русская версия',
  'на русском',
  'російською',
  'рус',
  'ru',
  'rus',
  'français',
  'francais',
  'fr',
  'español',
  'espanol',
  'es',
  'português',
  'portugues',
  'pt',
  'deutsch',
  'de',
  'italiano',
  'it',
  'polski',
  'pl',
  'türkçe',
  'tr',
  'azərbaycanca',
  'azərbaycan dili',
  'az',
  'қазақша',
  'қазақ тілі',
  'kz',
  "o'zbekcha",
  'ўзбекча',
  'uz',
  'беларуская',
  'by',
  'ქართული',
  'ka',
  'հայերեն',
  'hy',
  'العربية',
  'ar',
  'فارسی',
  'fa',
  '中文',
  'zh',
  '日本語',
  'ja',
  '한국어',
  'ko',
]);

/** Display controls that sit in language and accessibility menus. */
export const MENU_WORDS = new Set(['a-', 'a+', 'a', 'aa', 'а-', 'а+', 'а', 'контраст', 'contrast', 'high contrast']);

/** Site navigation: the labels of a site's own menus and breadcrumbs. */
export const NAVIGATION_WORDS = new Set([
  'пошук',
  'поиск',
  'search',
  'меню',
  'menu',
  'головна',
  'главная',
  'home',
  'увійти',
  'войти',
  'log in',
  'login',
  'sign in',
  'контакти',
  'контакты',
  'contacts',
  'пресс-служба',
  'прес-служба',
  'пресс-центр',
  'прес-центр',
  'press center',
  'press centre',
  'press office',
  'поиск по сайту',
  'пошук по сайту',
  'search the site',
  'about us',
  'о нас',
  'про нас',
]);

/** An accessibility switch is furniture even on a line of its own. */
export const ACCESSIBILITY =
  /(порушенн\p{L}* зору|слабозор|слабовидящ|нарушени\p{L}* зрения|visually impaired|accessibility|high contrast|розмір шрифту|размер шрифта|font size)/iu;

/** Headings of "read also" and similar link lists; the list follows, or sits on the same line after a colon. */
export const RELATED_HEADING = new RegExp(
  '^(' +
    [
      'читайте (также|тоже|ещё|еще|також|теж)',
      'также читайте',
      'також читайте',
      'смотрите также',
      'дивіться також',
      'больше по теме',
      'ещё по теме',
      'еще по теме',
      'по теме',
      'новости по теме',
      'материалы по теме',
      'похожие (новости|материалы|статьи)',
      'другие новости',
      'связанные (новости|материалы)',
      'рекомендуем',
      'самое (читаемое|популярное)',
      'последние новости',
      'більше за темою',
      'більше новин',
      'схожі (новини|матеріали|статті)',
      'інші новини',
      'новини за темою',
      'матеріали за темою',
      "пов['’]язані (новини|матеріали)",
      'рекомендуємо',
      'найпопулярніше',
      'останні новини',
      'read (also|more)',
      'see also',
      'related( (articles|stories|news|posts|content|coverage))?',
      'more (on this( topic| story)?|news|stories)',
      'other news',
      'most read',
      'latest news',
      'recommended( for you)?',
      'you (may|might) also like',
    ].join('|') +
    ')',
  'iu',
);

/** Buttons and networks of a share bar; a line made only of these is a share bar. */
export const SHARE_TOKENS = [
  'поделиться в',
  'поделиться',
  'поділитися в',
  'поділитися',
  'share on',
  'share this article',
  'share this',
  'share',
  'facebook messenger',
  'facebook',
  'twitter',
  'x',
  'telegram',
  'whatsapp',
  'viber',
  'vk',
  'вконтакте',
  'одноклассники',
  'linkedin',
  'e-mail',
  'email',
  'pinterest',
  'reddit',
  'messenger',
  'threads',
  'copy link',
  'скопировать ссылку',
  'копировать ссылку',
  'копіювати посилання',
  'скопіювати посилання',
  'print version',
  'printable version',
  'версия для печати',
  'версія для друку',
  'print',
  'печать',
  'распечатать',
  'друк',
  'надрукувати',
];
export const SHARE_VERBS = /поделиться|поділитися|share/iu;

/**
 * A cookie notice names cookies and speaks to the reader about them ("we use", "you agree", "cookie policy");
 * a sentence reporting on cookies does not.
 */
export const COOKIE_WORD = /(cookie|куки|кукі)/iu;
export const COOKIE_NOTICE =
  /(we use|(this|our) (site|website) uses|cookie policy|accept (all )?cookies|you agree|you consent|сайт використову|ми використовуємо|політик\p{L}* (використання )?(файлів )?cookie|погоджуєтесь|сайт использует|мы используем|политик\p{L}* (использования )?(файлов )?(cookie|куки)|соглашаетесь)/iu;
export const COOKIE_BUTTONS = new Set([
  'accept',
  'accept all',
  'accept cookies',
  'ok',
  'okay',
  'got it',
  'agree',
  'i agree',
  'decline',
  'reject',
  'reject all',
  'settings',
  'cookie settings',
  'learn more',
  'more info',
  'close',
  'принять',
  'принять все',
  'согласен',
  'понятно',
  'подробнее',
  'отклонить',
  'закрыть',
  'настройки',
  'прийняти',
  'прийняти все',
  'згоден',
  'зрозуміло',
  'детальніше',
  'відхилити',
  'закрити',
  'налаштування',
]);

/** Browser notices: the heading, and the words the rest of such a block is made of. */
export const BROWSER_NOTICE =
  /(outdated browser|browser is out of date|update your browser|upgrade your browser|устаревш\p{L}* (версия )?браузер|ваш браузер устарел|обновите (ваш )?браузер|застаріл\p{L}* (версія )?браузер|оновіть (ваш )?браузер)/iu;
export const BROWSER_WORDS =
  /(?<!\p{L})(браузер\p{L}*|browsers?|chrome|firefox|edge|opera|safari|windows|mac ?os|linux|android|ios)(?!\p{L})|\d+([.,]\d+)?\s*%/iu;

/** View counters, with the number before or after the word, or after an eye. */
export const VIEW_COUNTER = new RegExp(
  [
    '^(👁️?|👀)?\\s*\\d[\\d\\s.,]*[kкmм]?\\s*(просмотр\\p{L}*|перегляд\\p{L}*|views?|reads?|прочитан\\p{L}*)$',
    '^(просмотр\\p{L}*|перегляд\\p{L}*|views?|reads?)\\s*:?\\s*\\d[\\d\\s.,]*[kкmм]?$',
    '^(👁️?|👀)\\s*\\d[\\d\\s.,]*[kкmм]?$',
  ].join('|'),
  'iu',
);

/** Section labels of news sites, as they stand alone above or below an article. */
export const SECTION_LABELS = new Set([
  'новости',
  'все новости',
  'главное',
  'политика',
  'экономика',
  'общество',
  'в мире',
  'мир',
  'дипломатия',
  'внешняя политика',
  'официально',
  'регионы',
  'новини',
  'усі новини',
  'всі новини',
  'головне',
  'політика',
  'економіка',
  'суспільство',
  'у світі',
  'світ',
  'дипломатія',
  'зовнішня політика',
  'офіційно',
  'регіони',
  'news',
  'all news',
  'top stories',
  'politics',
  'economy',
  'business',
  'society',
  'world',
  'diplomacy',
  'foreign policy',
  'official',
  'regions',
]);

/** "По материалам: iz.ru", "Source: Reuters": a credit line, not the article. */
export const SOURCE_CREDIT =
  /^\(?((по материалам|источник|за матеріалами|джерело|source|sources|with materials from)\s*:|(reporting|writing|editing|additional reporting) by )/iu;

/** Tokens a date or time line may hold besides numbers. */
const MONTH =
  /^(янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*$/iu;
const WEEKDAY =
  /^(пн|вт|ср|чт|пт|сб|вс|нд|понед|вторн|сред|четв|пятн|суббот|воскрес|понеділ|вівтор|серед|четвер|п['’]ятниц|субот|неділ|mon|tue|wed|thu|fri|sat|sun)\p{L}*$/iu;
const DATE_FILLER = new Set([
  'г',
  'р',
  'года',
  'году',
  'року',
  'о',
  'об',
  'в',
  'во',
  'at',
  'on',
  'am',
  'pm',
  'utc',
  'gmt',
  'мск',
  'опубликовано',
  'опубліковано',
  'обновлено',
  'оновлено',
  'published',
  'updated',
  'posted',
  'дата',
  'публикации',
  'публікації',
  'сегодня',
  'вчера',
  'сьогодні',
  'вчора',
  'today',
  'yesterday',
]);

/** A line made only of a date and/or a time ("03 Март 2025", "15:29", "Опубліковано 21 лютого 2025 року о 20:25"). */
export function isDateTimeLine(content: string): boolean {
  const tokens = content
    .toLowerCase()
    .split(/[\s,./:|()\-–—]+/u)
    .filter(Boolean);
  if (tokens.length === 0 || !tokens.some((token) => /^\d/u.test(token))) return false;
  return tokens.every(
    (token) =>
      /^\d{1,4}(-?(го|е|є|th|st|nd|rd))?$/u.test(token) ||
      MONTH.test(token) ||
      WEEKDAY.test(token) ||
      DATE_FILLER.has(token),
  );
}
