import { describe, expect, it } from 'vitest';
import { cpuSecondsFromTimeOutput, peakRssFromTimeOutput } from './processes';

describe('peakRssFromTimeOutput', () => {
  it('reads the peak resident set from GNU time -v, in MB', () => {
    const output = 'Wrote graph\n\tCommand being timed: "tsx x"\n\tMaximum resident set size (kbytes): 524288\n';
    expect(peakRssFromTimeOutput(output)).toBe(512);
  });

  it('gives undefined when the line is absent', () => {
    expect(peakRssFromTimeOutput('no timing here')).toBeUndefined();
  });
});

describe('cpuSecondsFromTimeOutput', () => {
  it('adds user and system time', () => {
    expect(cpuSecondsFromTimeOutput('\tUser time (seconds): 12.50\n\tSystem time (seconds): 0.75\n')).toBe(13.25);
    expect(cpuSecondsFromTimeOutput('User time (seconds): 1.0')).toBeUndefined();
  });
});
