import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkPdf, docxText, squash } from '../../test/pdf-check.js';
import {
  buildLetter,
  LETTER_DEFINITIONS,
  LETTER_KINDS,
  type LetterBlock,
  type LetterKind,
  type LetterModel,
} from '../domain/letters/index.js';
import { SAMPLE_CORE, SAMPLE_LETTERS } from '../domain/letters/letter-fixtures.js';
import { renderLetterDocx } from './letter-docx.js';
import { escapeHtml, renderLetterHtml } from './letter-html.js';
import { renderLetterPdf } from './letter-pdf.js';

const TODAY = '2026-11-28';

function letterOf(
  kind: LetterKind,
  language: 'en' | 'es',
  data: unknown = SAMPLE_LETTERS[kind],
): LetterModel {
  const result = buildLetter(kind, data as never, {
    language,
    today: TODAY,
    mirror: language === 'es',
  });
  if (!result.ok) {
    throw new Error(`not built: ${JSON.stringify(result)}`);
  }
  return result.letter;
}

/** The text of the blocks that carry a kind's required elements (plus the signature). */
function requiredTexts(letter: LetterModel): string[] {
  const ids = new Set(
    LETTER_DEFINITIONS[letter.kind].elements.filter((r) => r.level === 'required').map((r) => r.id),
  );
  const texts: string[] = [];
  const visit = (block: LetterBlock): void => {
    if (!block.elements?.some((e) => ids.has(e))) {
      return;
    }
    if (block.type === 'paragraph' || block.type === 'heading') {
      texts.push(block.text);
    } else if (block.type === 'list') {
      texts.push(...block.items.map((i) => i.text));
    } else {
      texts.push(...block.rows.map((r) => r.value));
    }
  };
  letter.body.forEach(visit);
  texts.push(letter.signature.typed);
  return texts;
}

const combos = LETTER_KINDS.flatMap((kind) =>
  (['en', 'es'] as const).map((language) => ({ kind, language })),
);

describe('every letter kind renders in PDF, DOCX and HTML, in English and Spanish', () => {
  it.each(combos)(
    '$kind ($language): a tagged PDF with the child and every required element, a DOCX and HTML',
    async ({ kind, language }) => {
      const letter = letterOf(kind, language);
      const pdf = await checkPdf(await renderLetterPdf(letter));
      expect(pdf.marked).toBe(true);
      expect(pdf.structRoles).toContain('Document');
      expect(pdf.structRoles).toContain('H1');
      expect(pdf.structRoles).toContain('P');
      expect(pdf.title).toBe(letter.title);
      expect(pdf.language).toBe(language === 'en' ? 'en-US' : 'es-US');
      expect(pdf.pageSize).toEqual([612, 792]);
      const flat = squash(pdf.text);
      expect(flat).toContain(squash(SAMPLE_CORE.child.name));
      for (const text of requiredTexts(letter)) {
        expect(flat).toContain(squash(text));
      }
      expect(pdf.text).toContain(
        language === 'en' ? `Page 1 of ${pdf.pages}` : `Página 1 de ${pdf.pages}`,
      );

      const docx = docxText(await renderLetterDocx(letter));
      expect(docx.text).toContain(SAMPLE_CORE.child.name);
      expect(docx.text).toContain('/s/ María José Núñez');
      expect(docx.xml).toContain('w:w="12240"');
      expect(docx.xml).toContain('w:h="15840"');

      const html = renderLetterHtml(letter);
      expect(html).toContain(`lang="${letter.lang}"`);
      expect(html).toContain(escapeHtml(SAMPLE_CORE.child.name));
      expect(html).not.toMatch(/<[^>]*\sstyle=/);
    },
  );
});

describe('PDF', () => {
  it('a state complaint PDF reads in order: sender, date, recipient, subject, body, signature, copies', async () => {
    const letter = letterOf('state_complaint', 'en');
    const { text } = await checkPdf(await renderLetterPdf(letter));
    const order = [
      'María José Núñez',
      'November 20, 2026',
      'State Superintendent of Education',
      'Re: State complaint',
      'Problem 1',
      'To fix these problems, I propose',
      '/s/ María José Núñez',
      'Copies to:',
    ].map((needle) => text.indexOf(needle));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('the Spanish mirror PDF carries the notice and Spanish characters as text', async () => {
    const { text } = await checkPdf(await renderLetterPdf(letterOf('state_complaint', 'es')));
    expect(squash(text)).toContain(squash('Envíe a la escuela la versión en inglés'));
    expect(text).toContain('Núñez');
  });

  it('lists are tagged L / LI / Lbl / LBody', async () => {
    const { structRoles } = await checkPdf(await renderLetterPdf(letterOf('pwn_request', 'en')));
    for (const role of ['L', 'LI', 'Lbl', 'LBody', 'H2']) {
      expect(structRoles).toContain(role);
    }
  });

  it('hostile text renders safely: a 100 KB paragraph, emoji, right-to-left marks, HTML', async () => {
    const data = {
      ...SAMPLE_CORE,
      child: { ...SAMPLE_CORE.child, name: '<b>Zoë</b> \u200F😀 \u05E9\u05DC\u05D5\u05DD' },
      concerns: [{ description: 'x', facts: `${'long words here '.repeat(6_000)}END` }],
    };
    const letter = letterOf('state_complaint', 'en', data);
    const report = await checkPdf(await renderLetterPdf(letter));
    expect(report.pages).toBeGreaterThan(10);
    expect(report.text).toContain('<b>Zoë</b>');
    expect(report.text).toContain('END');
    expect(report.text).toContain('Zoë</b> \u25A1 \u25A1\u25A1\u25A1\u25A1');
    expect(report.text).not.toContain('😀');
    expect(report.text).not.toContain('\u0000');
    expect(report.text).not.toContain('\u200F');
    expect(report.structRoles.filter((r) => r === 'P').length).toBeGreaterThan(5);
  }, 60_000);
});

describe('DOCX', () => {
  it('is an editable Word file with the letter language, headings, the footer page numbers and the core title', async () => {
    const letter = letterOf('records_request', 'es');
    const bytes = await renderLetterDocx(letter);
    const { files, xml } = docxText(bytes);
    expect(files).toContain('word/styles.xml');
    expect(files).toContain('docProps/core.xml');
    const unzipped = unzipSync(bytes);
    const styles = strFromU8(unzipped['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('w:val="es-US"');
    expect(xml).toContain('Heading1');
    const footers = Object.keys(unzipped).filter((name) => name.startsWith('word/footer'));
    const footer = footers.map((name) => strFromU8(unzipped[name] ?? new Uint8Array())).join('');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(strFromU8(unzipped['docProps/core.xml'] ?? new Uint8Array())).toContain(
      'Solicitud de expedientes educativos',
    );
  });

  it('escapes HTML and keeps emoji in a DOCX', async () => {
    const data = { ...SAMPLE_CORE, child: { ...SAMPLE_CORE.child, name: '<script>x</script> 😀' } };
    const { xml, text } = docxText(await renderLetterDocx(letterOf('state_complaint', 'en', data)));
    expect(xml).not.toContain('<script>');
    expect(text).toContain('<script>x</script> 😀');
  });
});

describe('HTML', () => {
  it('escapes script in names and never emits inline style or script', () => {
    const data = {
      ...SAMPLE_CORE,
      parent: { ...SAMPLE_CORE.parent, name: '"><script>alert(1)</script>' },
      child: { ...SAMPLE_CORE.child, name: "<img src=x onerror='x'>" },
    };
    const html = renderLetterHtml(letterOf('state_complaint', 'en', data));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<[^>]*\s(style|on\w+)=/);
  });

  it('marks edited paragraphs, the mirror and unverified addressees with classes', () => {
    const result = buildLetter('mediation_request', SAMPLE_LETTERS.mediation_request, {
      language: 'es',
      today: TODAY,
      mirror: true,
      overrides: { intro: 'Texto nuevo' },
    });
    if (!result.ok) {
      throw new Error('not built');
    }
    const html = renderLetterHtml(result.letter);
    expect(html).toContain('class="letter letter-mirror"');
    expect(html).toContain('letter-paragraph letter-edited" data-paragraph-id="intro">Texto nuevo');
    expect(html).toContain('letter-to letter-unverified');
    expect(html).toContain('role="note"');
  });
});
