import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { checkPdf, squash } from '../../test/pdf-check.js';
import { checklistFor, PHASE_NAMES } from '../domain/guide/index.js';
import { renderChecklistPdf } from './checklist-pdf.js';

// The checklist PDF as the per-case meeting pages print it: the case's details, ticks and the
// parent's own items (the blank checklist is checked through /guide in test/http/guide.test.ts).

const CREATED = new Date('2026-11-28T12:00:00Z');

/** The alternate texts of every `Lbl` element in the structure tree. */
async function labelAlts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const alts: string[] = [];
  const walk = (node: unknown): void => {
    const { role, alt, children } = node as { role?: string; alt?: string; children?: unknown[] };
    if (role === 'Lbl') {
      alts.push(alt ?? '');
    }
    for (const child of children ?? []) {
      walk(child);
    }
  };
  for (let n = 1; n <= pdf.numPages; n++) {
    walk(await (await pdf.getPage(n)).getStructTree());
  }
  await pdf.destroy();
  return alts;
}

describe('a filled-in meeting checklist PDF', () => {
  it('prints the case, the ticks (heard as "Done") and the parent’s own items in their phase', async () => {
    const items = checklistFor('annual_iep');
    const pdf = await renderChecklistPdf(items, {
      language: 'en',
      title: 'Checklist: Yearly IEP meeting',
      caseDetails: {
        childName: 'Maya Johnson',
        school: 'Oak Park Elementary',
        district: 'Mobile County Public Schools',
        meetingDate: '2027-01-15',
        extra: [{ label: 'Where', value: 'Room 12' }],
      },
      ticked: new Set(['before.records_request', 'own-bus', 'retired.item']),
      customItems: [
        { id: 'own-bus', phase: 'before', text: 'Ask Ms. Lee about the bus' },
        { id: 'own-after', phase: 'after', text: 'Thank the speech therapist' },
        // A custom item may not reuse a built-in id: it is dropped.
        { id: 'before.list_services', phase: 'during', text: 'Duplicate id' },
      ],
      createdAt: CREATED,
    });
    const report = await checkPdf(pdf);
    const text = squash(report.text);
    expect(report.marked).toBe(true);
    expect(report.language).toBe('en-US');
    expect(report.title).toBe('Checklist: Yearly IEP meeting');
    for (const line of [
      'Child: Maya Johnson',
      'School: Oak Park Elementary',
      'School district: Mobile County Public Schools',
      'Meeting date: January 15, 2027',
      'Where: Room 12',
      `2 of ${items.length + 2} done.`,
    ]) {
      expect(text).toContain(squash(line));
    }
    // Two ticks, each a Lbl whose alternate text says "Done"; the retired id ticks nothing.
    expect(await labelAlts(pdf)).toEqual(['Done', 'Done']);
    expect(text).not.toContain('Duplicateid');
    // The parent's items come after the built-in items of their phase, before the next phase.
    const lastBefore = squash(items.filter((i) => i.phase === 'before').at(-1)?.text.en ?? '');
    const bus = text.indexOf(squash('Ask Ms. Lee about the bus'));
    expect(bus).toBeGreaterThan(text.indexOf(lastBefore));
    expect(bus).toBeLessThan(text.indexOf(squash(PHASE_NAMES.during.en)));
    expect(text.indexOf(squash('Thank the speech therapist'))).toBeGreaterThan(
      text.indexOf(squash(PHASE_NAMES.after.en)),
    );
  });

  it('writes Spanish dates and labels, and blank lines when there is no case', async () => {
    const items = checklistFor('section_504_meeting');
    const filled = await checkPdf(
      await renderChecklistPdf(items, {
        language: 'es',
        title: 'Lista de verificación: Reunión del plan 504',
        caseDetails: { childName: 'Ana Pérez', meetingDate: '2027-03-05' },
        createdAt: CREATED,
      }),
    );
    expect(filled.language).toBe('es-US');
    expect(squash(filled.text)).toContain(squash('Fecha de la reunión: 5 de marzo de 2027'));
    expect(squash(filled.text)).toContain(squash('Niño o niña: Ana Pérez'));

    const blank = await checkPdf(
      await renderChecklistPdf(items, { language: 'es', title: 'Lista', createdAt: CREATED }),
    );
    expect(squash(blank.text)).toContain(squash('Niño o niña:'));
    expect(squash(blank.text)).not.toContain('hechos.');
    expect(blank.structRoles).not.toContain('Lbl');
  });

  it('keeps characters the font lacks out of the text layer', async () => {
    const report = await checkPdf(
      await renderChecklistPdf(checklistFor('mediation_session'), {
        language: 'en',
        title: 'Checklist 🙂',
        customItems: [{ id: 'own-1', phase: 'before', text: 'Bring snacks 🍎' }],
        createdAt: CREATED,
      }),
    );
    expect(report.text).not.toContain('🍎');
    expect(report.text).toContain('Bring snacks');
  });

  it('renders the same bytes for the same input', async () => {
    const render = () =>
      renderChecklistPdf(checklistFor('resolution_meeting'), {
        language: 'en',
        title: 'Checklist: Resolution meeting',
        createdAt: CREATED,
      });
    expect(Buffer.from(await render()).equals(Buffer.from(await render()))).toBe(true);
  });
});
