import { raw } from 'hono/html';
import type { Binder } from '../../db/binders.js';
import {
  BINDER_PRESETS,
  BINDER_PURPOSES,
  type BinderPreset,
  type BinderPurpose,
  CITE_MEDIATION_CONFIDENTIAL,
  type HearingDisclosure,
  LABEL_STYLES,
  type LabelStyle,
} from '../../domain/binder/index.js';
import type { Case } from '../../domain/case/case.js';
import { format, formatDate, type Locale, type Messages } from '../../i18n/index.js';
import { childName } from './cases.js';
import { ErrorSummary, type FieldErrors, Notice, RadioGroup, SelectField } from './form.js';
import { CsrfField, Layout, type PageContext } from './layout.js';

/** A document of the case as the binder form lists it. */
export type BinderDocumentView = {
  id: string;
  title: string;
  date: string | null;
  categoryLabel: string;
  pageCount: number;
  /** Mediation-confidential: a hearing binder leaves it out. */
  confidential: boolean;
  binderOk: boolean;
};

/** What the binder form shows: the parent's choices so far. */
export type BinderFormValues = {
  purpose: BinderPurpose;
  labelStyle: LabelStyle;
  separators: boolean;
  language: Locale;
  /** Every document of the case, in the order shown. */
  order: string[];
  /** The ticked documents. */
  selected: string[];
};

/** Where the page's live-update script is served (see case-binders.tsx). */
export const BINDER_SCRIPT_PATH = '/static/binder-progress.js';

/** Seconds between automatic checks on the progress page without JavaScript. */
export const REFRESH_SECONDS = 3;

export function binderPercent(binder: Pick<Binder, 'pagesDone' | 'pagesTotal' | 'status'>) {
  if (binder.status === 'done') {
    return 100;
  }
  if (binder.pagesTotal <= 0) {
    return 0;
  }
  return Math.min(99, Math.floor((binder.pagesDone / binder.pagesTotal) * 100));
}

function fileSize(locale: Locale, bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

function binderTitle(m: Messages, binder: Pick<Binder, 'purpose'>): string {
  return m.binder.purposes[binder.purpose];
}

/** The hearing date on the timeline and the last day to share evidence (34 CFR 300.512). */
export function HearingBox({
  m,
  locale,
  caseId,
  disclosure,
}: {
  m: Messages;
  locale: Locale;
  caseId: string;
  disclosure: HearingDisclosure | undefined;
}) {
  const h = m.binder.hearing;
  if (!disclosure) {
    return (
      <div class="notice binder-hearing">
        <h2>{h.heading}</h2>
        <p>{h.none}</p>
        <p>
          <a href={`/cases/${caseId}/timeline`}>{h.addDate}</a>
        </p>
      </div>
    );
  }
  const citations = disclosure.citations.map((c) => c.cite).join('; ');
  return (
    <div
      class={`notice binder-hearing${disclosure.status === 'passed' ? ' binder-hearing--passed' : ''}`}
    >
      <h2>{h.heading}</h2>
      <p>{format(h.date, { date: formatDate(locale, disclosure.hearingDate) })}</p>
      <p>
        <strong>{format(h.discloseBy, { date: formatDate(locale, disclosure.discloseBy) })}</strong>{' '}
        {disclosure.status === 'upcoming'
          ? format(h.daysLeft, { days: disclosure.daysLeft })
          : null}
      </p>
      {disclosure.status === 'passed' ? <p class="warning-text">{h.passed}</p> : null}
      {disclosure.status === 'due_today' ? <p class="warning-text">{h.dueToday}</p> : null}
      <p class="hint">{format(h.rule, { citations })}</p>
    </div>
  );
}

export function BinderListPage({
  page,
  kase,
  binders,
  notice,
}: {
  page: PageContext;
  kase: Case;
  binders: Binder[];
  notice?: string | undefined;
}) {
  const { m, locale } = page;
  const b = m.binder;
  const name = childName(kase);
  return (
    <Layout page={page} title={format(b.listTitle, { name })}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        <a href={`/cases/${kase.id}`}>{format(b.back, { name })}</a>
      </p>
      <h1>{format(b.listTitle, { name })}</h1>
      <p>{b.listIntro}</p>
      <div class="actions">
        <a href={`/cases/${kase.id}/binders/new`} class="button">
          {b.newBinder}
        </a>
      </div>
      {binders.length === 0 ? (
        <p>{b.none}</p>
      ) : (
        <ul class="case-list">
          {binders.map((binder) => (
            <li>
              <a href={`/cases/${kase.id}/binders/${binder.id}`}>{binderTitle(m, binder)}</a>
              <span class="case-meta">
                {[
                  format(b.madeOn, { date: formatDate(locale, binder.createdAt) }),
                  b.statuses[binder.status],
                  binder.status === 'done'
                    ? format(b.form.pages, { count: binder.pagesTotal })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function DocumentRow({
  m,
  locale,
  document,
  index,
  count,
  checked,
}: {
  m: Messages;
  locale: Locale;
  document: BinderDocumentView;
  index: number;
  count: number;
  checked: boolean;
}) {
  const f = m.binder.form;
  const id = `doc-${document.id}`;
  const facts = [
    document.date ? formatDate(locale, document.date) : f.noDate,
    document.categoryLabel,
    document.pageCount === 1 ? f.onePage : format(f.pages, { count: document.pageCount }),
  ].join(' · ');
  return (
    <li class="binder-doc">
      <div class="radio">
        <input type="checkbox" id={id} name="doc" value={document.id} checked={checked} />
        <label for={id}>
          <span class="binder-doc-title">{document.title}</span>
          <span class="case-meta">{facts}</span>
          {document.confidential ? <span class="hint">{f.confidential}</span> : null}
          {document.binderOk ? null : <span class="hint">{f.cannotGoIn}</span>}
        </label>
      </div>
      <div class="binder-move">
        <button
          type="submit"
          name="move"
          value={`${document.id}:up`}
          class="link-button"
          disabled={index === 0}
        >
          {f.moveUp}
          <span class="visually-hidden">: {format(f.moveContext, { title: document.title })}</span>
        </button>
        <button
          type="submit"
          name="move"
          value={`${document.id}:down`}
          class="link-button"
          disabled={index === count - 1}
        >
          {f.moveDown}
          <span class="visually-hidden">: {format(f.moveContext, { title: document.title })}</span>
        </button>
      </div>
    </li>
  );
}

export function BinderFormPage({
  page,
  kase,
  documents,
  values,
  errors = {},
  disclosure,
  notice,
  documentsHref,
}: {
  page: PageContext;
  kase: Case;
  documents: ReadonlyMap<string, BinderDocumentView>;
  values: BinderFormValues;
  errors?: FieldErrors;
  disclosure: HearingDisclosure | undefined;
  notice?: string | undefined;
  /** Where the parent adds documents (the vault). */
  documentsHref: string;
}) {
  const { m, locale } = page;
  const b = m.binder;
  const f = b.form;
  const selected = new Set(values.selected);
  const ordered = values.order.flatMap((id) => {
    const d = documents.get(id);
    return d ? [d] : [];
  });
  return (
    <Layout page={page} title={f.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        <a href={`/cases/${kase.id}/binders`}>{b.backToList}</a>
      </p>
      <h1>{f.title}</h1>
      <p>{f.intro}</p>
      <HearingBox m={m} locale={locale} caseId={kase.id} disclosure={disclosure} />
      {ordered.length === 0 ? (
        <>
          <p>{f.noDocuments}</p>
          <p>
            <a href={documentsHref} class="button">
              {f.addDocuments}
            </a>
          </p>
        </>
      ) : (
        <>
          <form method="get" action={`/cases/${kase.id}/binders/new`} class="binder-presets">
            <h2>{f.presetsHeading}</h2>
            <p class="hint">{f.presetsHint}</p>
            <ul class="plain-list">
              {BINDER_PRESETS.map((preset: BinderPreset) => (
                <li>
                  <button
                    type="submit"
                    name="preset"
                    value={preset}
                    class="button button--secondary"
                  >
                    {f.usePreset}: {f.presets[preset]}
                  </button>
                  <p class="hint">{f.presetHints[preset]}</p>
                </li>
              ))}
            </ul>
          </form>
          <form method="post" action={`/cases/${kase.id}/binders`} novalidate>
            <CsrfField token={page.csrfToken} />
            <input type="hidden" name="order" value={ordered.map((d) => d.id).join(',')} />
            <RadioGroup
              m={m}
              name="purpose"
              label={f.purpose}
              value={values.purpose}
              error={errors.purpose}
              options={BINDER_PURPOSES.map((p) => ({
                value: p,
                label: `${b.purposes[p]}: ${b.purposeHints[p]}`,
              }))}
            />
            <fieldset
              id="documents"
              tabindex={-1}
              class={`field binder-documents${errors.documents ? ' field--error' : ''}`}
              aria-describedby={
                errors.documents ? 'documents-hint documents-error' : 'documents-hint'
              }
            >
              <legend>{f.documents}</legend>
              <p id="documents-hint" class="hint">
                {f.documentsHint}
              </p>
              {errors.documents ? (
                <p id="documents-error" class="field-error">
                  <span class="visually-hidden">{m.form.errorPrefix} </span>
                  {errors.documents}
                </p>
              ) : null}
              <ol class="binder-docs">
                {ordered.map((document, index) => (
                  <DocumentRow
                    m={m}
                    locale={locale}
                    document={document}
                    index={index}
                    count={ordered.length}
                    checked={selected.has(document.id)}
                  />
                ))}
              </ol>
            </fieldset>
            <RadioGroup
              m={m}
              name="labelStyle"
              label={f.labelStyle}
              value={values.labelStyle}
              error={errors.labelStyle}
              options={LABEL_STYLES.map((s) => ({ value: s, label: f.labelStyles[s] }))}
            />
            <div class="field">
              <div class="radio">
                <input
                  type="checkbox"
                  id="separators"
                  name="separators"
                  value="on"
                  checked={values.separators}
                />
                <label for="separators">{f.separators}</label>
              </div>
            </div>
            <SelectField
              m={m}
              name="language"
              label={f.language}
              hint={f.languageHint}
              value={values.language}
              error={errors.language}
              options={[
                { value: 'en', label: f.languages.en, lang: 'en' },
                { value: 'es', label: f.languages.es, lang: 'es' },
              ]}
            />
            {errors.build ? (
              <p id="build" class="field-error" tabindex={-1}>
                <span class="visually-hidden">{m.form.errorPrefix} </span>
                {errors.build}
              </p>
            ) : null}
            <div class="actions">
              <button type="submit" name="action" value="build" class="button">
                {f.build}
              </button>
              <a href={`/cases/${kase.id}/binders`}>{m.form.cancel}</a>
            </div>
          </form>
        </>
      )}
    </Layout>
  );
}

function LeftOutSummary({ m, binder }: { m: Messages; binder: Binder }) {
  const v = m.binder.view;
  const t = m.binder.pdf.toc;
  const left = binder.leftOut;
  if (!left) {
    return null;
  }
  const docs = (n: number) => (n === 1 ? t.documentsOne : format(t.documentsMany, { count: n }));
  const entries = (n: number) =>
    n === 1 ? t.logEntriesOne : format(t.logEntriesMany, { count: n });
  const lines: string[] = [];
  const confidential = [
    left.mediationConfidentialDocuments > 0 ? docs(left.mediationConfidentialDocuments) : '',
    left.mediationConfidentialLogEntries > 0 ? entries(left.mediationConfidentialLogEntries) : '',
  ].filter(Boolean);
  if (confidential.length > 0) {
    lines.push(
      format(v.leftOutConfidential, {
        items: confidential.join(` ${t.and} `),
        citation: CITE_MEDIATION_CONFIDENTIAL.cite,
      }),
    );
  }
  if (left.noPages > 0) {
    lines.push(format(v.leftOutNoPages, { items: docs(left.noPages) }));
  }
  if (left.cannotGoInBinder > 0) {
    lines.push(format(v.leftOutCannot, { items: docs(left.cannotGoInBinder) }));
  }
  if (lines.length === 0) {
    return null;
  }
  return (
    <>
      <h2>{v.leftOutHeading}</h2>
      <ul>
        {lines.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </>
  );
}

export function BinderViewPage({
  page,
  kase,
  binder,
  refresh,
  disclosure,
}: {
  page: PageContext;
  kase: Case;
  binder: Binder;
  /** Refresh the page every few seconds (no JavaScript) while the binder is being made. */
  refresh: boolean;
  disclosure: HearingDisclosure | undefined;
}) {
  const { m, locale } = page;
  const b = m.binder;
  const v = b.view;
  const title = binderTitle(m, binder);
  const base = `/cases/${kase.id}/binders/${binder.id}`;
  const running = binder.status === 'queued' || binder.status === 'building';
  const percent = binderPercent(binder);
  const progressText =
    binder.status === 'queued' || binder.pagesTotal === 0
      ? v.waiting
      : format(v.progress, { percent, done: binder.pagesDone, total: binder.pagesTotal });
  return (
    <Layout page={page} title={title}>
      {running && refresh
        ? // Without JavaScript the page checks again by itself (a meta refresh; the CSP does not
          // restrict it). With JavaScript the noscript is inert and the script below updates
          // live. Written raw: hono/jsx would hoist a <meta> element out of the noscript into
          // the head, where it would refresh the page with JavaScript on too.
          raw(`<noscript><meta http-equiv="refresh" content="${REFRESH_SECONDS}"></noscript>`)
        : null}
      <p>
        <a href={`/cases/${kase.id}/binders`}>{b.backToList}</a>
      </p>
      <h1>{title}</h1>
      <p class="case-meta">
        {childName(kase)} · {format(b.madeOn, { date: formatDate(locale, binder.createdAt) })} ·{' '}
        {b.statuses[binder.status]}
      </p>
      {binder.purpose === 'hearing' ? (
        <HearingBox m={m} locale={locale} caseId={kase.id} disclosure={disclosure} />
      ) : null}
      {running ? (
        <div class="binder-progress" data-progress-url={`${base}/progress`}>
          <p>{v.building}</p>
          <label for="binder-progress">{v.progressLabel}</label>
          <progress id="binder-progress" max="100" value={String(percent)}>
            {percent}%
          </progress>
          <p id="binder-progress-text" role="status">
            {progressText}
          </p>
          {refresh ? (
            <p class="binder-refresh">
              <span class="hint">{v.autoRefresh}</span>{' '}
              <a href={`${base}?refresh=off`}>{v.stopRefresh}</a>
            </p>
          ) : (
            <p>
              <a href={base} class="button button--secondary">
                {v.checkAgain}
              </a>
            </p>
          )}
          <script src={BINDER_SCRIPT_PATH} defer />
        </div>
      ) : null}
      {binder.status === 'done' ? (
        <>
          <p>
            {format(v.ready, {
              pages: binder.pagesTotal,
              size: fileSize(locale, binder.byteSize ?? 0),
            })}
          </p>
          <p>
            <a href={`${base}/download`} class="button" download>
              {v.download}
            </a>
          </p>
          <LeftOutSummary m={m} binder={binder} />
          <h2>{v.fingerprint}</h2>
          <p class="hint">{v.fingerprintHint}</p>
          <p class="feed-url">
            <code>{binder.sha256}</code>
          </p>
        </>
      ) : null}
      {binder.status === 'failed' ? (
        <>
          <p class="warning-text">
            {v.failed[(binder.error ?? 'internal') as keyof typeof v.failed] ?? v.failed.internal}
          </p>
          <p>
            <a href={`/cases/${kase.id}/binders/new`} class="button">
              {v.makeAgain}
            </a>
          </p>
        </>
      ) : null}
      <div class="actions">
        <a href={`${base}/delete`}>{v.delete}</a>
      </div>
    </Layout>
  );
}

export function BinderDeletePage({
  page,
  kase,
  binder,
}: {
  page: PageContext;
  kase: Case;
  binder: Binder;
}) {
  const { m } = page;
  const d = m.binder.delete;
  const base = `/cases/${kase.id}/binders/${binder.id}`;
  return (
    <Layout page={page} title={d.title}>
      <h1>{d.title}</h1>
      <p>{binderTitle(m, binder)}</p>
      <p class="warning-text">{d.warning}</p>
      <form method="post" action={`${base}/delete`}>
        <CsrfField token={page.csrfToken} />
        <div class="actions">
          <button type="submit" class="button button--warning">
            {d.confirm}
          </button>
          <a href={base}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}
