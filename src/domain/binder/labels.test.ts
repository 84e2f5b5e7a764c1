import { describe, expect, it } from 'vitest';
import { exhibitLabel, letterLabel } from './labels.js';

describe('exhibit labels', () => {
  it.each([
    [0, 'P-1'],
    [1, 'P-2'],
    [99, 'P-100'],
  ])('the exhibit at index %i is %s in the P-number style', (index, label) => {
    expect(exhibitLabel(index, 'p_number')).toBe(label);
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('the exhibit at index %i is %s in the letter style, past Z without gaps', (index, label) => {
    expect(exhibitLabel(index, 'letter')).toBe(label);
  });

  it('gives 1,000 letter labels that are all different and never skip a combination', () => {
    const labels = Array.from({ length: 1000 }, (_, i) => letterLabel(i + 1));
    expect(new Set(labels).size).toBe(1000);
    // Every one- and two-letter label comes before any three-letter label.
    expect(labels.slice(0, 702).every((l) => l.length <= 2)).toBe(true);
    expect(labels[702]).toBe('AAA');
  });

  it('refuses a position below 1', () => {
    expect(() => letterLabel(0)).toThrow(RangeError);
    expect(() => exhibitLabel(-1, 'p_number')).toThrow(RangeError);
  });
});
