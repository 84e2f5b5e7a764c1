import type { Child } from 'hono/jsx';
import type { Case } from '../../domain/case/case.js';
import {
  type Assessment,
  COMPARED_PATHS,
  CONCERN_OPTIONS,
  daysBetween,
  FACT_KEYS,
  factIsUnverified,
  INTERVIEW_STEPS,
  type InterviewAnswers,
  isCalendarDate,
  PATH_FACTS_BY_JURISDICTION,
  type PathFact,
  type PathOption,
  pathFacts,
  type Step,
  type StepId,
  type StepOption,
  stepsOnPath,
} from '../../domain/rules/index.js';
import { format, formatDate, type Locale, type Messages } from '../../i18n/index.js';
import { dateField, EXAMPLE_DATE, stepPath } from '../routes/choose.schema.js';
import { childName } from './cases.js';
import { ErrorSummary, type FieldErrors, Notice, RadioGroup, TextField } from './form.js';
import { CsrfField, Layout, type PageContext } from './layout.js';
import { Citations, ComparisonTable } from './path-comparison.js';

// The path chooser's pages (issue 4): the start page, one question per page, check your answers,
// the ranked result (also shown for a result saved to a case), and the public comparison.

function Heading({ level, id, children }: { level: 2 | 3; id?: string; children?: Child }) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}

function SubHeading({ level, children }: { level: 2 | 3; children?: Child }) {
  return level === 2 ? <h3>{children}</h3> : <h4>{children}</h4>;
}

function BackLink({ href, m }: { href: string; m: Messages }) {
  return (
    <p class="back-link-wrap">
      <a href={href} class="back-link">
        {m.choose.back}
      </a>
    </p>
  );
}

// ---------------------------------------------------------------- start ------------------------

export function ChooseStartPage({
  page,
  continueHref,
  notice,
}: {
  page: PageContext;
  continueHref?: string | undefined;
  notice?: string | undefined;
}) {
  const { m } = page;
  const c = m.choose;
  return (
    <Layout page={page} title={c.title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{c.title}</h1>
      <p class="lead">{c.intro}</p>
      <p>{c.howLong}</p>
      <p>{c.privacy}</p>
      <div class="actions">
        {continueHref ? (
          <>
            <a href={continueHref} class="button">
              {c.continue}
            </a>
            <StartOverForm page={page} />
          </>
        ) : (
          <a href={stepPath('plan')} class="button">
            {c.start}
          </a>
        )}
      </div>
      <p>
        <a href="/choose/compare">{c.compareLink}</a>
      </p>
    </Layout>
  );
}

function StartOverForm({ page }: { page: PageContext }) {
  return (
    <form method="post" action="/choose/restart" class="inline-form">
      <CsrfField token={page.csrfToken} />
      <button type="submit" class="button button--secondary">
        {page.m.choose.startOver}
      </button>
    </form>
  );
}

// ---------------------------------------------------------------- one question -----------------

/** What a question page shows in its fields: the saved answer, or what was just sent. */
export type StepValues = { choices?: readonly string[]; dates?: Record<string, string> };

function ChoiceGroup({
  m,
  locale,
  type,
  legend,
  hint,
  options,
  chosen,
  error,
}: {
  m: Messages;
  locale: Locale;
  type: 'radio' | 'checkbox';
  legend: string;
  hint?: string | undefined;
  options: readonly StepOption[];
  chosen: readonly string[];
  error?: string | undefined;
}) {
  const name = 'answer';
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend class="question">
          <h1>{legend}</h1>
        </legend>
        {hint ? (
          <p id={`${name}-hint`} class="hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${name}-error`} class="field-error">
            <span class="visually-hidden">{m.form.errorPrefix} </span>
            {error}
          </p>
        ) : null}
        {options.map((o, i) => {
          const id = i === 0 ? name : `${name}-${o.value}`;
          return (
            <div class={type === 'radio' ? 'radio' : 'radio checkbox'}>
              <input
                type={type}
                id={id}
                name={name}
                value={o.value}
                checked={chosen.includes(o.value)}
                aria-describedby={o.hint ? `${id}-hint` : undefined}
              />
              <div>
                <label for={id}>{o.label[locale]}</label>
                {o.hint ? (
                  <p id={`${id}-hint`} class="hint option-hint">
                    {o.hint[locale]}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export function StepPage({
  page,
  step,
  answers,
  values,
  errors = {},
  backHref,
  change,
}: {
  page: PageContext;
  step: Step;
  answers: InterviewAnswers;
  values: StepValues;
  errors?: FieldErrors;
  backHref: string;
  change: boolean;
}) {
  const { m, locale } = page;
  const question = step.question[locale];
  const options = step.options(answers);
  return (
    <Layout page={page} title={question} hasErrors={Object.keys(errors).length > 0}>
      <BackLink href={backHref} m={m} />
      <ErrorSummary m={m} errors={errors} />
      <form method="post" action={stepPath(step.id)} novalidate>
        <CsrfField token={page.csrfToken} />
        {change ? <input type="hidden" name="change" value="1" /> : null}
        {step.kind === 'dates' ? (
          <fieldset>
            <legend class="question">
              <h1>{question}</h1>
            </legend>
            {step.hint ? <p class="hint">{step.hint[locale]}</p> : null}
            {options.map((o) => (
              <TextField
                m={m}
                name={dateField(o.value)}
                type="date"
                label={format(m.choose.dateLabel, { concern: o.label[locale] })}
                hint={format(m.choose.dateHint, { example: EXAMPLE_DATE })}
                value={values.dates?.[o.value]}
                error={errors[dateField(o.value)]}
              />
            ))}
          </fieldset>
        ) : (
          <ChoiceGroup
            m={m}
            locale={locale}
            type={step.kind === 'single' ? 'radio' : 'checkbox'}
            legend={question}
            hint={step.hint?.[locale]}
            options={options}
            chosen={values.choices ?? []}
            error={errors.answer}
          />
        )}
        <div class="actions">
          <button type="submit" class="button">
            {m.choose.continueButton}
          </button>
        </div>
      </form>
    </Layout>
  );
}

// ---------------------------------------------------------------- check your answers -----------

/** The answer of one step in words, as a list of lines. */
export function answerLines(step: StepId, answers: InterviewAnswers, locale: Locale): string[] {
  const options = INTERVIEW_STEPS[step].options(answers);
  const label = (value: string) => options.find((o) => o.value === value)?.label[locale] ?? value;
  switch (step) {
    case 'plan':
      return answers.plan ? [label(answers.plan)] : [];
    case 'concerns':
      return (answers.concerns ?? []).map(label);
    case 'concern_dates':
      return (answers.concerns ?? []).flatMap((c) => {
        const date = answers.concernDates?.[c];
        return date ? [`${CONCERN_OPTIONS[c].label[locale]}: ${formatDate(locale, date)}`] : [];
      });
    case 'district_mediation':
      return answers.districtMediation ? [label(answers.districtMediation)] : [];
    case 'pending':
      return (answers.pending ?? []).map(label);
    case 'tried':
      return (answers.tried ?? []).map(label);
    default:
      return [];
  }
}

const QUESTION_STEPS = (answers: InterviewAnswers): StepId[] =>
  stepsOnPath(answers).filter((s) => s !== 'check_answers' && s !== 'result');

function AnswersList({
  page,
  answers,
  changeLinks,
}: {
  page: PageContext;
  answers: InterviewAnswers;
  changeLinks: boolean;
}) {
  const { m, locale } = page;
  return (
    <dl class="summary-list">
      {QUESTION_STEPS(answers).map((id) => {
        const lines = answerLines(id, answers, locale);
        const question = INTERVIEW_STEPS[id].question[locale];
        return (
          <div class="summary-row">
            <dt class="summary-key">{question}</dt>
            <dd class="summary-value">
              {lines.length === 1 ? (
                lines[0]
              ) : (
                <ul class="plain-list">
                  {lines.map((l) => (
                    <li>{l}</li>
                  ))}
                </ul>
              )}
            </dd>
            {changeLinks ? (
              <dd class="summary-value summary-action">
                <a href={stepPath(id, true)}>
                  {m.choose.check.change}
                  <span class="visually-hidden"> {question}</span>
                </a>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}

export function CheckAnswersPage({
  page,
  answers,
  backHref,
}: {
  page: PageContext;
  answers: InterviewAnswers;
  backHref: string;
}) {
  const { m } = page;
  const c = m.choose.check;
  return (
    <Layout page={page} title={c.title}>
      <BackLink href={backHref} m={m} />
      <h1>{c.title}</h1>
      <p>{c.intro}</p>
      <AnswersList page={page} answers={answers} changeLinks />
      <div class="actions">
        <a href={stepPath('result')} class="button">
          {c.submit}
        </a>
      </div>
    </Layout>
  );
}

// ---------------------------------------------------------------- the result -------------------

/** The engine writes dates as YYYY-MM-DD inside its texts; pages show them in the reader's words. */
function withLocalDates(text: string, locale: Locale): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) =>
    isCalendarDate(date) ? formatDate(locale, date) : date,
  );
}

function WindowLine({
  option,
  today,
  page,
}: {
  option: PathOption;
  today: string;
  page: PageContext;
}) {
  const { m, locale } = page;
  const r = m.choose.result;
  if (!option.windowCloses) {
    return null;
  }
  const date = formatDate(locale, option.windowCloses);
  const days = daysBetween(today, option.windowCloses);
  if (option.fit === 'not_available' || days < 0) {
    return <p class="window window--closed">{format(r.windowClosed, { date })}</p>;
  }
  const countdown =
    days === 0 ? r.lastDay : days === 1 ? r.oneDayLeft : format(r.daysLeft, { days });
  return (
    <p class="window">
      <strong>{format(r.windowOpen, { date })}</strong> <span class="countdown">{countdown}</span>
    </p>
  );
}

function FactList({
  facts,
  page,
}: {
  facts: readonly (readonly [string, PathFact])[];
  page: PageContext;
}) {
  const { m, locale } = page;
  const labels = m.choose.result.factLabels as Record<string, string>;
  return (
    <dl class="facts">
      {facts.map(([key, f]) => (
        <div class="fact">
          <dt class="fact-name">{labels[key] ?? key}</dt>
          <dd class="fact-value">
            {f.text[locale]}
            {factIsUnverified(f) ? (
              <span class="unverified-note"> {m.choose.result.unverifiedFact}</span>
            ) : null}
            <Citations citations={f.citations} m={m} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function OptionCard({
  option,
  page,
  today,
  level,
  caseId,
}: {
  option: PathOption;
  page: PageContext;
  today: string;
  level: 2 | 3;
  caseId?: string | undefined;
}) {
  const { m, locale } = page;
  const r = m.choose.result;
  const titleId = `option-${option.path}`;
  const available = option.fit !== 'not_available';
  return (
    <li class={`option-card option-card--${option.fit}`}>
      <section aria-labelledby={titleId}>
        <Heading level={level} id={titleId}>
          {m.choose.paths[option.path]}
        </Heading>
        <p class="option-meta">
          <span class={`tag tag--${option.fit}`}>{r.fits[option.fit]}</span>{' '}
          {available ? <span>{format(r.option, { rank: option.rank })}</span> : null}
        </p>
        <WindowLine option={option} today={today} page={page} />
        <SubHeading level={level}>{r.why}</SubHeading>
        <ul class="reasons">
          {option.reasons.map((reason) => (
            <li>
              {withLocalDates(reason.text[locale], locale)}
              <Citations citations={reason.citations} m={m} />
            </li>
          ))}
        </ul>
        {available && option.nextSteps.length > 0 ? (
          <>
            <SubHeading level={level}>{r.next}</SubHeading>
            <ol class="next-steps">
              {option.nextSteps.map((s) => (
                <li>
                  {withLocalDates(s.text[locale], locale)}
                  {s.letter || s.startsDeadline ? (
                    <ul class="step-meta">
                      {s.letter ? (
                        <li>
                          {format(r.letter, { letter: r.letters[s.letter] })}{' '}
                          <a
                            href={
                              caseId
                                ? `/cases/${caseId}/letters/new?kind=${s.letter}`
                                : page.session
                                  ? '/cases'
                                  : '/signup'
                            }
                          >
                            {m.letters.writeThis}
                            <span class="visually-hidden">: {r.letters[s.letter]}</span>
                          </a>
                        </li>
                      ) : null}
                      {s.startsDeadline ? (
                        <li>{format(r.deadline, { deadline: r.deadlines[s.startsDeadline] })}</li>
                      ) : null}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        {available ? (
          <>
            <SubHeading level={level}>{r.atAGlance}</SubHeading>
            <FactList facts={pathFacts('US-AL', option.path)} page={page} />
          </>
        ) : null}
      </section>
    </li>
  );
}

/** The ranked options as cards: open options first, then those not available now. */
export function ResultBody({
  page,
  assessment,
  today,
  caseId,
}: {
  page: PageContext;
  assessment: Assessment;
  today: string;
  /** The case the result is saved to: its letters are one click away. */
  caseId?: string | undefined;
}) {
  const r = page.m.choose.result;
  const open = assessment.options.filter((o) => o.fit !== 'not_available');
  const closed = assessment.options.filter((o) => o.fit === 'not_available');
  return (
    <>
      <ol class="option-cards">
        {open.map((o) => (
          <OptionCard option={o} page={page} today={today} level={2} caseId={caseId} />
        ))}
      </ol>
      {closed.length > 0 ? (
        <section aria-labelledby="not-available" class="not-available">
          <h2 id="not-available">{r.notAvailableTitle}</h2>
          <p>{r.notAvailableIntro}</p>
          <ul class="option-cards">
            {closed.map((o) => (
              <OptionCard option={o} page={page} today={today} level={3} caseId={caseId} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function SaveToCase({
  page,
  cases,
  error,
}: {
  page: PageContext;
  cases: readonly Case[] | undefined;
  error?: string | undefined;
}) {
  const { m } = page;
  const s = m.choose.save;
  return (
    <section aria-labelledby="save-title" class="save-panel">
      <h2 id="save-title">{s.title}</h2>
      {cases === undefined ? (
        <>
          <p>{s.loggedOut}</p>
          <p>
            <a
              href={`/login?next=${encodeURIComponent(stepPath('result'))}`}
              class="button button--secondary"
            >
              {s.logIn}
            </a>
          </p>
        </>
      ) : cases.length === 0 ? (
        <>
          <p>{s.noCases}</p>
          <p>
            <a href="/cases/new" class="button button--secondary">
              {s.addCase}
            </a>
          </p>
        </>
      ) : (
        <form method="post" action="/choose/save" novalidate>
          <CsrfField token={page.csrfToken} />
          <RadioGroup
            m={m}
            name="caseId"
            label={s.label}
            value={cases.length === 1 ? cases[0]?.id : undefined}
            error={error}
            options={cases.map((k) => ({ value: k.id, label: childName(k) }))}
          />
          <button type="submit" class="button">
            {s.button}
          </button>
        </form>
      )}
    </section>
  );
}

export function ResultPage({
  page,
  assessment,
  asOf,
  cases,
  saveError,
}: {
  page: PageContext;
  assessment: Assessment;
  asOf: string;
  /** The parent's cases when logged in; undefined for a visitor. */
  cases: readonly Case[] | undefined;
  saveError?: string | undefined;
}) {
  const { m, locale } = page;
  const r = m.choose.result;
  const errors: FieldErrors = saveError ? { caseId: saveError } : {};
  return (
    <Layout page={page} title={r.title} hasErrors={Boolean(saveError)}>
      <BackLink href={stepPath('check_answers')} m={m} />
      <ErrorSummary m={m} errors={errors} />
      <h1>{r.title}</h1>
      <p class="lead">{format(r.intro, { date: formatDate(locale, asOf) })}</p>
      <ResultBody page={page} assessment={assessment} today={asOf} />
      <SaveToCase page={page} cases={cases} error={saveError} />
      <p class="print-hint">{r.print}</p>
      <div class="actions">
        <a href={stepPath('check_answers')} class="button button--secondary">
          {r.changeAnswers}
        </a>
        <a href="/choose/compare">{m.choose.compareLink}</a>
      </div>
      <div class="actions">
        <StartOverForm page={page} />
      </div>
    </Layout>
  );
}

// ---------------------------------------------------------------- saved to a case --------------

export function SavedAssessmentPage({
  page,
  kase,
  assessment,
  answers,
  asOf,
  savedAt,
  today,
  notice,
  savedId,
}: {
  page: PageContext;
  kase: Case;
  savedId?: string;
  assessment: Assessment;
  answers: InterviewAnswers;
  asOf: string;
  savedAt: string;
  today: string;
  notice?: string | undefined;
}) {
  const { m, locale } = page;
  const s = m.choose.saved;
  const title = format(s.title, { name: childName(kase) });
  return (
    <Layout page={page} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        <a href={`/cases/${kase.id}`}>{s.backToCase}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">
        {format(s.savedOn, {
          date: formatDate(locale, savedAt),
          asOf: formatDate(locale, asOf),
        })}
      </p>
      <ResultBody page={page} assessment={assessment} today={today} caseId={kase.id} />
      <h2>{s.answersTitle}</h2>
      <AnswersList page={page} answers={answers} changeLinks={false} />
      <p class="print-hint">{m.choose.result.print}</p>
      {savedId && Object.keys(answers.concernDates ?? {}).length > 0 ? (
        <form method="post" action={`/cases/${kase.id}/assessments/${savedId}/events`}>
          <CsrfField token={page.csrfToken} />
          <p>{s.addDatesHint}</p>
          <div class="actions">
            <button type="submit" class="button">
              {s.addDates}
            </button>
          </div>
        </form>
      ) : null}
      <div class="actions">
        <a href="/choose" class="button button--secondary">
          {s.findStep}
        </a>
      </div>
    </Layout>
  );
}

/** The case page's "Next step" section: the latest saved result and a way to find a new one. */
export function CaseAssessmentSection({
  page,
  caseId,
  latest,
}: {
  page: PageContext;
  caseId: string;
  latest?: { id: string; createdAt: string; topPath: PathOption['path'] | undefined } | undefined;
}) {
  const { m, locale } = page;
  const s = m.choose.saved;
  return (
    <section aria-labelledby="next-step-title" class="case-next-step">
      <h2 id="next-step-title">{s.caseHeading}</h2>
      {latest ? (
        <p>
          {latest.topPath
            ? format(s.latest, {
                date: formatDate(locale, latest.createdAt),
                path: m.choose.paths[latest.topPath],
              })
            : format(s.noTop, { date: formatDate(locale, latest.createdAt) })}{' '}
          <a href={`/cases/${caseId}/assessments/${latest.id}`}>{s.view}</a>
        </p>
      ) : (
        <p>{s.none}</p>
      )}
      <p>
        <a href="/choose">{s.findStep}</a>
      </p>
    </section>
  );
}

// ---------------------------------------------------------------- comparison -------------------

export function ComparePage({ page }: { page: PageContext }) {
  const { m, locale } = page;
  const c = m.choose.compare;
  const labels = m.choose.result.factLabels;
  const facts = PATH_FACTS_BY_JURISDICTION['US-AL'];
  return (
    <Layout page={page} title={c.title}>
      <h1>{c.title}</h1>
      <p class="lead">{c.intro}</p>
      <ComparisonTable
        m={m}
        caption={c.title}
        firstHeader={c.feature}
        columns={COMPARED_PATHS.map((p) => m.choose.paths[p])}
        rows={FACT_KEYS.map((key) => ({
          label: labels[key],
          cells: COMPARED_PATHS.map((p) => {
            const f = facts[p][key];
            return f ? { body: f.text[locale], citations: f.citations } : null;
          }),
        }))}
        notCovered={c.notInFacts}
        unverifiedNote={m.choose.result.unverifiedFact}
      />
      <p>
        <a href="/guide/paths">{m.guide.paths.fullGuide}</a>
      </p>
      <div class="actions">
        <a href="/choose" class="button">
          {c.tryInterview}
        </a>
      </div>
    </Layout>
  );
}
