import { describe, expect, it } from 'vitest';
import { declineSurname, surnameStems } from './names';
import { declineRegularRu, declineRegularUk, stateEntries } from './states';

describe('surname declension', () => {
  const stem = surnameStems()[0]!;
  it('declines -ов surnames by gender and case in Russian and Ukrainian', () => {
    const male = declineSurname(stem, 'ov', 'male');
    expect([male.ru.nom, male.ru.gen, male.ru.ins]).toEqual([`${stem.ru}ов`, `${stem.ru}ова`, `${stem.ru}овым`]);
    expect(male.uk.ins).toBe(`${stem.uk}овим`);
    const female = declineSurname(stem, 'ov', 'female');
    expect([female.ru.nom, female.ru.acc, female.ru.ins]).toEqual([`${stem.ru}ова`, `${stem.ru}ову`, `${stem.ru}овой`]);
    expect(female.uk.gen).toBe(`${stem.uk}ової`);
  });

  it('writes -ін in Ukrainian where Russian has -ин, and leaves -енко undeclined', () => {
    expect(declineSurname(stem, 'in', 'male').uk.ins).toBe(`${stem.uk}іним`);
    expect(declineSurname(stem, 'in', 'male').ru.ins).toBe(`${stem.ru}иным`);
    expect(new Set(Object.values(declineSurname(stem, 'enko', 'male').ru)).size).toBe(1);
  });
});

describe('states', () => {
  it('declines regular names in -ия/-ія and in a consonant', () => {
    expect(declineRegularRu('Валдория')).toMatchObject({ gen: 'Валдории', acc: 'Валдорию', loc: 'Валдории' });
    expect(declineRegularUk('Валдорія')).toMatchObject({ gen: 'Валдорії', acc: 'Валдорію', loc: 'Валдорії' });
    expect(declineRegularRu('Оман')).toMatchObject({ gen: 'Омана', loc: 'Омане' });
    expect(declineRegularUk('Оман')).toMatchObject({ gen: 'Оману', loc: 'Омані' });
  });

  it('gives 200 distinct states, the real ones first', () => {
    const states = stateEntries(200);
    expect(states).toHaveLength(200);
    expect(new Set(states.map((state) => state.slug)).size).toBe(200);
    expect(states[0]!.en).toBe('Azerbaijan');
    expect(states.filter((state) => state.iso !== undefined).length).toBeGreaterThan(60);
  });
});
