import { describe, expect, it } from 'vitest';
import { peakRssFromTimeOutput } from './processes';

describe('peakRssFromTimeOutput', () => {
  it('reads the peak resident set from GNU time -v, in MB', () => {
    const output = 'Wrote graph\n\tCommand being timed: "tsx x"\n\tMaximum resident set size (kbytes): 524288\n';
    expect(peakRssFromTimeOutput(output)).toBe(512);
  });

  it('gives undefined when the line is absent', () => {
    expect(peakRssFromTimeOutput('no timing here')).toBeUndefined();
  });
});
