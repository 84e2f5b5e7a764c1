import { describe, expect, it } from 'vitest';
import { buildLetter } from './build-letter.js';
import { SAMPLE_CORE, SAMPLE_LETTERS } from './letter-fixtures.js';
import type { LetterBlock, LetterModel } from './letter-model.js';
import { cleanText } from './letter-text.js';
import { LETTER_KINDS } from './letter-types.js';

const TODAY = '2026-11-28';

function build(
  options: Partial<Parameters<typeof buildLetter>[2]> = {},
  data = SAMPLE_CORE,
): LetterModel {
  const result = buildLetter('state_complaint', data, { language: 'en', today: TODAY, ...options });
  if (!result.ok) {
    throw new Error(`not built: ${JSON.stringify(result)}`);
  }
  return result.letter;
}

function textOf(block: LetterBlock | undefined): string {
  if (!block) {
    return '';
  }
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((i) => i.text).join('\n');
    case 'fields':
      return block.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
  }
}

function find(letter: LetterModel, id: string): LetterBlock | undefined {
  return letter.body.find((b) => b.id === id);
}

describe('buildLetter', () => {
  it.each(LETTER_KINDS)(
    'builds a %s in English and Spanish with every required element placed',
    (kind) => {
      for (const language of ['en', 'es'] as const) {
        const result = buildLetter(kind, SAMPLE_LETTERS[kind] as never, { language, today: TODAY });
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.letter.language).toBe(language);
          expect(result.letter.signature.typed).toBe('/s/ María José Núñez');
          expect(result.letter.to.length).toBeGreaterThan(0);
        }
      }
    },
  );

  it('refuses a state complaint without a proposed resolution, with the element id (34 CFR 300.153(b)(4)(v))', () => {
    const result = buildLetter(
      'state_complaint',
      { ...SAMPLE_CORE, proposedResolution: ' ' },
      { language: 'en', today: TODAY },
    );
    expect(result).toMatchObject({ ok: false, missing: ['proposed_resolution'], problems: [] });
  });

  it('sends a state complaint to the State Superintendent, Attn: Special Education Services, with a copy to the district (Ala. Admin. Code r. 290-8-9-.08; 34 CFR 300.153(d))', () => {
    const letter = build();
    expect(letter.to[0]).toEqual({
      name: 'State Superintendent of Education',
      lines: [
        'Attn: Special Education Services',
        'Alabama State Department of Education',
        'P.O. Box 302101',
        'Montgomery, AL 36130-2101',
      ],
      verified: true,
    });
    expect(letter.copies[0]?.lines[0]).toBe('Montgomery Public Schools');
    expect(textOf(find(letter, 'district-copy'))).toContain('at the same time (34 CFR 300.153(d))');
  });

  it('sends a due process complaint to the district with a copy to ALSDE and notes stay-put (34 CFR 300.508(a), 300.518(a))', () => {
    const result = buildLetter('due_process_complaint', SAMPLE_LETTERS.due_process_complaint, {
      language: 'en',
      today: TODAY,
    });
    if (!result.ok) {
      throw new Error('not built');
    }
    expect(result.letter.copies[0]?.lines).toContain('P.O. Box 302101');
    expect(textOf(result.letter.body.find((b) => b.id === 'stay-put'))).toContain('300.518(a)');
  });

  it('marks the mediation addressee at ALSDE unverified (how ALSDE takes requests was not read)', () => {
    const result = buildLetter('mediation_request', SAMPLE_LETTERS.mediation_request, {
      language: 'en',
      today: TODAY,
    });
    expect(result.ok && result.letter.to[0]?.verified).toBe(false);
  });

  it('lists the seven contents of prior written notice (34 CFR 300.503(b))', () => {
    const result = buildLetter('pwn_request', SAMPLE_LETTERS.pwn_request, {
      language: 'es',
      today: TODAY,
    });
    const contents = result.ok ? result.letter.body.find((b) => b.id === 'contents') : undefined;
    expect(contents?.type === 'list' && contents.items.length).toBe(7);
  });
});

describe('buildLetter: languages', () => {
  it('the Spanish mirror is marked "for your reference, send the English version"', () => {
    const letter = build({ language: 'es', mirror: true });
    expect(letter.mirror).toBe(true);
    expect(letter.lang).toBe('es-US');
    expect(letter.notices[0]).toContain('Envíe a la escuela la versión en inglés');
    expect(letter.subject).toMatch(/^Queja estatal/);
    expect(letter.date).toBe('20 de noviembre de 2026');
  });

  it("the mirror keeps the parent's own words as written", () => {
    const letter = build({ language: 'es', mirror: true });
    expect(textOf(find(letter, 'problem-1-description'))).toBe(
      SAMPLE_CORE.concerns[0]?.description,
    );
  });

  it('a fully Spanish letter (for sending) has no mirror notice', () => {
    const letter = build({ language: 'es' });
    expect(letter.mirror).toBe(false);
    expect(letter.notices).toEqual([]);
  });

  it('mirror is ignored for English', () => {
    expect(build({ language: 'en', mirror: true }).mirror).toBe(false);
  });

  it('asks for a Spanish interpreter by the language name in each letter language', () => {
    expect(textOf(find(build(), 'interpreter'))).toContain('interpreter for Spanish');
    expect(textOf(find(build({ language: 'es' }), 'interpreter'))).toContain(
      'intérprete de español',
    );
  });
});

describe('buildLetter: paragraph overrides', () => {
  it('replaces a paragraph by its id and marks it edited', () => {
    const letter = build({ overrides: { decision: 'Please decide quickly.' } });
    expect(find(letter, 'decision')).toMatchObject({
      text: 'Please decide quickly.',
      edited: true,
    });
  });

  it('replaces a list item, the subject and the salutation', () => {
    const result = buildLetter('records_request', SAMPLE_LETTERS.records_request, {
      language: 'en',
      today: TODAY,
      overrides: { 'records-1': 'My whole file', subject: 'Records', salutation: 'Hello:' },
    });
    if (!result.ok) {
      throw new Error('not built');
    }
    const records = result.letter.body.find((b) => b.id === 'records');
    expect(records?.type === 'list' && records.items[0]).toEqual({
      id: 'records-1',
      text: 'My whole file',
      edited: true,
    });
    expect(result.letter.subject).toBe('Records');
    expect(result.letter.salutation).toBe('Hello:');
    expect(result.unusedOverrides).toEqual([]);
  });

  it('reports override ids that match nothing', () => {
    const result = buildLetter('state_complaint', SAMPLE_CORE, {
      language: 'en',
      today: TODAY,
      overrides: { nope: 'x' },
    });
    expect(result.ok && result.unusedOverrides).toEqual(['nope']);
  });

  it('emptying the proposed-resolution paragraph makes the element missing (34 CFR 300.153(b)(4)(v))', () => {
    const result = buildLetter('state_complaint', SAMPLE_CORE, {
      language: 'en',
      today: TODAY,
      overrides: { resolution: '   ' },
    });
    expect(result).toMatchObject({ ok: false, missing: ['proposed_resolution'] });
  });

  it('emptying a paragraph without required elements just removes it', () => {
    const letter = build({ overrides: { receipt: '' } });
    expect(find(letter, 'receipt')).toBeUndefined();
  });
});

describe('buildLetter: drafts', () => {
  it('a draft shows missing elements as placeholders and says what is missing', () => {
    const letter = build({ draft: true }, { ...SAMPLE_CORE, proposedResolution: '' });
    expect(letter.draft).toBe(true);
    expect(letter.missing).toEqual(['proposed_resolution']);
    expect(textOf(find(letter, 'resolution'))).toContain(
      '[What you want the school to do to fix it]',
    );
    expect(letter.notices[0]).toMatch(/^DRAFT/);
  });
});

describe('buildLetter: hostile text', () => {
  it('keeps HTML in names as plain text (renderers escape it)', () => {
    const data = {
      ...SAMPLE_CORE,
      child: { ...SAMPLE_CORE.child, name: '<script>alert(1)</script>' },
    };
    expect(build({}, data).title).toBe('State complaint: <script>alert(1)</script>');
  });

  it('drops direction overrides, marks and control characters; keeps emoji and accents', () => {
    expect(cleanText('Ana\u202Eetxt\u200F \u0007López 😀\r\n')).toBe('Anaetxt López 😀');
  });

  it('replaces broken surrogate pairs', () => {
    expect(cleanText('a\uD800b')).toBe('a\uFFFDb');
  });

  it('builds a letter with a 100 KB paragraph', () => {
    const data = {
      ...SAMPLE_CORE,
      concerns: [{ description: 'x', facts: 'word '.repeat(20_000) }],
    };
    expect(textOf(find(build({}, data), 'problem-1-facts')).length).toBeGreaterThan(99_000);
  });

  it('refuses an oversized override with a clear problem', () => {
    const result = buildLetter('state_complaint', SAMPLE_CORE, {
      language: 'en',
      today: TODAY,
      overrides: { intro: 'x'.repeat(300_000) },
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ field: 'overrides.intro', code: 'too_long' }],
    });
  });

  it('does not crash on input missing whole objects (reported as missing elements)', () => {
    const result = buildLetter('state_complaint', {} as never, { language: 'en', today: TODAY });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.missing).toContain('child_name');
  });
});
