import { describe, expect, it } from 'vitest';
import { shortenToWidth } from './label-fit';

// A monospace stand-in: every character 6 px wide.
const width = (text: string) => text.length * 6;

describe('shortenToWidth', () => {
  it('keeps a label that fits', () => {
    expect(shortenToWidth('Ali Asadov', 140, width)).toBe('Ali Asadov');
  });

  it('cuts a long label to the longest start that fits with its ellipsis', () => {
    const label = 'Consultations: Soradunin – Katorova';
    const short = shortenToWidth(label, 110, width);
    expect(short.endsWith('…')).toBe(true);
    expect(width(short)).toBeLessThan(110);
    expect(label.startsWith(short.slice(0, -1))).toBe(true);
    // One more character would not fit.
    expect(width(label.slice(0, short.length) + '…')).toBeGreaterThanOrEqual(110);
  });
});
