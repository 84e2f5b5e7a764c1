import { COMM_METHODS, type CommLogEntry, type CommLogItem } from '../../db/comm-log.js';
import { CITE_MEDIATION_CONFIDENTIAL } from '../../domain/binder/index.js';
import type { Case } from '../../domain/case/case.js';
import { format, formatDate, type Messages } from '../../i18n/index.js';
import {
  LOG_SEARCH_MAX,
  LOG_TEXT_MAX,
  type LogFilterValues,
  type LogFormValues,
} from '../routes/case-log.schema.js';
import { childName } from './cases.js';
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

/** A vault document as the log shows it (a checkbox on the form, a link on an entry). */
export type LogDocumentView = { id: string; title: string; date: string };

/** How the page shows a letter sent from the app (its title, where it opens, how it was sent). */
export type SentLetterView = { title: string; href: string; sentBy: string | null };

function logBase(kase: Case): string {
  return `/cases/${kase.id}/log`;
}

function methodLabel(m: Messages, method: string): string {
  return m.vault.log.methods[method as keyof Messages['vault']['log']['methods']] ?? method;
}

/** "Phone call with Ms. Lee": the entry's heading. */
export function entryHeading(m: Messages, entry: Pick<CommLogEntry, 'method' | 'withWhom'>) {
  return format(m.vault.log.entry.with, {
    method: methodLabel(m, entry.method),
    withWhom: entry.withWhom,
  });
}

function EntryItem({
  page,
  kase,
  entry,
  documents,
}: {
  page: PageContext;
  kase: Case;
  entry: CommLogEntry;
  documents: ReadonlyMap<string, LogDocumentView>;
}) {
  const { m, locale } = page;
  const l = m.vault.log;
  const heading = entryHeading(m, entry);
  const date = formatDate(locale, entry.occurredOn);
  // In the vault's order (newest document first).
  const ids = new Set(entry.attachmentIds);
  const attached = [...documents.values()].filter((d) => ids.has(d.id));
  return (
    <li class="log-item" id={`entry-${entry.id}`}>
      <h3 class="log-title">{heading}</h3>
      <p class="log-date">{date}</p>
      {entry.mediationConfidential ? (
        <p class="log-tag log-tag--confidential">{l.entry.confidential}</p>
      ) : null}
      <p class="log-text">{entry.summary}</p>
      {entry.promised ? (
        <p class="log-text">
          <strong>{l.entry.promised}</strong> {entry.promised}
        </p>
      ) : null}
      {entry.followUpBy ? (
        <p class="log-follow-up">
          {format(l.entry.followUpBy, { date: formatDate(locale, entry.followUpBy) })}
        </p>
      ) : null}
      {attached.length > 0 ? (
        <div class="log-docs">
          <p>
            <strong>{l.entry.attachments}</strong>
          </p>
          <ul>
            {attached.map((d) => (
              <li>
                <a href={`/cases/${kase.id}/documents/${d.id}`}>{d.title}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="log-actions">
        <a href={`${logBase(kase)}/${entry.id}/edit`}>
          {l.entry.edit}
          <span class="visually-hidden">{` ${heading} (${date})`}</span>
        </a>
        <a href={`${logBase(kase)}/${entry.id}/delete`}>
          {l.entry.delete}
          <span class="visually-hidden">{` ${heading} (${date})`}</span>
        </a>
      </p>
    </li>
  );
}

function LetterItem({
  page,
  date,
  view,
}: {
  page: PageContext;
  date: string;
  view: SentLetterView;
}) {
  const { m, locale } = page;
  const l = m.vault.log.letter;
  const title = format(l.title, { kind: view.title });
  return (
    <li class="log-item log-item--letter">
      <h3 class="log-title">{title}</h3>
      <p class="log-date">{formatDate(locale, date)}</p>
      <p class="log-tag log-tag--app">{l.sentFromApp}</p>
      {view.sentBy ? <p class="log-text">{format(l.sentBy, { method: view.sentBy })}</p> : null}
      <p class="log-actions">
        <a href={view.href}>
          {l.open}
          <span class="visually-hidden">{` ${title}`}</span>
        </a>
      </p>
    </li>
  );
}

export type CommLogPageProps = {
  page: PageContext;
  kase: Case;
  items: readonly CommLogItem[];
  /** The case's vault documents, by id (for the attachment links). */
  documents: ReadonlyMap<string, LogDocumentView>;
  /** How to show a sent letter (its kind's title, its page, how it was sent). */
  letterView: (item: Extract<CommLogItem, { type: 'letter' }>['letter']) => SentLetterView;
  filterValues: LogFilterValues;
  /** True when any filter is on (the empty message and the "show all" link depend on it). */
  filtered: boolean;
  /** A filter date could not be read (and was left out). */
  badDate: boolean;
  notice?: string | undefined;
};

/** The list's filters: a GET form (no script needed), shown once there is something to filter. */
function LogFilterForm(props: CommLogPageProps) {
  const { page, kase, filterValues } = props;
  const { m } = page;
  const l = m.vault.log;
  return (
    <form
      method="get"
      action={logBase(kase)}
      class="log-filter"
      aria-labelledby="log-filter-heading"
    >
      <h2 id="log-filter-heading">{l.filter.heading}</h2>
      {props.badDate ? <p class="field-error">{l.errors.filterDate}</p> : null}
      <div class="log-filter__fields">
        <SelectField
          m={m}
          name="method"
          label={l.filter.method}
          value={filterValues.method ?? ''}
          options={[
            { value: '', label: l.filter.anyMethod },
            ...COMM_METHODS.map((method) => ({ value: method, label: l.methods[method] })),
          ]}
        />
        <TextField m={m} name="from" type="date" label={l.filter.from} value={filterValues.from} />
        <TextField m={m} name="to" type="date" label={l.filter.to} value={filterValues.to} />
        <TextField
          m={m}
          name="q"
          label={l.filter.q}
          hint={l.filter.qHint}
          value={filterValues.q}
          maxlength={LOG_SEARCH_MAX}
        />
      </div>
      <div class="actions">
        <button type="submit" class="button button--secondary">
          {l.filter.submit}
        </button>
        {props.filtered ? <a href={logBase(kase)}>{l.filter.clear}</a> : null}
      </div>
    </form>
  );
}

/** The log: filters (a GET form), the entries and sent letters newest first, and "add". */
export function CommLogPage(props: CommLogPageProps) {
  const { page, kase, items } = props;
  const { m } = page;
  const l = m.vault.log;
  const title = format(l.title, { name: kase.childFirstName });
  return (
    <Layout page={page} title={title}>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p>
        <a href={`/cases/${kase.id}`}>{format(l.back, { name: childName(kase) })}</a>
      </p>
      <h1>{title}</h1>
      <p>{l.intro}</p>
      <div class="actions">
        <a href={`${logBase(kase)}/new`} class="button">
          {l.add}
        </a>
      </div>

      {items.length > 0 || props.filtered ? <LogFilterForm {...props} /> : null}

      <h2 id="entries">{l.entriesHeading}</h2>
      {items.length === 0 ? (
        <p>{props.filtered ? l.noMatches : l.none}</p>
      ) : (
        <>
          {props.filtered ? <p>{format(l.shown, { count: items.length })}</p> : null}
          <ol class="log-list">
            {items.map((item) =>
              item.type === 'entry' ? (
                <EntryItem page={page} kase={kase} entry={item.entry} documents={props.documents} />
              ) : (
                <LetterItem page={page} date={item.date} view={props.letterView(item.letter)} />
              ),
            )}
          </ol>
        </>
      )}
    </Layout>
  );
}

/** The "said in mediation" checkbox, with one plain sentence on what it means. */
function ConfidentialField({ m, checked }: { m: Messages; checked: boolean }) {
  const f = m.vault.log.fields;
  return (
    <div class="field">
      <div class="radio">
        <input
          type="checkbox"
          id="mediationConfidential"
          name="mediationConfidential"
          value="on"
          checked={checked}
          aria-describedby="mediationConfidential-hint"
        />
        <label for="mediationConfidential">{f.confidential}</label>
      </div>
      <p id="mediationConfidential-hint" class="hint log-check-hint">
        {format(f.confidentialHint, { cite: CITE_MEDIATION_CONFIDENTIAL.cite })}
      </p>
    </div>
  );
}

/** Checkboxes for the case's vault documents; the first takes the id `doc` for error links. */
function AttachmentsField({
  m,
  kase,
  documents,
  selected,
  error,
}: {
  m: Messages;
  kase: Case;
  documents: readonly LogDocumentView[];
  selected: ReadonlySet<string>;
  error: string | undefined;
}) {
  const f = m.vault.log.fields;
  if (documents.length === 0) {
    return (
      <div class={`field${error ? ' field--error' : ''}`}>
        <p>
          <strong>{f.attachments}</strong>
        </p>
        {error ? (
          <p id="doc-error" class="field-error">
            <span class="visually-hidden">{m.form.errorPrefix} </span>
            {error}
          </p>
        ) : null}
        <p id="doc">
          {f.noDocuments} <a href={`/cases/${kase.id}/documents/new`}>{m.vault.upload}</a>
        </p>
      </div>
    );
  }
  const describedBy = ['doc-hint', error ? 'doc-error' : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy}>
        <legend>{f.attachments}</legend>
        <p id="doc-hint" class="hint">
          {f.attachmentsHint}
        </p>
        {error ? (
          <p id="doc-error" class="field-error">
            <span class="visually-hidden">{m.form.errorPrefix} </span>
            {error}
          </p>
        ) : null}
        {documents.map((d, i) => {
          const id = i === 0 ? 'doc' : `doc-${d.id}`;
          return (
            <div class="radio">
              <input type="checkbox" id={id} name="doc" value={d.id} checked={selected.has(d.id)} />
              <label for={id}>
                {d.title}
                <span class="case-meta">{d.date}</span>
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** The form to add an entry, or to change one (`entry` given). */
export function CommLogFormPage({
  page,
  kase,
  entry,
  values,
  documents,
  errors = {},
}: {
  page: PageContext;
  kase: Case;
  entry?: CommLogEntry | undefined;
  values: LogFormValues;
  documents: readonly LogDocumentView[];
  errors?: FieldErrors;
}) {
  const { m, locale } = page;
  const l = m.vault.log;
  const f = l.fields;
  const title = entry ? l.editTitle : l.newTitle;
  const action = entry ? `${logBase(kase)}/${entry.id}` : logBase(kase);
  const shownDocuments = documents.map((d) => ({ ...d, date: formatDate(locale, d.date) }));
  return (
    <Layout page={page} title={title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      <p>
        <a href={logBase(kase)}>{l.backToLog}</a>
      </p>
      <h1>{title}</h1>
      <form method="post" action={action} novalidate class="log-form">
        <CsrfField token={page.csrfToken} />
        <TextField
          m={m}
          name="occurredOn"
          type="date"
          label={f.occurredOn}
          hint={f.occurredOnHint}
          value={values.occurredOn}
          error={errors.occurredOn}
        />
        <RadioGroup
          m={m}
          name="method"
          label={f.method}
          value={values.method ?? ''}
          error={errors.method}
          options={COMM_METHODS.map((method) => ({ value: method, label: l.methods[method] }))}
        />
        <TextField
          m={m}
          name="withWhom"
          label={f.withWhom}
          hint={f.withWhomHint}
          value={values.withWhom}
          maxlength={LOG_TEXT_MAX.withWhom}
          autocomplete="off"
          error={errors.withWhom}
        />
        <TextArea
          m={m}
          name="summary"
          label={f.summary}
          hint={f.summaryHint}
          value={values.summary}
          maxlength={LOG_TEXT_MAX.summary}
          error={errors.summary}
        />
        <TextArea
          m={m}
          name="promised"
          label={f.promised}
          optional={m.form.optional}
          hint={f.promisedHint}
          value={values.promised}
          maxlength={LOG_TEXT_MAX.promised}
          error={errors.promised}
        />
        <TextField
          m={m}
          name="followUpBy"
          type="date"
          label={f.followUpBy}
          optional={m.form.optional}
          hint={f.followUpByHint}
          value={values.followUpBy}
          error={errors.followUpBy}
        />
        <ConfidentialField m={m} checked={values.mediationConfidential === true} />
        <AttachmentsField
          m={m}
          kase={kase}
          documents={shownDocuments}
          selected={new Set(values.doc ?? [])}
          error={errors.doc}
        />
        <div class="actions">
          <button type="submit" class="button">
            {m.form.save}
          </button>
          <a href={logBase(kase)}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

/** "Delete this entry?" with the entry shown, a warning and the confirm button. */
export function CommLogDeletePage({
  page,
  kase,
  entry,
}: {
  page: PageContext;
  kase: Case;
  entry: CommLogEntry;
}) {
  const { m, locale } = page;
  const l = m.vault.log;
  return (
    <Layout page={page} title={l.deleteTitle}>
      <h1>{l.deleteTitle}</h1>
      <p>
        <strong>{formatDate(locale, entry.occurredOn)}</strong>: {entryHeading(m, entry)}
      </p>
      <p class="log-text">{entry.summary}</p>
      <p class="warning-text">{l.deleteWarning}</p>
      <form method="post" action={`${logBase(kase)}/${entry.id}/delete`}>
        <CsrfField token={page.csrfToken} />
        <div class="actions">
          <button type="submit" class="button button--warning">
            {l.deleteConfirm}
          </button>
          <a href={logBase(kase)}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}
