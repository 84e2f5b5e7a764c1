import { z } from 'zod';
import { caseOutputSchema, caseUpdateSchema, errorSchema } from './api.schema.js';
import { caseInputSchema } from './cases.schema.js';
import { assessmentRequestSchema, assessmentResponseSchema } from './choose.schema.js';
import { deadlineOutputSchema, deadlinesRequestSchema } from './deadlines-api.schema.js';
import { LETTER_CONTENT_TYPES } from './letters-api.js';
import {
  LETTER_FORMATS,
  LETTER_REQUEST_SCHEMAS,
  missingElementsErrorSchema,
} from './letters-api.schema.js';

function schema(s: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(s, { target: 'openapi-3.0', io, unrepresentable: 'any' });
}

const json = (ref: string) => ({ content: { 'application/json': { schema: { $ref: ref } } } });

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      String(s),
      { description: ERROR_TEXT[s] ?? 'Error', ...json('#/components/schemas/Error') },
    ]),
  );

const ERROR_TEXT: Record<number, string> = {
  400: 'The request is malformed (not JSON, wrong content type).',
  401: 'Not logged in.',
  403: 'Cross-site request refused: send the X-CSRF-Token header with cookie-authenticated calls.',
  404: 'No such case for this account.',
  413: 'The body is too large.',
  422: 'Some fields are not valid; `fields` names each one.',
  429: 'Too many requests.',
};

const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
};

let cached: object | undefined;

/**
 * The OpenAPI 3 document for /api/v1, built from the same zod schemas that check requests.
 */
export function openApiDocument(): object {
  cached ??= {
    openapi: '3.0.3',
    info: {
      title: 'IEP Navigator API',
      version: '1.0.0',
      description:
        'Cases for the logged-in account. Authenticate with the session cookie from /login; ' +
        'state-changing calls made with the cookie must send the CSRF token (the `_csrf` value of any page form) in X-CSRF-Token.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'iepnav_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
      schemas: {
        Case: schema(caseOutputSchema, 'output'),
        CaseInput: schema(caseInputSchema, 'input'),
        CaseUpdate: schema(caseUpdateSchema, 'input'),
        Error: schema(errorSchema, 'output'),
        DeadlinesRequest: schema(deadlinesRequestSchema, 'input'),
        Deadline: schema(deadlineOutputSchema, 'output'),
        AssessmentRequest: schema(assessmentRequestSchema, 'input'),
        Assessment: schema(assessmentResponseSchema, 'output'),
        ...letterRequestSchemas(),
        LetterMissingElements: schema(missingElementsErrorSchema, 'output'),
      },
    },
    security: [{ session: [] }],
    paths: {
      '/deadlines': {
        post: {
          summary: 'Compute every deadline that follows from a case’s events (public, stateless)',
          description:
            'No account needed; nothing is stored. Calendar, business and school days (34 CFR 300.11) with federal and Alabama holidays, county holidays such as Mardi Gras when `county` is given, and the district calendar for school-day rules. Each deadline says how its date was reached (`steps`, sentences in the language of `Accept-Language`: `es` for Spanish) and cites the law. `unverified: true` marks a legal value not yet confirmed from the rule text; show that to readers. A malformed value answers 400, a well-formed but invalid one 422; `fields` names each, e.g. `events[2].date`. A call that carries the session cookie must also send X-CSRF-Token.',
          operationId: 'computeDeadlines',
          security: [],
          parameters: [
            {
              name: 'Accept-Language',
              in: 'header',
              required: false,
              schema: { type: 'string', example: 'es' },
              description: '`es` answers in Spanish; anything else in English.',
            },
          ],
          requestBody: { required: true, ...json('#/components/schemas/DeadlinesRequest') },
          responses: {
            '200': {
              description: 'Every deadline, soonest first.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      deadlines: {
                        type: 'array',
                        items: { $ref: '#/components/schemas/Deadline' },
                      },
                    },
                    required: ['deadlines'],
                  },
                },
              },
            },
            ...errors(400, 403, 413, 422, 429),
          },
        },
      },
      '/assessments': {
        post: {
          summary: 'Rank the dispute paths for a parent’s facts (public, stateless)',
          description:
            'No account needed. Answers every path with its fit, rank (1 is the best recommended option), reasons with citations, the last day to file and the next steps. Send `Accept-Language: es` for Spanish. A call that carries the session cookie must also send X-CSRF-Token.',
          operationId: 'assessPaths',
          security: [],
          parameters: [
            {
              name: 'Accept-Language',
              in: 'header',
              required: false,
              schema: { type: 'string', example: 'es' },
              description: '`es` answers in Spanish; anything else in English.',
            },
          ],
          requestBody: { required: true, ...json('#/components/schemas/AssessmentRequest') },
          responses: {
            '200': { description: 'The ranked paths.', ...json('#/components/schemas/Assessment') },
            ...errors(400, 403, 413, 422, 429),
          },
        },
      },
      '/letters': lettersPath(),
      '/cases': {
        get: {
          summary: 'List my cases',
          operationId: 'listCases',
          responses: {
            '200': {
              description: 'The cases, newest first.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      cases: { type: 'array', items: { $ref: '#/components/schemas/Case' } },
                    },
                    required: ['cases'],
                  },
                },
              },
            },
            ...errors(401, 429),
          },
        },
        post: {
          summary: 'Create a case',
          operationId: 'createCase',
          security: [{ session: [], csrf: [] }],
          requestBody: { required: true, ...json('#/components/schemas/CaseInput') },
          responses: {
            '201': { description: 'Created.', ...caseEnvelope() },
            ...errors(400, 401, 403, 413, 422, 429),
          },
        },
      },
      '/cases/{id}': {
        parameters: [idParam],
        get: {
          summary: 'Read a case',
          operationId: 'getCase',
          responses: {
            '200': { description: 'The case.', ...caseEnvelope() },
            ...errors(401, 404),
          },
        },
        patch: {
          summary: 'Change some fields of a case',
          operationId: 'updateCase',
          security: [{ session: [], csrf: [] }],
          requestBody: { required: true, ...json('#/components/schemas/CaseUpdate') },
          responses: {
            '200': { description: 'The changed case.', ...caseEnvelope() },
            ...errors(400, 401, 403, 404, 413, 422),
          },
        },
        delete: {
          summary: 'Delete a case and everything in it',
          operationId: 'deleteCase',
          security: [{ session: [], csrf: [] }],
          responses: { '204': { description: 'Deleted.' }, ...errors(401, 403, 404) },
        },
      },
    },
  };
  return cached;
}

function caseEnvelope() {
  return {
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: { case: { $ref: '#/components/schemas/Case' } },
          required: ['case'],
        },
      },
    },
  };
}

/** The name of the request schema of each letter kind, e.g. `LetterRequest_state_complaint`. */
function letterRequestName(kind: string): string {
  return `LetterRequest_${kind}`;
}

function letterRequestSchemas(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(LETTER_REQUEST_SCHEMAS).map(([kind, s]) => [
      letterRequestName(kind),
      schema(s, 'input'),
    ]),
  );
}

function lettersPath() {
  const kinds = Object.keys(LETTER_REQUEST_SCHEMAS);
  const ref = (kind: string) => `#/components/schemas/${letterRequestName(kind)}`;
  const binary = { type: 'string', format: 'binary' };
  return {
    post: {
      summary: 'Write a letter (public, stateless): PDF, DOCX or HTML, in English or Spanish',
      description:
        'No account needed; nothing is stored. `kind` picks the letter; `data` holds the shared core (date, parent, child, district, concerns, proposedResolution) plus the fields of that kind. The letter is checked against the elements the law (or the app) requires for its kind: when one is missing the answer is 422 with `code: missing_elements` and the element ids in `missing`; recommended elements that are absent come back in `warnings` (and, on success, in the X-Letter-Warnings header). `language: es` gives a fully Spanish letter; with `mirror: true` it gives the Spanish reference copy of the English letter, marked "send the English version". Filing windows are checked against today in Alabama. Text over the limits (or a letter over 1,000,000 characters) answers 422 naming the field; a body over 2 MB answers 413. A call that carries the session cookie must also send X-CSRF-Token.',
      operationId: 'writeLetter',
      security: [],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              oneOf: kinds.map((kind) => ({ $ref: ref(kind) })),
              discriminator: {
                propertyName: 'kind',
                mapping: Object.fromEntries(kinds.map((kind) => [kind, ref(kind)])),
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description:
            'The letter. PDF and DOCX come as attachments; HTML is a whole page, inline. The file name in Content-Disposition is plain ASCII.',
          headers: {
            'Content-Disposition': {
              schema: {
                type: 'string',
                example: 'attachment; filename="state-complaint-sofia-nunez-2026-11-20.pdf"',
              },
            },
            'X-Letter-Warnings': {
              description: 'Recommended elements that are absent, comma-separated.',
              schema: { type: 'string', example: 'response_date,interpreter_need' },
            },
          },
          content: Object.fromEntries(
            LETTER_FORMATS.map((format) => [
              LETTER_CONTENT_TYPES[format],
              { schema: format === 'html' ? { type: 'string' } : binary },
            ]),
          ),
        },
        '422': {
          description:
            'Required elements are missing (`code: missing_elements`, `missing`), or some fields are not valid (`code: unprocessable`, `fields` names each, e.g. `data.child.name` or `kind`).',
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { $ref: '#/components/schemas/LetterMissingElements' },
                  { $ref: '#/components/schemas/Error' },
                ],
              },
            },
          },
        },
        ...errors(400, 403, 413, 429),
      },
    },
  };
}
