import type { Child } from 'hono/jsx';
import { type Case, GRADES, PARENT_LANGUAGES, PLAN_TYPES, STATES } from '../../domain/case/case.js';
import { format, formatDate, type Messages } from '../../i18n/index.js';
import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
} from './form.js';
import { CsrfField, Layout, type PageContext } from './layout.js';

export function childName(c: Pick<Case, 'childFirstName' | 'childLastName'>): string {
  return [c.childFirstName, c.childLastName].filter(Boolean).join(' ');
}

export function CaseListPage({
  page,
  cases,
  notice,
}: {
  page: PageContext;
  cases: Case[];
  notice?: string | undefined;
}) {
  const { m } = page;
  return (
    <Layout page={page} title={m.cases.listTitle}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{m.cases.listTitle}</h1>
      <p>{m.cases.listIntro}</p>
      {cases.length === 0 ? (
        <p>{m.cases.none}</p>
      ) : (
        <ul class="case-list">
          {cases.map((c) => (
            <li>
              <a href={`/cases/${c.id}`}>{childName(c)}</a>
              <span class="case-meta">
                {[c.grade ? m.cases.grades[c.grade] : null, c.school, m.cases.planTypes[c.planType]]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <a href="/cases/new" class="button">
          {m.cases.newCase}
        </a>
      </div>
    </Layout>
  );
}

/** What the form shows: the saved case, or what the parent just typed (kept on an error). */
export type CaseFormValues = Partial<Record<string, string | null>>;

export function CaseFormPage({
  page,
  values,
  errors = {},
  caseId,
  heading,
}: {
  page: PageContext;
  values: CaseFormValues;
  errors?: FieldErrors;
  caseId?: string;
  heading: string;
}) {
  const { m } = page;
  const f = m.cases.fields;
  const opt = m.form.optional;
  const action = caseId ? `/cases/${caseId}` : '/cases';
  const cancel = caseId ? `/cases/${caseId}` : '/cases';
  return (
    <Layout page={page} title={heading} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      <h1>{heading}</h1>
      {caseId ? null : <p>{m.cases.newIntro}</p>}
      <form method="post" action={action} novalidate>
        <CsrfField token={page.csrfToken} />
        <TextField
          m={m}
          name="childFirstName"
          label={f.childFirstName}
          value={values.childFirstName}
          autocomplete="off"
          maxlength={100}
          error={errors.childFirstName}
        />
        <TextField
          m={m}
          name="childLastName"
          label={f.childLastName}
          optional={opt}
          value={values.childLastName}
          autocomplete="off"
          maxlength={100}
          error={errors.childLastName}
        />
        <TextField
          m={m}
          name="childDateOfBirth"
          type="date"
          label={f.childDateOfBirth}
          optional={opt}
          hint={f.childDateOfBirthHint}
          value={values.childDateOfBirth}
          error={errors.childDateOfBirth}
        />
        <SelectField
          m={m}
          name="grade"
          label={f.grade}
          optional={opt}
          value={values.grade}
          error={errors.grade}
          options={[
            { value: '', label: m.cases.grades.none },
            ...GRADES.map((g) => ({ value: g, label: m.cases.grades[g] })),
          ]}
        />
        <TextField
          m={m}
          name="school"
          label={f.school}
          optional={opt}
          value={values.school}
          maxlength={200}
          error={errors.school}
        />
        <TextField
          m={m}
          name="district"
          label={f.district}
          optional={opt}
          hint={f.districtHint}
          value={values.district}
          maxlength={200}
          error={errors.district}
        />
        <SelectField
          m={m}
          name="state"
          label={f.state}
          value={values.state ?? 'AL'}
          error={errors.state}
          options={STATES.map((s) => ({ value: s, label: m.cases.states[s] }))}
        />
        <RadioGroup
          m={m}
          name="planType"
          label={f.planType}
          value={values.planType ?? 'unknown'}
          error={errors.planType}
          options={PLAN_TYPES.map((p) => ({ value: p, label: m.cases.planTypes[p] }))}
        />
        <SelectField
          m={m}
          name="parentLanguage"
          label={f.parentLanguage}
          hint={f.parentLanguageHint}
          value={values.parentLanguage ?? page.locale}
          error={errors.parentLanguage}
          options={PARENT_LANGUAGES.map((l) => ({ value: l, label: m.cases.languages[l] }))}
        />
        <TextArea
          m={m}
          name="notes"
          label={f.notes}
          optional={opt}
          hint={f.notesHint}
          value={values.notes}
          maxlength={5000}
          error={errors.notes}
        />
        <div class="actions">
          <button type="submit" class="button">
            {m.form.save}
          </button>
          <a href={cancel}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

function Detail({ label, value, m }: { label: string; value: string | null; m: Messages }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value ?? m.cases.notGiven}</dd>
    </>
  );
}

export function CaseViewPage({
  page,
  kase,
  notice,
  nextStep,
}: {
  page: PageContext;
  kase: Case;
  notice?: string | undefined;
  /** The path chooser's section: the latest saved result and a link to find the next step. */
  nextStep?: Child;
}) {
  const { m, locale } = page;
  const f = m.cases.fields;
  return (
    <Layout page={page} title={childName(kase)}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        <a href="/cases">{m.cases.back}</a>
      </p>
      <h1>{childName(kase)}</h1>
      {nextStep}
      <h2 id="tools">{m.cases.tools.heading}</h2>
      <ul class="case-tools">
        {[
          { href: 'timeline', label: m.timeline.link, hint: m.timeline.linkHint },
          { href: 'calendar', label: m.timeline.calendarHeading, hint: m.cases.tools.calendar },
          { href: 'meetings', label: m.meetings.link, hint: m.cases.tools.meetings },
          { href: 'letters', label: m.letters.link, hint: m.cases.tools.letters },
          { href: 'documents', label: m.vault.link, hint: m.vault.linkHint },
          { href: 'log', label: m.vault.log.link, hint: m.vault.log.linkHint },
          { href: 'binders', label: m.binder.link, hint: m.binder.linkHint },
        ].map((tool) => (
          <li>
            <a href={`/cases/${kase.id}/${tool.href}`}>{tool.label}</a>
            <p class="hint">{tool.hint}</p>
          </li>
        ))}
      </ul>
      <h2>{m.cases.details}</h2>
      <dl class="details">
        <Detail m={m} label={f.childFirstName} value={kase.childFirstName} />
        <Detail m={m} label={f.childLastName} value={kase.childLastName} />
        <Detail
          m={m}
          label={f.childDateOfBirth}
          value={kase.childDateOfBirth ? formatDate(locale, kase.childDateOfBirth) : null}
        />
        <Detail m={m} label={f.grade} value={kase.grade ? m.cases.grades[kase.grade] : null} />
        <Detail m={m} label={f.school} value={kase.school} />
        <Detail m={m} label={f.district} value={kase.district} />
        <Detail m={m} label={f.state} value={m.cases.states[kase.state]} />
        <Detail m={m} label={f.planType} value={m.cases.planTypes[kase.planType]} />
        <Detail m={m} label={f.parentLanguage} value={m.cases.languages[kase.parentLanguage]} />
        <Detail m={m} label={f.notes} value={kase.notes} />
        <Detail m={m} label={m.cases.created_at} value={formatDate(locale, kase.createdAt)} />
      </dl>
      <div class="actions">
        <a href={`/cases/${kase.id}/edit`} class="button button--secondary">
          {m.cases.edit}
        </a>
        <a href={`/cases/${kase.id}/delete`}>{m.cases.delete}</a>
      </div>
    </Layout>
  );
}

export function CaseDeletePage({ page, kase }: { page: PageContext; kase: Case }) {
  const { m } = page;
  const title = format(m.cases.deleteTitle, { name: childName(kase) });
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p class="warning-text">{m.cases.deleteWarning}</p>
      <form method="post" action={`/cases/${kase.id}/delete`}>
        <CsrfField token={page.csrfToken} />
        <div class="actions">
          <button type="submit" class="button button--warning">
            {m.cases.deleteConfirm}
          </button>
          <a href={`/cases/${kase.id}`}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}
