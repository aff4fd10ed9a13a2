/**
 * English labels for people first seen in Cyrillic text. cyrillic-to-translit-js is used because it has
 * a Ukrainian preset that follows Ukraine's official romanization (Шмигаль → Shmyhal, Міщенко →
 * Mishchenko), which is how Ukrainian officials' names are spelled in English; its Russian preset
 * gives the usual news spelling (Галузин → Galuzin, Цахкна → Tsakhkna). The general-purpose
 * `transliteration` package reads Ukrainian letters the Russian way (Shmigal), so it is not used here.
 * Curated people keep their official spellings; this is only for discovered ones.
 */
import cyrillicToTranslit from 'cyrillic-to-translit-js';

const presets = { ru: cyrillicToTranslit({ preset: 'ru' }), uk: cyrillicToTranslit({ preset: 'uk' }) };

/** Ukrainian letters respelled the Russian way, for foreign names in Ukrainian text. */
const UK_TO_RU: Record<string, string> = { і: 'и', І: 'И', ї: 'йи', Ї: 'Йи', є: 'е', Є: 'Е', и: 'ы', ґ: 'г', Ґ: 'Г' };

function respellUkrainian(name: string): string {
  return name
    .replace(/(^|[\s-])Е/g, '$1Э')
    .replace(/[іІїЇєЄиґҐ]/g, (letter) => UK_TO_RU[letter] ?? letter)
    .replace(/([бвгджзклмнпрстфхцчшщ])ы/gi, (_, consonant: string) => `${consonant}ы`);
}

/**
 * `ukrainian`: the person is Ukrainian (or nothing says otherwise), so Ukraine's romanization applies.
 * A foreign name in Ukrainian text ("Річард Марлз", "Маргус Цахкна") reads better the usual way
 * (Richard Marles's г is a g, not an h), so it is respelled with Russian letters first.
 */
export function transliterateName(name: string, language: string, ukrainian = true): string {
  if (!/[\u0400-\u04ff]/.test(name)) return name;
  const first =
    language === 'uk' && ukrainian
      ? presets.uk.transform(name)
      : presets.ru.transform(language === 'uk' ? respellUkrainian(name) : name);
  // A letter one alphabet lacks (Ukrainian «Є» quoted in a Russian text, Russian «ы» in a Ukrainian
  // one) is left as it was by its preset: the other preset reads what is left, so no label keeps Cyrillic.
  const latin = /[\u0400-\u04ff]/.test(first) ? (language === 'uk' ? presets.ru : presets.uk).transform(first) : first;
  // Word-initial capitals survive; strip the apostrophes some presets emit for soft signs.
  return latin
    .replace(/[ʹʼ'’]/g, '')
    .replace(/(^|[\s.-])(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}
