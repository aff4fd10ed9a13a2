import { describe, expect, it } from 'vitest';
import { meetingHistogram } from './histogram';
import { binsToRange, rangeToBins } from './range-bins';

const { bins, binSize } = meetingHistogram(['2021-04', '2021-05-22', '2021-12-01']);

describe('rangeToBins and binsToRange', () => {
  it('places a range on the bar and reads it back at month precision', () => {
    expect(rangeToBins(bins, '2021-05-10', '2021-06')).toEqual([1, 2]);
    expect(binsToRange(bins, binSize, 1, 2)).toEqual({ from: '2021-05', to: '2021-06' });
  });
  it('leaves ends at the edges open, and clamps ranges beyond the data', () => {
    expect(rangeToBins(bins, null, null)).toEqual([0, bins.length - 1]);
    expect(rangeToBins(bins, '1990', '2030')).toEqual([0, bins.length - 1]);
    expect(binsToRange(bins, binSize, 0, bins.length - 1)).toEqual({ from: null, to: null });
  });
});
