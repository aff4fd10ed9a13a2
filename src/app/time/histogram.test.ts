import { describe, expect, it } from 'vitest';
import { meetingHistogram } from './histogram';

describe('meetingHistogram', () => {
  it('counts meetings per month, with empty months in between, and undated apart', () => {
    const h = meetingHistogram(['2021-04', '2021-05-22', '2021-05', '2021-07-01', undefined]);
    expect(h.binSize).toBe('month');
    expect(h.undated).toBe(1);
    expect(h.bins).toEqual([
      { first: '2021-04-01', last: '2021-04-30', count: 1 },
      { first: '2021-05-01', last: '2021-05-31', count: 2 },
      { first: '2021-06-01', last: '2021-06-30', count: 0 },
      { first: '2021-07-01', last: '2021-07-31', count: 1 },
    ]);
  });

  it('uses years when the data spans more than ten years', () => {
    const h = meetingHistogram(['2001-03-01', '2024', '2024-12-31']);
    expect(h.binSize).toBe('year');
    expect(h.bins).toHaveLength(24);
    expect(h.bins.at(-1)).toEqual({ first: '2024-01-01', last: '2024-12-31', count: 2 });
  });

  it('is empty without dated meetings', () => {
    expect(meetingHistogram([undefined])).toEqual({ bins: [], binSize: 'month', undated: 1 });
  });
});
