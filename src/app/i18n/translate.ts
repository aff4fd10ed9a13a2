import { en, type MessageKey, type Messages } from './messages-en';
import { ru } from './messages-ru';
import { uk } from './messages-uk';
import type { UiLanguage } from './languages';

const DICTIONARIES: Record<UiLanguage, Messages> = { en, ru, uk };

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A translate function for one language; `{name}` placeholders are filled from params. */
export function translator(language: UiLanguage): Translate {
  const messages = DICTIONARIES[language];
  return (key, params) => {
    const template = messages[key] ?? en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** Message keys built from data (edge types, meeting kinds) may not exist; this says so. */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
