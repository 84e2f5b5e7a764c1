import type { CaseDocument } from '../../db/documents.js';
import { DOCUMENT_CATEGORIES, DOCUMENT_SOURCES } from '../../db/documents.js';
import type { Case } from '../../domain/case/case.js';
import { format, formatDate, type Messages } from '../../i18n/index.js';
import { MAX_FILES_PER_UPLOAD, MAX_IMAGE_SIDE, MAX_PDF_PAGES } from '../../storage/file-checks.js';
import type { RejectedFile } from '../../storage/prepare-file.js';
import { DOCUMENT_NOTES_MAX, DOCUMENT_TITLE_MAX } from '../routes/case-documents.schema.js';
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

const ACCEPT = 'application/pdf,image/jpeg,image/png';
const PHOTO_ACCEPT = 'image/jpeg,image/png';

/** The limits the pages quote to the parent. */
export type UploadLimits = { maxFileBytes: number; quotaBytes: number };

const MB = 1024 * 1024;

/** A size in the parent's words: "820 KB", "3.4 MB". */
export function formatBytes(m: Messages, bytes: number): string {
  if (bytes < 1024) {
    return format(m.vault.size.bytes, { n: bytes });
  }
  if (bytes < MB) {
    return format(m.vault.size.kb, { n: Math.round(bytes / 1024) });
  }
  const mb = bytes / MB;
  return format(m.vault.size.mb, { n: mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10 });
}

/** The plain sentence for a refused file. */
export function rejectionMessage(
  m: Messages,
  reason: RejectedFile['reason'],
  limits: UploadLimits,
) {
  return format(m.vault.reasons[reason], {
    maxMb: Math.round((limits.maxFileBytes / MB) * 10) / 10,
    maxPages: MAX_PDF_PAGES,
    maxSide: MAX_IMAGE_SIDE,
    maxFiles: MAX_FILES_PER_UPLOAD,
    quota: formatBytes(m, limits.quotaBytes),
  });
}

function base(kase: Case) {
  return `/cases/${kase.id}/documents`;
}

function Tags({ m, doc }: { m: Messages; doc: CaseDocument }) {
  return (
    <>
      {doc.mediationConfidential ? (
        <span class="tag tag--confidential">{m.vault.confidentialTag}</span>
      ) : null}
      {doc.binderOk ? null : <span class="tag tag--no-binder">{m.vault.noBinderTag}</span>}
    </>
  );
}

export function DocumentListPage({
  page,
  kase,
  documents,
  values,
  filtered,
  badDate,
  notice,
  usedBytes,
  limits,
}: {
  page: PageContext;
  kase: Case;
  documents: CaseDocument[];
  values: Record<string, string>;
  filtered: boolean;
  badDate: boolean;
  notice?: string | undefined;
  usedBytes: number;
  limits: UploadLimits;
}) {
  const { m, locale } = page;
  const v = m.vault;
  const title = format(v.titleFor, { name: childName(kase) });
  return (
    <Layout page={page} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        <a href={`/cases/${kase.id}`}>{format(v.backToCase, { name: childName(kase) })}</a>
      </p>
      <h1>{title}</h1>
      <p>{v.intro}</p>
      <div class="actions">
        <a href={`${base(kase)}/new`} class="button">
          {v.upload}
        </a>
      </div>
      {/* Nothing to filter until the case has a document. */}
      {documents.length === 0 && !filtered && !badDate ? null : (
        <form method="get" action={base(kase)} class="doc-filter">
          <h2>{v.filter.heading}</h2>
          {badDate ? <p class="field-error">{v.filter.badDate}</p> : null}
          <div class="doc-filter__fields">
            <SelectField
              m={m}
              name="category"
              label={v.filter.category}
              value={values.category}
              options={[
                { value: '', label: v.filter.allCategories },
                ...DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: v.categories[c] })),
              ]}
            />
            <TextField m={m} name="from" type="date" label={v.filter.from} value={values.from} />
            <TextField m={m} name="to" type="date" label={v.filter.to} value={values.to} />
            <TextField m={m} name="q" label={v.filter.q} value={values.q} maxlength={200} />
          </div>
          <div class="actions">
            <button type="submit" class="button button--secondary">
              {v.filter.submit}
            </button>
            {filtered ? <a href={base(kase)}>{v.filter.clear}</a> : null}
          </div>
        </form>
      )}
      <h2 id="documents-heading">
        {documents.length === 1 ? v.countOne : format(v.count, { count: documents.length })}
      </h2>
      {documents.length === 0 ? (
        <p>{filtered ? v.noMatches : v.none}</p>
      ) : (
        <ul class="doc-list" aria-labelledby="documents-heading">
          {documents.map((d) => (
            <li>
              <a href={`${base(kase)}/${d.id}`} class="doc-list__title">
                {d.title}
              </a>
              <span class="doc-list__meta">
                {[
                  formatDate(locale, d.documentDate),
                  v.categories[d.category],
                  v.sources[d.source],
                  d.pageCount === null ? null : `${v.table.pages}: ${d.pageCount}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <Tags m={m} doc={d} />
            </li>
          ))}
        </ul>
      )}
      <p class="hint">
        {format(v.storageUsed, {
          used: formatBytes(m, usedBytes),
          quota: formatBytes(m, limits.quotaBytes),
        })}
      </p>
    </Layout>
  );
}

function Checkbox({
  name,
  label,
  hint,
  checked,
}: {
  name: string;
  label: string;
  hint: string;
  checked: boolean;
}) {
  return (
    <div class="field">
      <div class="radio">
        <input
          type="checkbox"
          id={name}
          name={name}
          value="1"
          checked={checked}
          aria-describedby={`${name}-hint`}
        />
        <label for={name}>{label}</label>
      </div>
      <p id={`${name}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );
}

/** The details every document has (upload and edit share them). */
function DetailFields({
  m,
  values,
  errors,
  titleHint,
}: {
  m: Messages;
  values: Record<string, string | null | undefined>;
  errors: FieldErrors;
  titleHint: string;
}) {
  const v = m.vault;
  const opt = m.form.optional;
  return (
    <>
      <SelectField
        m={m}
        name="category"
        label={v.form.category}
        value={values.category}
        error={errors.category}
        options={[
          { value: '', label: v.form.chooseCategory },
          ...DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: v.categories[c] })),
        ]}
      />
      <TextField
        m={m}
        name="documentDate"
        type="date"
        label={v.form.documentDate}
        hint={v.form.documentDateHint}
        value={values.documentDate}
        error={errors.documentDate}
      />
      <TextField
        m={m}
        name="title"
        label={v.form.title}
        optional={opt}
        hint={titleHint}
        value={values.title}
        maxlength={DOCUMENT_TITLE_MAX}
        error={errors.title}
      />
      <RadioGroup
        m={m}
        name="source"
        label={v.form.source}
        value={values.source}
        error={errors.source}
        options={DOCUMENT_SOURCES.map((s) => ({ value: s, label: v.sources[s] }))}
      />
      <TextArea
        m={m}
        name="notes"
        label={v.form.notes}
        optional={opt}
        hint={v.form.notesHint}
        value={values.notes}
        maxlength={DOCUMENT_NOTES_MAX}
        error={errors.notes}
      />
      <Checkbox
        name="mediationConfidential"
        label={v.form.confidential}
        hint={v.form.confidentialHint}
        checked={Boolean(values.mediationConfidential) || values.category === 'mediation'}
      />
    </>
  );
}

function FileInputs({ m, error }: { m: Messages; error?: string | undefined }) {
  const v = m.vault.form;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      {error ? (
        <p id="files-error" class="field-error">
          <span class="visually-hidden">{m.form.errorPrefix} </span>
          {error}
        </p>
      ) : null}
      <label for="files">{v.files}</label>
      <p id="files-hint" class="hint">
        {v.filesHint}
      </p>
      <input
        type="file"
        id="files"
        name="files"
        multiple
        accept={ACCEPT}
        class="file-input"
        aria-describedby={error ? 'files-hint files-error' : 'files-hint'}
        aria-invalid={error ? 'true' : undefined}
      />
      <label for="camera" class="file-camera-label">
        {v.camera}
      </label>
      <p id="camera-hint" class="hint">
        {v.cameraHint}
      </p>
      <input
        type="file"
        id="camera"
        name="camera"
        accept={PHOTO_ACCEPT}
        capture="environment"
        class="file-input"
        aria-describedby="camera-hint"
      />
    </div>
  );
}

export function DocumentUploadPage({
  page,
  kase,
  values,
  errors = {},
  limits,
}: {
  page: PageContext;
  kase: Case;
  values: Record<string, string | undefined>;
  errors?: FieldErrors;
  limits: UploadLimits;
}) {
  const { m } = page;
  const v = m.vault;
  return (
    <Layout page={page} title={v.form.uploadTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      <p>
        <a href={base(kase)}>{v.backToList}</a>
      </p>
      <h1>{v.form.uploadTitle}</h1>
      <p>
        {format(v.form.uploadIntro, {
          maxMb: Math.round((limits.maxFileBytes / MB) * 10) / 10,
        })}
      </p>
      <form method="post" action={base(kase)} enctype="multipart/form-data" novalidate>
        <CsrfField token={page.csrfToken} />
        <FileInputs m={m} error={errors.files} />
        <RadioGroup
          m={m}
          name="photos"
          label={v.form.photos}
          value={values.photos ?? 'combine'}
          options={[
            { value: 'combine', label: v.form.photosCombine },
            { value: 'separate', label: v.form.photosSeparate },
          ]}
        />
        <DetailFields m={m} values={values} errors={errors} titleHint={v.form.titleHint} />
        <p class="hint">{v.form.uploading}</p>
        <div class="actions">
          <button type="submit" class="button">
            {v.form.submit}
          </button>
          <a href={base(kase)}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

export type SavedDocument = { document: CaseDocument; sourceNames: string[] };

export function UploadResultPage({
  page,
  kase,
  saved,
  rejected,
  limits,
}: {
  page: PageContext;
  kase: Case;
  saved: SavedDocument[];
  rejected: RejectedFile[];
  limits: UploadLimits;
}) {
  const { m, locale } = page;
  const v = m.vault;
  const summary =
    saved.length === 0
      ? v.result.savedNone
      : saved.length === 1
        ? v.result.savedOne
        : format(v.result.saved, { count: saved.length });
  return (
    <Layout page={page} title={v.result.title}>
      {saved.length > 0 ? <Notice>{summary}</Notice> : null}
      <h1>{v.result.title}</h1>
      {saved.length === 0 ? <p>{summary}</p> : null}
      {rejected.length > 0 ? (
        <div class="upload-problems" role="alert" aria-labelledby="rejected-heading">
          <h2 id="rejected-heading">{v.result.rejectedHeading}</h2>
          {saved.length > 0 ? <p>{v.result.rejectedIntro}</p> : null}
          <ul>
            {rejected.map((r) => (
              <li>
                <strong class="file-name">{r.fileName}</strong>
                <span class="upload-problems__reason">{rejectionMessage(m, r.reason, limits)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {saved.length > 0 ? (
        <ul class="doc-list">
          {saved.map(({ document: d, sourceNames }) => (
            <li>
              <a href={`${base(kase)}/${d.id}`} class="doc-list__title">
                {d.title}
              </a>
              <span class="doc-list__meta">
                {[formatDate(locale, d.documentDate), v.categories[d.category]].join(' · ')}
              </span>
              {sourceNames.length > 1 ? (
                <span class="doc-list__meta">
                  {format(v.result.fromFiles, { names: sourceNames.join(', ') })}
                </span>
              ) : null}
              <Tags m={m} doc={d} />
            </li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <a href={`${base(kase)}/new`} class="button button--secondary">
          {v.result.addMore}
        </a>
        <a href={base(kase)}>{v.backToList}</a>
      </div>
    </Layout>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function DocumentViewPage({
  page,
  kase,
  doc,
  notice,
}: {
  page: PageContext;
  kase: Case;
  doc: CaseDocument;
  notice?: string | undefined;
}) {
  const { m, locale } = page;
  const v = m.vault;
  const url = `${base(kase)}/${doc.id}`;
  return (
    <Layout page={page} title={doc.title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        <a href={base(kase)}>{v.backToList}</a>
      </p>
      <h1>{doc.title}</h1>
      <Tags m={m} doc={doc} />
      <div class="actions">
        <a href={`${url}/download`} class="button" download>
          {v.view.download}
        </a>
        {doc.mediaType !== 'application/pdf' && doc.pdfBlobKey ? (
          <a href={`${url}/download?form=pdf`} class="button button--secondary" download>
            {v.view.downloadPdf}
          </a>
        ) : null}
      </div>
      <p class="hint">{v.view.downloadHint}</p>
      <h2>{v.view.details}</h2>
      <dl class="details">
        <Detail label={v.view.category} value={v.categories[doc.category]} />
        <Detail label={v.view.documentDate} value={formatDate(locale, doc.documentDate)} />
        <Detail label={v.view.source} value={v.sources[doc.source]} />
        <Detail label={v.view.notes} value={doc.notes ?? m.cases.notGiven} />
        <Detail
          label={v.view.file}
          value={format(v.view.fileInfo, {
            name: doc.fileName,
            size: formatBytes(m, doc.byteSize),
          })}
        />
        {doc.pageCount === null ? null : (
          <Detail label={v.view.pages} value={String(doc.pageCount)} />
        )}
        <Detail
          label={v.view.confidential}
          value={doc.mediationConfidential ? v.view.confidentialYes : v.view.confidentialNo}
        />
        <Detail
          label={v.view.binder}
          value={
            doc.binderOk || !doc.binderProblem
              ? v.view.binderYes
              : v.binderProblems[doc.binderProblem]
          }
        />
        <Detail label={v.view.added} value={formatDate(locale, doc.createdAt)} />
      </dl>
      <div class="actions">
        <a href={`${url}/edit`} class="button button--secondary">
          {v.view.edit}
        </a>
        <a href={`${url}/replace`} class="button button--secondary">
          {v.view.replace}
        </a>
        <a href={`${url}/delete`}>{v.view.delete}</a>
      </div>
    </Layout>
  );
}

/** What the edit form shows: the saved document, or what was just typed. */
export function documentFormValues(doc: CaseDocument): Record<string, string> {
  return {
    category: doc.category,
    documentDate: doc.documentDate,
    title: doc.title,
    source: doc.source,
    notes: doc.notes ?? '',
    mediationConfidential: doc.mediationConfidential ? '1' : '',
  };
}

export function DocumentEditPage({
  page,
  kase,
  doc,
  values,
  errors = {},
}: {
  page: PageContext;
  kase: Case;
  doc: CaseDocument;
  values: Record<string, string | undefined>;
  errors?: FieldErrors;
}) {
  const { m } = page;
  const v = m.vault;
  const url = `${base(kase)}/${doc.id}`;
  return (
    <Layout page={page} title={v.form.editTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      <p>
        <a href={url}>{doc.title}</a>
      </p>
      <h1>{v.form.editTitle}</h1>
      <form method="post" action={`${url}/edit`} novalidate>
        <CsrfField token={page.csrfToken} />
        <DetailFields m={m} values={values} errors={errors} titleHint={v.form.titleHint} />
        <div class="actions">
          <button type="submit" class="button">
            {m.form.save}
          </button>
          <a href={url}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

export function DocumentReplacePage({
  page,
  kase,
  doc,
  errors = {},
  rejected = [],
  limits,
}: {
  page: PageContext;
  kase: Case;
  doc: CaseDocument;
  errors?: FieldErrors;
  rejected?: RejectedFile[];
  limits: UploadLimits;
}) {
  const { m } = page;
  const v = m.vault;
  const url = `${base(kase)}/${doc.id}`;
  const hasErrors = Object.keys(errors).length > 0 || rejected.length > 0;
  return (
    <Layout page={page} title={v.form.replaceTitle} hasErrors={hasErrors}>
      <ErrorSummary m={m} errors={errors} />
      {rejected.length > 0 ? (
        <div class="upload-problems" role="alert" aria-labelledby="rejected-heading">
          <h2 id="rejected-heading">{v.result.rejectedHeading}</h2>
          <ul>
            {rejected.map((r) => (
              <li>
                <strong class="file-name">{r.fileName}</strong>
                <span class="upload-problems__reason">{rejectionMessage(m, r.reason, limits)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <a href={url}>{doc.title}</a>
      </p>
      <h1>{v.form.replaceTitle}</h1>
      <p>{v.form.replaceIntro}</p>
      <form method="post" action={`${url}/replace`} enctype="multipart/form-data" novalidate>
        <CsrfField token={page.csrfToken} />
        <FileInputs m={m} error={errors.files} />
        <p class="hint">{v.form.uploading}</p>
        <div class="actions">
          <button type="submit" class="button">
            {v.form.replaceSubmit}
          </button>
          <a href={url}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

export function DocumentDeletePage({
  page,
  kase,
  doc,
}: {
  page: PageContext;
  kase: Case;
  doc: CaseDocument;
}) {
  const { m } = page;
  const v = m.vault;
  const url = `${base(kase)}/${doc.id}`;
  const title = format(v.deleteTitle, { title: doc.title });
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p class="warning-text">{v.deleteWarning}</p>
      <form method="post" action={`${url}/delete`}>
        <CsrfField token={page.csrfToken} />
        <div class="actions">
          <button type="submit" class="button button--warning">
            {v.deleteConfirm}
          </button>
          <a href={url}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}
