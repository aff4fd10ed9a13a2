import { describe, expect, it } from 'vitest';
import { nameKey } from '../names/name-key';
import { loadCatalogue } from './load-catalogue';
import { resolveName } from './resolve-name';

const catalogue = loadCatalogue('data/curated');

describe('resolveName', () => {
  it('answers which node a declined name, a state form or an acronym is', () => {
    expect(resolveName(catalogue, 'Саміром Шаріфовим', 'uk')).toBe('person:samir-sharifov');
    expect(resolveName(catalogue, 'Самира Шарифова', 'ru')).toBe('person:samir-sharifov');
    expect(resolveName(catalogue, 'И.Г.Алиева', 'ru')).toBe('person:ilham-aliyev');
    expect(resolveName(catalogue, 'Kassym-Jomart Tokayev', 'en')).toBe('person:kassym-jomart-tokayev');
    expect(resolveName(catalogue, 'Азербайджанской Республики', 'ru')).toBe('state:azerbaijan');
    expect(resolveName(catalogue, 'СНД', 'uk')).toBe('organization:cis');
  });

  it('says nothing for a phrase that is not one known node', () => {
    expect(resolveName(catalogue, 'Маргус Цахкна', 'ru')).toBeUndefined();
    expect(resolveName(catalogue, 'Ильхам Алиев и Путин', 'ru')).toBeUndefined();
    expect(resolveName(catalogue, '   ', 'ru')).toBeUndefined();
  });
});

describe('nameKey', () => {
  it('folds case, alphabet and look-alike letters', () => {
    expect(nameKey('Xикмет Гаджиев')).toBe(nameKey('ХІКМЕТ ГАДЖІЄВ'));
    expect(nameKey('Péter Szijjártó')).toBe('peter szijarto');
  });
});
