import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLetter,
  type ElementId,
  LETTER_DEFINITIONS,
  LETTER_KINDS,
  type LetterBlock,
  type LetterKind,
  type LetterModel,
} from '../../src/domain/letters/index.js';
import type { AnyLetterData } from '../../src/domain/letters/letter-elements.js';
import { SAMPLE_CORE, SAMPLE_LETTERS } from '../../src/domain/letters/letter-fixtures.js';
import { LETTERS_API_MAX_BODY_BYTES } from '../../src/web/routes/letters-api.js';
import {
  LETTER_DATA_SCHEMAS,
  LETTER_REQUEST_SCHEMAS,
  lettersRequestSchema,
} from '../../src/web/routes/letters-api.schema.js';
import { todayInAlabama } from '../../src/web/today.js';
import { createTestApp, type TestApp } from '../app.js';
import { testDialect } from '../db.js';
import { uniqueEmail } from '../factories.js';
import { checkPdf, docxText, squash } from '../pdf-check.js';

// The stateless public letters API (issue 5): no account, nothing stored. Each test posts from a
// client of its own (its own address), so the per-address rate limit never gets in the way.

type ErrorBody = {
  error: {
    code: string;
    message: string;
    missing?: string[];
    warnings?: string[];
    fields?: Record<string, string>;
  };
};

/** A letter's input as a client may send it: any field may be left out. */
type Loose<T> = T extends readonly (infer U)[]
  ? Loose<U>[]
  : T extends object
    ? { -readonly [K in keyof T]?: Loose<T[K]> }
    : T;
type Data = Loose<AnyLetterData>;

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
} as const;

const VARIANTS = [
  { language: 'en', mirror: false },
  { language: 'es', mirror: true },
  { language: 'es', mirror: false },
] as const;

function sample(kind: LetterKind): Data {
  return structuredClone(SAMPLE_LETTERS[kind]) as Data;
}

/** The letter the domain builds for the same input, to know the text each element carries. */
function modelOf(kind: LetterKind, language: 'en' | 'es', mirror: boolean): LetterModel {
  const result = buildLetter(kind, SAMPLE_LETTERS[kind], {
    language,
    mirror,
    today: todayInAlabama(),
  });
  if (!result.ok) {
    throw new Error(`sample not built: ${JSON.stringify(result)}`);
  }
  return result.letter;
}

/** The text of the blocks that carry a kind's required elements, and the typed signature. */
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

/** The sample input of `kind` with required element `id` taken out, as a parent might leave it. */
function without(kind: LetterKind, id: ElementId): Data {
  const d = sample(kind);
  switch (id) {
    case 'letter_date':
      delete d.date;
      break;
    case 'parent_name':
      d.parent = { ...d.parent, name: '' };
      break;
    case 'parent_contact':
      d.parent = { ...d.parent, address: '', phone: ' ' };
      delete d.parent.email;
      break;
    case 'signature':
      delete d.signature;
      break;
    case 'child_name':
      // Only a direction mark: nothing a reader could see.
      d.child = { ...d.child, name: ' \u200F ' };
      break;
    case 'child_address':
      d.child = { ...d.child, address: '' };
      break;
    case 'child_school':
      d.child = { ...d.child };
      delete d.child.school;
      break;
    case 'district_name':
      d.district = { ...d.district, name: '' };
      break;
    case 'violation_statement':
    case 'issues':
    case 'decisions':
      d.concerns = d.concerns?.map((c) => ({ ...c, description: '' }));
      break;
    case 'facts':
    case 'problem_description':
      d.concerns = d.concerns?.map((c) => ({ ...c, facts: '' }));
      break;
    case 'proposed_resolution':
      d.proposedResolution = '';
      break;
    case 'availability':
      delete d.availability;
      break;
    case 'pending_due_process':
      d.dueProcessPending = null;
      break;
    case 'disputed_evaluation':
      d.evaluation = { name: '', date: '2026-10-14' };
      break;
    case 'meeting_date':
      d.meeting = { ...d.meeting };
      delete d.meeting.date;
      break;
    case 'attendees':
      d.meeting = { ...d.meeting, attendees: '' };
      break;
    case 'meeting_summary':
      d.decisions = [];
      d.promises = [];
      d.refused = [];
      d.documentsOwed = [];
      d.concerns = [];
      break;
    default:
      throw new Error(`no way to remove ${id} in this test`);
  }
  return d;
}

const requiredCases = LETTER_KINDS.flatMap((kind) =>
  LETTER_DEFINITIONS[kind].elements
    .filter((rule) => rule.level === 'required')
    .map((rule) => ({
      kind,
      id: rule.id,
      basis:
        rule.citations.length > 0
          ? rule.citations.map((c) => c.cite).join('; ')
          : 'the app’s own requirement; no rule sets this letter’s content',
    })),
);

describe(`POST /api/v1/letters (${testDialect()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return t.client().request('/api/v1/letters', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async function document(body: unknown): Promise<{ res: Response; bytes: Uint8Array }> {
    const res = await post(body);
    expect(res.status, res.status === 200 ? '' : await res.clone().text()).toBe(200);
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  async function problem(body: unknown, status: number, headers: Record<string, string> = {}) {
    const res = await post(body, headers);
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return ((await res.json()) as ErrorBody).error;
  }

  describe('every kind in PDF, DOCX and HTML, in English, as a Spanish mirror and fully in Spanish', () => {
    const combos = LETTER_KINDS.flatMap((kind) =>
      VARIANTS.flatMap(({ language, mirror }) =>
        (['pdf', 'docx', 'html'] as const).map((format) => ({ kind, format, language, mirror })),
      ),
    );

    it.each(combos)(
      '$kind as $format in $language (mirror: $mirror) answers 200 with the right content type and a safe file name',
      async ({ kind, format, language, mirror }) => {
        const { res, bytes } = await document({
          kind,
          format,
          language,
          ...(mirror ? { mirror } : {}),
          data: SAMPLE_LETTERS[kind],
        });
        expect(res.headers.get('content-type')).toBe(CONTENT_TYPES[format]);
        const disposition = res.headers.get('content-disposition') ?? '';
        expect(disposition).toMatch(
          new RegExp(
            `^${format === 'html' ? 'inline' : 'attachment'}; filename="[a-z0-9-]+\\.${format}"$`,
          ),
        );
        expect(disposition).toContain('sofia-nunez');
        expect(disposition).toContain(
          language === 'en' ? '2026-11-20.' : mirror ? '-es-reference.' : '-es.',
        );
        const letter = modelOf(kind, language, mirror);
        expect(res.headers.get('content-language')).toBe(letter.lang);
        if (format === 'pdf') {
          expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
        } else if (format === 'docx') {
          expect(docxText(bytes).text).toContain(SAMPLE_CORE.child.name);
        } else {
          const html = new TextDecoder().decode(bytes);
          expect(html).toMatch(/^<!doctype html>/);
          expect(html).toContain(`<html lang="${letter.lang}">`);
          expect(html).toContain(SAMPLE_CORE.child.name);
          expect(html).not.toMatch(/<[^>]*\sstyle=/);
        }
      },
    );
  });

  describe('the PDF is tagged and carries the child and every required element', () => {
    const combos = LETTER_KINDS.flatMap((kind) =>
      VARIANTS.map(({ language, mirror }) => ({ kind, language, mirror })),
    );

    it.each(combos)(
      '$kind in $language (mirror: $mirror): marked, with structure roles, /Lang, title and the required texts',
      async ({ kind, language, mirror }) => {
        const { bytes } = await document({
          kind,
          format: 'pdf',
          language,
          mirror,
          data: SAMPLE_LETTERS[kind],
        });
        const letter = modelOf(kind, language, mirror);
        const pdf = await checkPdf(bytes);
        expect(pdf.marked).toBe(true);
        for (const role of ['Document', 'H1', 'P']) {
          expect(pdf.structRoles).toContain(role);
        }
        expect(pdf.language).toBe(language === 'en' ? 'en-US' : 'es-US');
        expect(pdf.title).toBe(letter.title);
        expect(pdf.pageSize).toEqual([612, 792]);
        const flat = squash(pdf.text);
        expect(flat).toContain(squash(SAMPLE_CORE.child.name));
        for (const text of requiredTexts(letter)) {
          expect(flat).toContain(squash(text));
        }
        const notice = squash('Envíe a la escuela la versión en inglés');
        if (mirror) {
          expect(flat).toContain(notice);
        } else {
          expect(flat).not.toContain(notice);
        }
      },
    );
  });

  describe('a letter missing a required element answers 422 missing_elements with its id', () => {
    // The citation goes into the name whole (it.each would shorten it).
    for (const { kind, id, basis } of requiredCases) {
      it(`${kind} without ${id} (${basis}) answers 422 missing_elements naming ${id}`, async () => {
        const error = await problem(
          { kind, format: 'pdf', language: 'en', data: without(kind, id) },
          422,
        );
        expect(error.code).toBe('missing_elements');
        expect(error.missing).toContain(id);
        expect(error.message).toContain(id);
        expect(Array.isArray(error.warnings)).toBe(true);
        // The field behind each missing element is named, in plain words.
        expect(Object.keys(error.fields ?? {}).every((f) => f.startsWith('data.'))).toBe(true);
        expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
      });
    }

    it('an empty state complaint lists every element 34 CFR 300.153(b) requires, with the fields in Spanish on request', async () => {
      const error = await problem(
        { kind: 'state_complaint', format: 'html', language: 'en', data: {} },
        422,
        { 'accept-language': 'es' },
      );
      expect(error.code).toBe('missing_elements');
      expect(error.missing).toEqual(
        expect.arrayContaining([
          'violation_statement',
          'facts',
          'signature',
          'parent_contact',
          'child_name',
          'child_address',
          'child_school',
          'proposed_resolution',
        ]),
      );
      expect(error.fields?.['data.child.name']).toBe('El nombre de su hijo');
    });

    it('recommended elements are warnings, not blockers: no response date still answers the letter', async () => {
      const data = sample('iee_request');
      delete data.responseBy;
      const { res } = await document({ kind: 'iee_request', format: 'html', language: 'en', data });
      expect(res.headers.get('x-letter-warnings')).toContain('response_date');
    });
  });

  describe('hostile text', () => {
    const hostile = (): Data => {
      const data = sample('state_complaint');
      data.parent = { ...data.parent, name: '"><script>alert(1)</script>' };
      data.child = { ...data.child, name: '<script>alert("x")</script> Zoë' };
      return data;
    };

    it('<script> in names is escaped in the HTML', async () => {
      const { bytes } = await document({
        kind: 'state_complaint',
        format: 'html',
        language: 'en',
        data: hostile(),
      });
      const html = new TextDecoder().decode(bytes);
      expect(html).not.toContain('<script');
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Zoë');
    });

    it('<script> in names still renders a PDF and a DOCX that carry it as plain text', async () => {
      const pdf = await document({
        kind: 'state_complaint',
        format: 'pdf',
        language: 'en',
        data: hostile(),
      });
      const report = await checkPdf(pdf.bytes);
      expect(squash(report.text)).toContain(squash('<script>alert("x")</script> Zoë'));
      const docx = await document({
        kind: 'state_complaint',
        format: 'docx',
        language: 'es',
        data: hostile(),
      });
      const { xml, text } = docxText(docx.bytes);
      expect(xml).not.toContain('<script>');
      expect(text).toContain('<script>alert("x")</script> Zoë');
    });

    it('a 100 KB paragraph (over the 64 KB default body limit) renders as a many-page PDF', async () => {
      const data = sample('due_process_complaint');
      const facts = `${'long words here '.repeat(6_400)}END`;
      expect(facts.length).toBeGreaterThan(100_000);
      data.concerns = [{ description: 'The school stopped speech therapy.', facts }];
      const { bytes } = await document({
        kind: 'due_process_complaint',
        format: 'pdf',
        language: 'en',
        data,
      });
      const report = await checkPdf(bytes);
      expect(report.pages).toBeGreaterThan(10);
      expect(report.text).toContain('END');
    }, 60_000);

    it('a paragraph over the letter’s limit answers a clear 422 naming the field', async () => {
      const data = sample('state_complaint');
      data.concerns = [{ description: 'x', facts: 'y'.repeat(250_000) }];
      const error = await problem(
        { kind: 'state_complaint', format: 'pdf', language: 'en', data },
        422,
      );
      expect(error.code).toBe('unprocessable');
      expect(error.fields?.['data.concerns[0].facts']).toBe(
        'This is too long. Use 200000 characters or fewer.',
      );
    });

    it('a letter over a million characters in all answers a clear 422', async () => {
      const data = sample('state_complaint');
      data.concerns = Array.from({ length: 6 }, () => ({
        description: 'x',
        facts: 'y'.repeat(190_000),
      }));
      const error = await problem(
        { kind: 'state_complaint', format: 'docx', language: 'en', data },
        422,
      );
      expect(error.code).toBe('unprocessable');
      expect(error.message).toContain('too large');
      expect(error.fields?.data).toBe('What you sent is too big. Make it shorter and try again.');
    });

    it.each(['pdf', 'docx', 'html'] as const)(
      'right-to-left override marks and emoji do not crash the %s',
      async (format) => {
        const data = sample('records_request');
        data.child = {
          ...data.child,
          name: 'Zoë \u202Egnp.exe\u202C 😀 \u200F\u05E9\u05DC\u05D5\u05DD',
        };
        data.concerns = [{ description: '\u2067مرحبا\u2069 🎒', facts: 'Facts 👩‍👧 \u202Dx' }];
        const { bytes } = await document({ kind: 'records_request', format, language: 'es', data });
        if (format === 'pdf') {
          const report = await checkPdf(bytes);
          expect(report.text).toContain('Zoë gnp.exe');
          expect(report.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200F]/);
        } else if (format === 'docx') {
          const { text } = docxText(bytes);
          expect(text).toContain('Zoë gnp.exe 😀');
          expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200F]/);
        } else {
          const html = new TextDecoder().decode(bytes);
          expect(html).toContain('Zoë gnp.exe 😀');
          expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200F]/);
        }
      },
    );
  });

  describe('bad requests', () => {
    const valid = { kind: 'records_request', format: 'pdf', language: 'en' } as const;

    it.each([
      ['kind', { ...valid, kind: 'love_letter' }, 'This value is not one we know.'],
      ['kind', { format: 'pdf', language: 'en', data: {} }, 'This field is required.'],
      ['format', { ...valid, format: 'rtf' }, 'This value is not one we know.'],
      ['language', { ...valid, language: 'fr' }, 'This value is not one we know.'],
      [
        'data.child.name',
        { ...valid, data: { child: { name: 42 } } },
        'This field has the wrong type.',
      ],
      [
        'data.child.nickname',
        { ...valid, data: { child: { nickname: 'Sofi' } } },
        'Unknown field.',
      ],
      ['mirror', { ...valid, mirror: 'yes' }, 'This field has the wrong type.'],
    ])('a bad %s answers 422 naming the field', async (field, body, message) => {
      const error = await problem({ data: SAMPLE_LETTERS.records_request, ...body }, 422);
      expect(error.code).toBe('unprocessable');
      expect(error.fields?.[field]).toBe(message);
    });

    it('invalid JSON and a wrong content type answer 400, as the other API routes do', async () => {
      expect((await problem('{"kind": ', 400)).code).toBe('invalid_input');
      expect((await problem('[1, 2]', 400)).code).toBe('invalid_input');
      const res = await t.client().request('/api/v1/letters', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ ...valid, data: SAMPLE_LETTERS.records_request }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_input');
    });

    it(`a body over ${LETTERS_API_MAX_BODY_BYTES} bytes answers 413 as JSON`, async () => {
      const data = sample('records_request');
      data.additionalRecords = 'z'.repeat(LETTERS_API_MAX_BODY_BYTES + 10);
      const error = await problem({ ...valid, data }, 413);
      expect(error.code).toBe('too_large');
    });

    it('needs no account and sets no cookie', async () => {
      const res = await post({ ...valid, data: SAMPLE_LETTERS.records_request });
      expect(res.status).toBe(200);
      expect(res.headers.getSetCookie()).toEqual([]);
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it('a call carrying the session cookie still needs the CSRF token, like every API call', async () => {
      const parent = t.client();
      await parent.signUp(uniqueEmail());
      const body = { ...valid, data: SAMPLE_LETTERS.records_request };
      const refused = await parent.json('POST', '/api/v1/letters', body, { csrf: false });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ErrorBody).error.code).toBe('forbidden');
      const res = await parent.json('POST', '/api/v1/letters', body);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(CONTENT_TYPES.pdf);
    });
  });

  describe('the schemas and the OpenAPI document', () => {
    it.each(LETTER_KINDS)('the %s sample passes its zod schemas', (kind) => {
      expect(LETTER_DATA_SCHEMAS[kind].safeParse(SAMPLE_LETTERS[kind]).success).toBe(true);
      const body = {
        kind,
        format: 'pdf',
        language: 'es',
        mirror: true,
        data: SAMPLE_LETTERS[kind],
      };
      expect(LETTER_REQUEST_SCHEMAS[kind].safeParse(body).success).toBe(true);
      expect(lettersRequestSchema.safeParse(body).success).toBe(true);
      // Another kind's own fields are not accepted.
      if (kind === 'mediation_request') {
        expect(lettersRequestSchema.safeParse({ ...body, kind: 'state_complaint' }).success).toBe(
          false,
        );
      }
    });

    it('lists POST /api/v1/letters with a request schema for every kind and the responses', async () => {
      const res = await t.client().get('/api/v1/openapi.json');
      expect(res.status).toBe(200);
      type Doc = {
        paths: Record<string, { post?: Record<string, unknown> }>;
        components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      };
      const doc = (await res.json()) as Doc;
      const post = doc.paths['/letters']?.post as {
        security: unknown[];
        requestBody: { content: { 'application/json': { schema: { oneOf: { $ref: string }[] } } } };
        responses: Record<string, { content?: Record<string, unknown> }>;
      };
      expect(post).toBeDefined();
      expect(post.security).toEqual([]);
      const refs = post.requestBody.content['application/json'].schema.oneOf.map((o) => o.$ref);
      for (const kind of LETTER_KINDS) {
        const name = `LetterRequest_${kind}`;
        expect(refs).toContain(`#/components/schemas/${name}`);
        const schema = doc.components.schemas[name];
        expect(schema?.properties?.kind).toMatchObject({ enum: [kind] });
        const data = schema?.properties?.data as { properties: Record<string, unknown> };
        for (const field of [
          'date',
          'parent',
          'child',
          'district',
          'concerns',
          'proposedResolution',
        ]) {
          expect(data.properties[field], `${kind}.${field}`).toBeDefined();
        }
      }
      const ownFields = (kind: LetterKind): string[] => {
        const data = doc.components.schemas[`LetterRequest_${kind}`]?.properties?.data as
          | { properties?: Record<string, unknown> }
          | undefined;
        return Object.keys(data?.properties ?? {});
      };
      expect(ownFields('mediation_request')).toContain('availability');
      expect(ownFields('meeting_follow_up')).toContain('promises');
      expect(ownFields('records_request')).toContain('additionalRecords');
      expect(Object.keys(post.responses['200']?.content ?? {})).toEqual(
        expect.arrayContaining(Object.values(CONTENT_TYPES)),
      );
      expect(post.responses['422']).toBeDefined();
      expect(post.responses['413']).toBeDefined();
      expect(doc.components.schemas.LetterMissingElements).toBeDefined();
    });
  });
});

describe(`the letters API is rate-limited per address (${testDialect()})`, () => {
  it('answers 429 with Retry-After after 300 calls a minute from one address', async () => {
    // One instant for every call, so the 301 calls cannot straddle the edge of the minute.
    const at = new Date();
    const t = await createTestApp({ now: () => at });
    try {
      const client = t.client();
      const call = () =>
        client.request('/api/v1/letters', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
      for (let i = 0; i < 300; i++) {
        expect((await call()).status).toBe(422);
      }
      const limited = await call();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await limited.json()) as ErrorBody).error.code).toBe('rate_limited');
    } finally {
      await t.close();
    }
  });
});
