import { describe, expect, it } from 'vitest';
import { shareButtons } from './rules';
import { isDateTimeLine } from './vocabulary';

describe('isDateTimeLine', () => {
  it.each([
    '03 Март 2025',
    '15:29',
    'Авг 17, 2024 / 20:34',
    'Опубліковано 21 лютого 2025 року о 20:25',
    '12 March 2025, 09:40',
    'Сегодня, 14:05',
    'Пт, 4 апреля 2025 г.',
    'Published on March 4, 2025 at 10:15 am',
  ])('reads "%s" as a dateline', (line) => expect(isDateTimeLine(line)).toBe(true));

  it.each(['3 марта Али Асадов встретился с Олжасом Бектеновым', 'Март', 'Сегодня', 'COP29', 'Статья 5'])(
    'does not read "%s" as a dateline',
    (line) => expect(isDateTimeLine(line)).toBe(false),
  );
});

describe('shareButtons', () => {
  it('counts the buttons of a line made only of them, and gives 0 when anything else is on it', () => {
    expect(shareButtons('Share: Facebook | X | Telegram')).toBe(4);
    expect(shareButtons('Поделиться ВКонтакте Одноклассники')).toBe(3);
    expect(shareButtons('Copy link')).toBe(1);
    expect(shareButtons('Telegram channel of the ministry')).toBe(0);
  });
});
