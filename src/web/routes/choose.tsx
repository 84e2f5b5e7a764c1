import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createAssessment } from '../../db/assessments.js';
import { listCases } from '../../db/cases.js';
import {
  type Assessment,
  answersToRequest,
  assessPaths,
  CONCERN_OPTIONS,
  currentStep,
  INTERVIEW_STEPS,
  type InterviewAnswers,
  previousStep,
  pruneAnswers,
  type StepId,
  stepsOnPath,
} from '../../domain/rules/index.js';
import { format } from '../../i18n/index.js';
import type { AppEnv } from '../context.js';
import {
  CheckAnswersPage,
  ChooseStartPage,
  ComparePage,
  ResultPage,
  StepPage,
  type StepValues,
} from '../pages/choose.js';
import type { FieldErrors } from '../pages/form.js';
import { pageContext, renderPage } from '../render.js';
import { todayInAlabama } from '../today.js';
import {
  dateField,
  dateMessage,
  dateProblem,
  decodeAnswers,
  EXAMPLE_DATE,
  encodeAnswers,
  interviewAnswersSchema,
  saveToCaseSchema,
  stepFromSlug,
  stepPath,
} from './choose.schema.js';
import { requireSession } from './require-session.js';

type C = Context<AppEnv>;

// The path chooser interview at /choose: open to anyone, one question per page, answers kept in
// an HttpOnly cookie (no account, no JavaScript, nothing in the URL), checked with zod on every
// read and cleared when the parent starts again.

const ANSWERS_COOKIE = { secure: '__Host-iepnav_choose', plain: 'iepnav_choose' } as const;

function cookieName(c: C): string {
  return c.get('secure') ? ANSWERS_COOKIE.secure : ANSWERS_COOKIE.plain;
}

function cookieOptions(c: C) {
  return { path: '/', httpOnly: true, sameSite: 'Lax', secure: c.get('secure') } as const;
}

export function readAnswers(c: C): InterviewAnswers {
  return decodeAnswers(getCookie(c, cookieName(c)));
}

function writeAnswers(c: C, answers: InterviewAnswers): void {
  // A browser-session cookie: on a shared phone the answers do not outlive the browser.
  setCookie(c, cookieName(c), encodeAnswers(answers), cookieOptions(c));
}

function clearAnswers(c: C): void {
  deleteCookie(c, cookieName(c), cookieOptions(c));
}

const QUESTION_STEPS: readonly StepId[] = [
  'plan',
  'concerns',
  'concern_dates',
  'district_mediation',
  'pending',
  'tried',
];

/** True when every question on the parent's path has its answer. */
function isComplete(answers: InterviewAnswers): boolean {
  return currentStep(answers) === 'result';
}

/** Where the parent goes to carry on: the first unanswered question, or check your answers. */
function resumeStep(answers: InterviewAnswers): StepId {
  const step = currentStep(answers);
  return step === 'result' ? 'check_answers' : step;
}

/** The finished, pruned answers and the assessment for them; undefined while unfinished. */
function assess(
  answers: InterviewAnswers,
  asOf: string,
): { answers: InterviewAnswers; assessment: Assessment } | undefined {
  const pruned = pruneAnswers(answers);
  const request = answersToRequest(pruned, asOf);
  if (!request) {
    return undefined;
  }
  const outcome = assessPaths(request);
  return outcome.ok ? { answers: pruned, assessment: outcome.assessment } : undefined;
}

function storedValues(step: StepId, answers: InterviewAnswers): StepValues {
  switch (step) {
    case 'plan':
      return { choices: answers.plan ? [answers.plan] : [] };
    case 'concerns':
      return { choices: answers.concerns ?? [] };
    case 'district_mediation':
      return { choices: answers.districtMediation ? [answers.districtMediation] : [] };
    case 'pending':
      return { choices: answers.pending ?? [] };
    case 'tried':
      return { choices: answers.tried ?? [] };
    case 'concern_dates':
      return { dates: { ...answers.concernDates } };
    default:
      return {};
  }
}

/** The options that must be chosen alone on a page ("No", "I am not sure", "Nothing yet"). */
const EXCLUSIVE = new Set(['none', 'not_sure']);

type Parsed =
  | { ok: true; answers: InterviewAnswers }
  | { ok: false; errors: FieldErrors; values: StepValues };

/** Checks one page's form and merges its answer into the answers. */
function parseStep(
  c: C,
  step: StepId,
  answers: InterviewAnswers,
  body: Record<string, string | string[]>,
  today: string,
): Parsed {
  const m = c.get('m');
  const locale = c.get('locale');
  const def = INTERVIEW_STEPS[step];
  if (def.kind === 'dates') {
    const dates: Record<string, string> = {};
    const errors: FieldErrors = {};
    for (const concern of answers.concerns ?? []) {
      const raw = body[dateField(concern)];
      const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
      dates[concern] = value;
      const problem = dateProblem(value, today);
      if (problem) {
        errors[dateField(concern)] = dateMessage(
          m,
          problem,
          CONCERN_OPTIONS[concern].label[locale],
          EXAMPLE_DATE,
        );
      }
    }
    if (Object.keys(errors).length > 0) {
      return { ok: false, errors, values: { dates } };
    }
    return {
      ok: true,
      answers: { ...answers, concernDates: { ...answers.concernDates, ...dates } },
    };
  }
  const raw = body.answer;
  const chosen = [...new Set((Array.isArray(raw) ? raw : raw ? [raw] : []).map(String))];
  const allowed = def.options(answers).map((o) => o.value);
  const valid = chosen.filter((v) => allowed.includes(v));
  const e = m.choose.errors;
  if (valid.length === 0 || valid.length !== chosen.length) {
    return {
      ok: false,
      errors: { answer: def.kind === 'single' ? e.chooseOne : e.chooseAtLeastOne },
      values: { choices: valid },
    };
  }
  if (def.kind === 'single' && valid.length > 1) {
    return { ok: false, errors: { answer: e.chooseOne }, values: { choices: valid } };
  }
  const exclusive = valid.find((v) => EXCLUSIVE.has(v));
  if (exclusive && valid.length > 1) {
    const option = def.options(answers).find((o) => o.value === exclusive);
    return {
      ok: false,
      errors: { answer: format(e.exclusive, { option: option?.label[locale] ?? exclusive }) },
      values: { choices: valid },
    };
  }
  const key = {
    plan: 'plan',
    concerns: 'concerns',
    district_mediation: 'districtMediation',
    pending: 'pending',
    tried: 'tried',
  }[step as 'plan' | 'concerns' | 'district_mediation' | 'pending' | 'tried'];
  const candidate = { ...answers, [key]: def.kind === 'single' ? valid[0] : valid };
  // The merged answers go through the same schema as the cookie.
  const parsed = interviewAnswersSchema.safeParse(candidate);
  if (!parsed.success) {
    return { ok: false, errors: { answer: e.chooseOne }, values: { choices: valid } };
  }
  return { ok: true, answers: parsed.data };
}

function backHrefFor(step: StepId, answers: InterviewAnswers): string {
  const previous = previousStep(step, answers);
  return previous ? stepPath(previous) : '/choose';
}

async function casesOf(c: C) {
  const session = c.get('session');
  return session ? listCases(c.get('deps').db, session.userId) : undefined;
}

export function chooseRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const answers = readAnswers(c);
    const started = Object.keys(answers).length > 0;
    const notice = c.req.query('notice') === 'cleared' ? c.get('m').choose.startedOver : undefined;
    return renderPage(
      c,
      <ChooseStartPage
        page={pageContext(c)}
        continueHref={started ? stepPath(resumeStep(answers)) : undefined}
        notice={notice}
      />,
    );
  });

  app.get('/compare', (c) => renderPage(c, <ComparePage page={pageContext(c)} />));

  app.post('/restart', (c) => {
    clearAnswers(c);
    return c.redirect('/choose?notice=cleared', 303);
  });

  app.get('/check-answers', (c) => {
    const answers = readAnswers(c);
    if (!isComplete(answers)) {
      return c.redirect(stepPath(resumeStep(answers)), 303);
    }
    const pruned = pruneAnswers(answers);
    if (!isComplete(pruned)) {
      writeAnswers(c, pruned);
      return c.redirect(stepPath(resumeStep(pruned)), 303);
    }
    const steps = stepsOnPath(pruned);
    const last = steps.filter((s) => QUESTION_STEPS.includes(s)).pop() ?? 'plan';
    return renderPage(
      c,
      <CheckAnswersPage page={pageContext(c)} answers={pruned} backHref={stepPath(last)} />,
    );
  });

  app.get('/result', async (c) => {
    const answers = readAnswers(c);
    const asOf = todayInAlabama();
    const done = assess(answers, asOf);
    if (!done) {
      return c.redirect(stepPath(resumeStep(pruneAnswers(answers))), 303);
    }
    return renderPage(
      c,
      <ResultPage
        page={pageContext(c)}
        assessment={done.assessment}
        asOf={asOf}
        cases={await casesOf(c)}
      />,
    );
  });

  app.post('/save', async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const asOf = todayInAlabama();
    const done = assess(readAnswers(c), asOf);
    if (!done) {
      return c.redirect('/choose', 303);
    }
    const body = await c.req.parseBody();
    const parsed = saveToCaseSchema.safeParse({ caseId: body.caseId });
    if (!parsed.success) {
      return renderPage(
        c,
        <ResultPage
          page={pageContext(c)}
          assessment={done.assessment}
          asOf={asOf}
          cases={await listCases(db, session.userId)}
          saveError={c.get('m').choose.errors.chooseCase}
        />,
        422,
      );
    }
    const saved = await createAssessment(db, session.userId, parsed.data.caseId, {
      asOf,
      answers: done.answers,
      result: done.assessment,
    });
    if (!saved) {
      return c.notFound();
    }
    return c.redirect(`/cases/${saved.caseId}/assessments/${saved.id}?notice=saved`, 303);
  });

  app.get('/:step', (c) => {
    const step = stepFromSlug(c.req.param('step'));
    if (!step || !QUESTION_STEPS.includes(step)) {
      return c.notFound();
    }
    const answers = readAnswers(c);
    if (!stepsOnPath(answers).includes(step)) {
      return c.redirect(stepPath(resumeStep(answers)), 303);
    }
    const change = c.req.query('change') === '1';
    return renderPage(
      c,
      <StepPage
        page={pageContext(c)}
        step={INTERVIEW_STEPS[step]}
        answers={answers}
        values={storedValues(step, answers)}
        backHref={change ? stepPath('check_answers') : backHrefFor(step, answers)}
        change={change}
      />,
    );
  });

  app.post('/:step', async (c) => {
    const step = stepFromSlug(c.req.param('step'));
    if (!step || !QUESTION_STEPS.includes(step)) {
      return c.notFound();
    }
    const answers = readAnswers(c);
    if (!stepsOnPath(answers).includes(step)) {
      return c.redirect(stepPath(resumeStep(answers)), 303);
    }
    const body = await c.req.parseBody({ all: true });
    const fields: Record<string, string | string[]> = {};
    for (const [key, value] of Object.entries(body)) {
      const list = (Array.isArray(value) ? value : [value]).filter(
        (v): v is string => typeof v === 'string',
      );
      fields[key] = list.length === 1 ? (list[0] ?? '') : list;
    }
    const change = fields.change === '1';
    const parsed = parseStep(c, step, answers, fields, todayInAlabama());
    if (!parsed.ok) {
      return renderPage(
        c,
        <StepPage
          page={pageContext(c)}
          step={INTERVIEW_STEPS[step]}
          answers={answers}
          values={parsed.values}
          errors={parsed.errors}
          backHref={change ? stepPath('check_answers') : backHrefFor(step, answers)}
          change={change}
        />,
        422,
      );
    }
    // Answers a change made irrelevant are dropped once the interview is complete again (while
    // it is not, later answers are kept so that going back and forth loses nothing).
    const next = isComplete(parsed.answers) ? pruneAnswers(parsed.answers) : parsed.answers;
    writeAnswers(c, next);
    // From check your answers, a change goes on to any question it opened, then back there;
    // otherwise Continue goes to the next page.
    const target = change ? resumeStep(next) : (INTERVIEW_STEPS[step].next(next) ?? 'result');
    if (target !== 'result' && target !== 'check_answers') {
      return c.redirect(stepPath(target, change), 303);
    }
    return c.redirect(stepPath('check_answers'), 303);
  });

  return app;
}
