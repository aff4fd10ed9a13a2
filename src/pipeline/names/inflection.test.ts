import { describe, expect, it } from 'vitest';
import { foldWord } from '../text/fold';
import { lemmaCandidates } from './inflection';

const lemmas = (word: string) => lemmaCandidates(foldWord(word));

describe('lemmaCandidates', () => {
  it('undoes Russian and Ukrainian case endings of names', () => {
    expect(lemmas('Шарифовым')).toContain(foldWord('Шарифов'));
    expect(lemmas('Шаріфовим')).toContain(foldWord('Шарифов'));
    expect(lemmas('Самиром')).toContain(foldWord('Самир'));
    expect(lemmas('Віталієм')).toContain(foldWord('Виталий'));
    expect(lemmas('Касым-Жомарта')).toContain(foldWord('Касым-Жомарт'));
    expect(lemmas('Цахкной')).toContain(foldWord('Цахкна'));
    expect(lemmas('Міщенкові')).toContain(foldWord('Міщенко'));
  });

  it('brings back a fleeting vowel in the nominative of a noun', () => {
    expect(lemmas('Египта')).toContain(foldWord('Египет'));
    expect(lemmas('Єгипту')).toContain(foldWord('Єгипет'));
    expect(lemmas('Египтом')).toContain(foldWord('Египет'));
    expect(lemmas('Павла')).toContain(foldWord('Павел'));
    // Only where two consonants end the stem: «Байрамова» gives no «Байрамев».
    expect(lemmas('Байрамова')).not.toContain(foldWord('Байрамев'));
  });

  it('undoes oblique plural endings of state names', () => {
    expect(lemmas('Нідерландів')).toContain(foldWord('Нідерланди'));
    expect(lemmas('Нидерландов')).toContain(foldWord('Нидерланды'));
    expect(lemmas('Філіппінам')).toContain(foldWord('Філіппіни'));
    expect(lemmas('Нидерландах')).toContain(foldWord('Нидерланды'));
  });

  it('keeps the word itself first and leaves Latin words alone', () => {
    expect(lemmas('Лукашенко')[0]).toBe(foldWord('Лукашенко'));
    expect(lemmas('Aliyev')).toEqual(['aliyev']);
  });
});
