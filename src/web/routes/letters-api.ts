import { type Context, Hono } from 'hono';
import {
  buildLetter,
  describeElements,
  type FieldProblem,
  type LetterData,
  type LetterModel,
  MAX_TOTAL_LENGTH,
} from '../../domain/letters/index.js';
import { AppError } from '../../errors.js';
import { renderLetterDocx } from '../../render/letter-docx.js';
import { escapeHtml, renderLetterHtml } from '../../render/letter-html.js';
import { renderLetterPdf } from '../../render/letter-pdf.js';
import type { AppEnv } from '../context.js';
import { clientIp, enforceRateLimit } from '../rate-limit.js';
import { todayInAlabama } from '../today.js';
import {
  type LetterFormat,
  letterProblemErrors,
  letterShapeErrors,
  lettersRequestSchema,
} from './letters-api.schema.js';

type C = Context<AppEnv>;

/**
 * The body limit of POST /api/v1/letters (2 MB, a rule in `largerBodyLimits()`): room for a
 * 100 KB paragraph and more, so text over the letter's own limits answers a clear 422 naming the
 * field rather than a bare 413.
 */
export const LETTERS_API_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The Content-Type of each format. */
export const LETTER_CONTENT_TYPES: Readonly<Record<LetterFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

async function jsonBody(c: C): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/json')) {
    throw new AppError('invalid_input', 'Send a JSON body with Content-Type: application/json');
  }
  try {
    return await c.req.json();
  } catch {
    throw new AppError('invalid_input', 'The body is not valid JSON');
  }
}

/** 'Sofía Núñez' → 'sofia-nunez': ASCII letters, digits and single hyphens only. */
function slug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/**
 * A safe ASCII file name for the letter, e.g. `state-complaint-sofia-nunez-2026-11-20-es-reference.pdf`.
 *
 * @example
 * letterFileName('state_complaint', 'Sofía Núñez', '2026-11-20', 'es', true, 'pdf');
 */
export function letterFileName(
  kind: string,
  childName: string | undefined,
  date: string | undefined,
  language: 'en' | 'es',
  mirror: boolean,
  format: LetterFormat,
): string {
  const parts = [
    slug(kind, 40),
    slug(childName ?? '', 40),
    /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? (date as string) : '',
    language === 'en' ? '' : mirror ? 'es-reference' : 'es',
  ].filter(Boolean);
  return `${parts.join('-')}.${format}`;
}

/** The HTML preview as a whole document: the escaped letter and the site's stylesheet. */
export function htmlDocument(letter: LetterModel): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(letter.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(letter.title)}</title>`,
    '<link rel="stylesheet" href="/static/app.css">',
    '</head>',
    '<body>',
    '<main>',
    renderLetterHtml(letter),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

function problemMessage(problems: readonly FieldProblem[]): string {
  const names = [...new Set(problems.map((p) => (p.field ? `data.${p.field}` : 'data')))];
  const large = problems.some((p) => p.code === 'too_large');
  return large
    ? `The letter is too large: at most ${MAX_TOTAL_LENGTH} characters of text in all (${names.join(', ')})`
    : `Some fields cannot be used in a letter: ${names.join(', ')}`;
}

/**
 * POST /api/v1/letters: stateless (no account, nothing stored). A letter's kind, format, language
 * and content in; the document out (PDF, DOCX or HTML), or 422 `missing_elements` with the ids of
 * the required elements that are missing.
 */
export function lettersApiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/letters', async (c) => {
    await enforceRateLimit(c, 'publicApiPerIp', clientIp(c));
    const body = await jsonBody(c);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new AppError('invalid_input', 'The body must be a JSON object');
    }
    const m = c.get('m');
    const parsed = lettersRequestSchema.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      throw new AppError('unprocessable', 'Some fields are not valid', {
        fields: letterShapeErrors(parsed.error.issues, m),
      });
    }
    const { kind, format, language, data } = parsed.data;
    const mirror = language !== 'en' && (parsed.data.mirror ?? false);
    // Every field is optional in the schema; the domain reads each defensively and reports a
    // missing required element rather than trusting the input type.
    const result = buildLetter(kind, data as LetterData, {
      language,
      today: todayInAlabama(),
      mirror,
    });
    if (!result.ok) {
      if (result.problems.length > 0) {
        throw new AppError('unprocessable', problemMessage(result.problems), {
          fields: letterProblemErrors(result.problems, m),
        });
      }
      const locale = c.get('locale');
      const described = describeElements(kind, locale, result.missing);
      const fields: Record<string, string> = {};
      for (const element of described) {
        const field = `data.${element.field}`;
        fields[field] = fields[field] ? `${fields[field]} ${element.name}` : element.name;
      }
      return c.json(
        {
          error: {
            code: 'missing_elements',
            message: `A ${kind} letter needs these elements: ${result.missing.join(', ')}`,
            missing: result.missing,
            warnings: result.warnings,
            fields,
          },
        },
        422,
      );
    }

    const letter = result.letter;
    const fileName = letterFileName(
      kind,
      data.child?.name,
      data.date,
      language,
      letter.mirror,
      format,
    );
    const bytes =
      format === 'pdf'
        ? await renderLetterPdf(letter)
        : format === 'docx'
          ? await renderLetterDocx(letter)
          : new TextEncoder().encode(htmlDocument(letter));
    const headers: Record<string, string> = {
      'Content-Type': LETTER_CONTENT_TYPES[format],
      'Content-Disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${fileName}"`,
      'Content-Language': letter.lang,
    };
    if (result.warnings.length > 0) {
      headers['X-Letter-Warnings'] = result.warnings.join(',');
    }
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, headers);
  });

  return app;
}
