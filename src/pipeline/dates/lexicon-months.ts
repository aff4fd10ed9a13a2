/**
 * Month names of Russian, Ukrainian and English, in the case forms news text uses, by month number.
 * "full" forms may stand alone after a preposition ("в феврале"); "short" forms (abbreviations)
 * count only next to a day or a year ("Feb. 20", "Авг 17, 2024"). Instrumental forms are left out:
 * dates rarely use them, and Ukrainian «лютим» is more often the adjective "fierce".
 */

export interface MonthForms {
  full: string[];
  short: string[];
}

export const MONTH_FORMS: Record<number, MonthForms> = {
  1: {
    full: ['январь', 'января', 'январе', 'січень', 'січня', 'січні', 'January'],
    short: ['янв.', 'янв', 'січ.', 'Jan.', 'Jan'],
  },
  2: {
    full: ['февраль', 'февраля', 'феврале', 'лютий', 'лютого', 'лютому', 'February'],
    short: ['февр.', 'фев.', 'фев', 'лют.', 'Feb.', 'Feb'],
  },
  3: {
    full: ['март', 'марта', 'марте', 'березень', 'березня', 'березні', 'March'],
    short: ['мар.', 'бер.', 'Mar.', 'Mar'],
  },
  4: {
    full: ['апрель', 'апреля', 'апреле', 'квітень', 'квітня', 'квітні', 'April'],
    short: ['апр.', 'апр', 'квіт.', 'Apr.', 'Apr'],
  },
  5: {
    full: ['май', 'мая', 'мае', 'травень', 'травня', 'травні', 'May'],
    short: ['трав.'],
  },
  6: {
    full: ['июнь', 'июня', 'июне', 'червень', 'червня', 'червні', 'June'],
    short: ['июн.', 'черв.', 'Jun.', 'Jun'],
  },
  7: {
    full: ['июль', 'июля', 'июле', 'липень', 'липня', 'липні', 'July'],
    short: ['июл.', 'лип.', 'Jul.', 'Jul'],
  },
  8: {
    full: ['август', 'августа', 'августе', 'серпень', 'серпня', 'серпні', 'August'],
    short: ['авг.', 'авг', 'серп.', 'Aug.', 'Aug'],
  },
  9: {
    full: ['сентябрь', 'сентября', 'сентябре', 'вересень', 'вересня', 'вересні', 'September'],
    short: ['сент.', 'сен.', 'вер.', 'Sept.', 'Sept', 'Sep.', 'Sep'],
  },
  10: {
    full: ['октябрь', 'октября', 'октябре', 'жовтень', 'жовтня', 'жовтні', 'October'],
    short: ['окт.', 'окт', 'жовт.', 'Oct.', 'Oct'],
  },
  11: {
    full: ['ноябрь', 'ноября', 'ноябре', 'листопад', 'листопада', 'листопаді', 'November'],
    short: ['нояб.', 'ноя.', 'лист.', 'Nov.', 'Nov'],
  },
  12: {
    full: ['декабрь', 'декабря', 'декабре', 'грудень', 'грудня', 'грудні', 'December'],
    short: ['дек.', 'дек', 'груд.', 'Dec.', 'Dec'],
  },
};
