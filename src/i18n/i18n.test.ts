import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { es } from './es.js';
import { format, formatDate, localeFromAcceptLanguage } from './index.js';

function leaves(obj: unknown, prefix = ''): [string, string][] {
  if (typeof obj === 'string') {
    return [[prefix, obj]];
  }
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('translations', () => {
  const english = new Map(leaves(en));
  const spanish = new Map(leaves(es));

  it('Spanish has exactly the English keys, none empty', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of spanish) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('Spanish keeps the same {placeholders} as English', () => {
    for (const [key, value] of english) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(spanish.get(key) ?? ''), key).toEqual(names(value));
    }
  });

  it('sentences are translated, not copied from English', () => {
    const same = [...english].filter(
      ([key, value]) => value.split(' ').length > 3 && spanish.get(key) === value,
    );
    expect(same).toEqual([]);
  });
});

describe('language helpers', () => {
  it.each([
    [undefined, 'en'],
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['fr-FR,es;q=0.5', 'es'],
    ['de,fr', 'en'],
    ['es;q=0', 'en'],
  ] as const)('Accept-Language %s picks %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(format('Wait {minutes} minutes, {name}', { minutes: 5 })).toBe('Wait 5 minutes, {name}');
  });

  it('formats a calendar date the same in every time zone', () => {
    expect(formatDate('en', '2015-03-27')).toBe('March 27, 2015');
    expect(formatDate('es', '2015-03-27')).toBe('27 de marzo de 2015');
  });

  it('shows a timestamp as the date it was in Alabama', () => {
    // 03:00 UTC on March 1 is still February 28 in Central time.
    expect(formatDate('en', '2026-03-01T03:00:00.000Z')).toBe('February 28, 2026');
  });
});
