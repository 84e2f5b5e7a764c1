import { raw } from 'hono/html';
import type { CaseLetter } from '../../db/letters.js';
import { SENT_METHODS } from '../../db/letters.js';
import type { Case } from '../../domain/case/case.js';
import { formatDate } from '../../domain/deadlines/index.js';
import {
  ELEMENTS,
  type ElementId,
  LETTER_KINDS,
  type LetterKind,
  type LetterModel,
} from '../../domain/letters/index.js';
import { format } from '../../i18n/index.js';
import {
  CONCERN_ROWS,
  CORE_GROUPS,
  elementFieldPath,
  KIND_FIELDS,
  type LetterFieldSpec,
  labelKey,
  promiseRowsShown,
} from '../routes/case-letters.schema.js';
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

type Base = { page: PageContext; kase: Case };

function lettersPath(kase: Case): string {
  return `/cases/${kase.id}/letters`;
}

function statusText(page: PageContext, letter: CaseLetter): string {
  const t = page.m.letters.status;
  return letter.status === 'sent' && letter.sentOn
    ? format(t.sent, { date: formatDate(letter.sentOn, page.locale) })
    : t[letter.status];
}

/** The letters of a case and the kinds a parent can start. */
export function LettersListPage(props: Base & { letters: readonly CaseLetter[]; notice?: string }) {
  const { page, kase } = props;
  const { m, locale } = page;
  const t = m.letters;
  const name = childName(kase);
  return (
    <Layout page={page} title={format(t.listTitle, { name: kase.childFirstName })}>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p>
        <a href={`/cases/${kase.id}`}>{format(t.back, { name })}</a>
      </p>
      <h1>{format(t.listTitle, { name: kase.childFirstName })}</h1>
      <p>{t.intro}</p>
      {props.letters.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="letter-list">
          {props.letters.map((letter) => (
            <li>
              <a href={`${lettersPath(kase)}/${letter.id}`}>{t.kinds[letter.kind]}</a>
              <br />
              <span class="hint">
                {statusText(page, letter)} ·{' '}
                {format(t.created, { date: formatDate(letter.createdAt.slice(0, 10), locale) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2 id="new">{t.startHeading}</h2>
      <ul class="letter-kinds">
        {LETTER_KINDS.map((kind) => (
          <li>
            <form method="post" action={lettersPath(kase)}>
              <CsrfField token={page.csrfToken} />
              <input type="hidden" name="kind" value={kind} />
              <h3>{t.kinds[kind]}</h3>
              <p class="hint">{t.kindHints[kind]}</p>
              <button type="submit" class="button button--secondary">
                {t.start}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** One kind, ready to start (the target of "write this letter" links). */
export function LetterStartPage(props: Base & { kind: LetterKind }) {
  const { page, kase, kind } = props;
  const t = page.m.letters;
  return (
    <Layout page={page} title={t.kinds[kind]}>
      <p>
        <a href={lettersPath(kase)}>{format(t.listTitle, { name: kase.childFirstName })}</a>
      </p>
      <h1>{t.kinds[kind]}</h1>
      <p>{t.kindHints[kind]}</p>
      <form method="post" action={lettersPath(kase)}>
        <CsrfField token={page.csrfToken} />
        <input type="hidden" name="kind" value={kind} />
        <button type="submit" class="button">
          {t.start}
        </button>
      </form>
    </Layout>
  );
}

function Field(props: {
  page: PageContext;
  spec: LetterFieldSpec;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { page, spec, values, errors } = props;
  const t = page.m.letters;
  const label = t.fields[labelKey(spec.path) as keyof typeof t.fields] ?? spec.path;
  const common = {
    m: page.m,
    name: spec.path,
    label,
    value: values[spec.path] ?? '',
    error: errors[spec.path],
  };
  switch (spec.input) {
    case 'textarea':
    case 'lines':
      return <TextArea {...common} />;
    case 'date':
      return <TextField {...common} type="date" />;
    case 'email':
      return <TextField {...common} type="email" autocomplete="email" />;
    case 'yesno':
      return (
        <RadioGroup
          {...common}
          options={[
            { value: '', label: t.notSaid },
            { value: 'yes', label: t.yes },
            { value: 'no', label: t.no },
          ]}
        />
      );
    case 'format':
      return (
        <SelectField
          {...common}
          options={[
            { value: '', label: t.notSaid },
            { value: 'electronic', label: t.formats.electronic },
            { value: 'paper', label: t.formats.paper },
          ]}
        />
      );
    default:
      return <TextField {...common} />;
  }
}

/** The letter's details, grouped; field names are the data paths the law checks name. */
export function LetterEditPage(
  props: Base & { letter: CaseLetter; values: Record<string, string>; errors: FieldErrors },
) {
  const { page, kase, letter, values, errors } = props;
  const { m } = page;
  const t = m.letters;
  const field = (spec: LetterFieldSpec) => (
    <Field page={page} spec={spec} values={values} errors={errors} />
  );
  const rows = (
    prefix: string,
    count: number,
    size: number,
    label: string,
    specs: readonly LetterFieldSpec[],
  ) =>
    Array.from({ length: count }, (_, i) => (
      <fieldset class="letter-row">
        <legend>{format(label, { n: i + 1 })}</legend>
        {specs
          .filter((s) => s.path.startsWith(`${prefix}.${i}.`))
          .slice(0, size)
          .map(field)}
      </fieldset>
    ));
  const kindFields = KIND_FIELDS[letter.kind];
  return (
    <Layout page={page} title={t.kinds[letter.kind]} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      <p>
        <a href={`${lettersPath(kase)}/${letter.id}`}>{t.previewHeading}</a>
      </p>
      <h1>{t.kinds[letter.kind]}</h1>
      <form
        method="post"
        action={`${lettersPath(kase)}/${letter.id}/edit`}
        class="letter-form"
        novalidate
      >
        <CsrfField token={page.csrfToken} />
        <h2>{t.groups.you}</h2>
        {CORE_GROUPS.you.map(field)}
        <h2>{t.groups.child}</h2>
        {CORE_GROUPS.child.map(field)}
        <h2>{t.groups.district}</h2>
        {CORE_GROUPS.district.map(field)}
        <h2>{t.groups.problem}</h2>
        {rows('concerns', CONCERN_ROWS, 3, t.concernRow, CORE_GROUPS.problem)}
        {field(CORE_GROUPS.problem[CORE_GROUPS.problem.length - 1] as LetterFieldSpec)}
        {kindFields.length > 0 ? (
          <>
            <h2>{t.groups.kind}</h2>
            {kindFields.filter((s) => !s.path.startsWith('promises.')).map(field)}
            {letter.kind === 'meeting_follow_up'
              ? rows('promises', promiseRowsShown(values), 3, t.promiseRow, kindFields)
              : null}
          </>
        ) : null}
        <h2>{t.groups.closing}</h2>
        {CORE_GROUPS.closing.map(field)}
        <div class="actions">
          <button type="submit" class="button">
            {t.save}
          </button>
        </div>
      </form>
    </Layout>
  );
}

function downloads(base: string, variant: string) {
  return {
    pdf: `${base}/letter.pdf${variant ? `?variant=${variant}` : ''}`,
    docx: `${base}/letter.docx${variant ? `?variant=${variant}` : ''}`,
    html: `${base}/letter.html${variant ? `?variant=${variant}` : ''}`,
  };
}

/** The letter as it reads now, what is missing, and the next step: finalize, download, send. */
export function LetterViewPage(
  props: Base & {
    letter: CaseLetter;
    letterHtml: string;
    missing: readonly ElementId[];
    warnings: readonly ElementId[];
    notice?: string | undefined;
    sentValues?: Record<string, string>;
    sentErrors?: FieldErrors;
    today: string;
  },
) {
  const { page, kase, letter, missing, warnings } = props;
  const { m, locale } = page;
  const t = m.letters;
  const base = `${lettersPath(kase)}/${letter.id}`;
  const sentErrors = props.sentErrors ?? {};
  const sentValues = props.sentValues ?? { sentOn: props.today };
  const final = downloads(base, '');
  const mirror = downloads(base, 'mirror');
  const spanish = downloads(base, 'es');
  return (
    <Layout page={page} title={t.kinds[letter.kind]} hasErrors={Object.keys(sentErrors).length > 0}>
      <ErrorSummary m={m} errors={sentErrors} />
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p class="no-print">
        <a href={lettersPath(kase)}>{format(t.listTitle, { name: kase.childFirstName })}</a>
      </p>
      <h1>{t.kinds[letter.kind]}</h1>
      <p>
        <strong>{statusText(page, letter)}</strong>
      </p>
      {missing.length > 0 ? (
        <section class="letter-missing" aria-labelledby="missing-heading">
          <h2 id="missing-heading">{t.missingHeading}</h2>
          <p>{t.missingIntro}</p>
          <ul>
            {missing.map((id) => (
              <li>
                <a href={`${base}/edit#${elementFieldPath(id)}`}>{ELEMENTS[id].name[locale]}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {warnings.length > 0 && letter.status === 'draft' ? (
        <section class="letter-warnings" aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">{t.warningsHeading}</h2>
          <ul>
            {warnings.map((id) => (
              <li>
                <a href={`${base}/edit#${elementFieldPath(id)}`}>
                  {t.warnings[id as keyof typeof t.warnings] ??
                    format(t.warningOther, { name: ELEMENTS[id].name[locale] })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {letter.status === 'draft' ? (
        <p class="letter-actions no-print">
          <a href={`${base}/edit`} class="button button--secondary">
            {t.editDetails}
          </a>{' '}
          <a href={`${base}/paragraphs`} class="button button--secondary">
            {t.editParagraphs}
          </a>
        </p>
      ) : null}
      <h2 id="letter">{t.previewHeading}</h2>
      <div class="letter-preview">{raw(props.letterHtml)}</div>
      {letter.status === 'draft' ? (
        <section class="no-print" aria-labelledby="finalize-heading">
          <h2 id="finalize-heading">{t.finalizeHeading}</h2>
          <p>{t.finalizeHint}</p>
          <form method="post" action={`${base}/finalize`}>
            <CsrfField token={page.csrfToken} />
            <button type="submit" class="button">
              {t.finalize}
            </button>
          </form>
          <form method="post" action={`${base}/delete`} class="letter-delete">
            <CsrfField token={page.csrfToken} />
            <button type="submit" class="button button--secondary">
              {t.deleteDraft}
            </button>
          </form>
        </section>
      ) : (
        <>
          <section class="no-print" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{t.downloadsHeading}</h2>
            <ul class="letter-downloads">
              <li>
                <a href={final.pdf}>{t.downloadPdf}</a>
              </li>
              <li>
                <a href={final.docx}>{t.downloadDocx}</a>
              </li>
              <li>
                <a href={final.html}>{t.downloadHtml}</a>
              </li>
            </ul>
            {letter.finalSha256 ? (
              <p class="hint letter-hash">{format(t.hash, { hash: letter.finalSha256 })}</p>
            ) : null}
            {letter.language === 'en' ? (
              <>
                <h3 lang="es">{m.letters.mirrorHeading}</h3>
                <p>{t.mirrorHint}</p>
                <ul class="letter-downloads">
                  <li>
                    <a href={mirror.pdf}>{t.mirrorPdf}</a>
                  </li>
                  <li>
                    <a href={mirror.docx}>{t.mirrorDocx}</a>
                  </li>
                </ul>
                <p>{t.spanishLetterHint}</p>
                <ul class="letter-downloads">
                  <li>
                    <a href={spanish.pdf}>{t.spanishPdf}</a>
                  </li>
                  <li>
                    <a href={spanish.docx}>{t.spanishDocx}</a>
                  </li>
                </ul>
              </>
            ) : null}
          </section>
          {letter.status === 'sent' ? (
            <section aria-labelledby="sent-heading">
              <h2 id="sent-heading">{t.sentHeading}</h2>
              <p>
                {format(t.sentSummary, {
                  date: letter.sentOn ? formatDate(letter.sentOn, locale) : '',
                  method: letter.sentMethod ? t.methods[letter.sentMethod] : '',
                })}
              </p>
              {letter.trackingNumber ? (
                <p>{format(t.tracking, { number: letter.trackingNumber })}</p>
              ) : null}
              {letter.eventId ? (
                <p>
                  <a href={`/cases/${kase.id}/timeline`}>{t.startedClock}</a>
                </p>
              ) : null}
            </section>
          ) : (
            <section class="no-print" aria-labelledby="sent-heading">
              <h2 id="sent-heading">{t.sentHeading}</h2>
              <p>{t.sentHint}</p>
              <form method="post" action={`${base}/sent`} novalidate>
                <CsrfField token={page.csrfToken} />
                <TextField
                  m={m}
                  name="sentOn"
                  type="date"
                  label={t.sentOn}
                  value={sentValues.sentOn ?? ''}
                  error={sentErrors.sentOn}
                />
                <RadioGroup
                  m={m}
                  name="method"
                  label={t.method}
                  value={sentValues.method ?? ''}
                  error={sentErrors.method}
                  options={SENT_METHODS.map((method) => ({
                    value: method,
                    label: t.methods[method],
                  }))}
                />
                <TextField
                  m={m}
                  name="trackingNumber"
                  label={t.trackingNumber}
                  value={sentValues.trackingNumber ?? ''}
                  error={sentErrors.trackingNumber}
                />
                <TextField
                  m={m}
                  name="receivedOn"
                  type="date"
                  label={t.receivedOn}
                  hint={t.receivedHint}
                  value={sentValues.receivedOn ?? ''}
                  error={sentErrors.receivedOn}
                />
                <button type="submit" class="button">
                  {t.markSent}
                </button>
              </form>
            </section>
          )}
        </>
      )}
    </Layout>
  );
}

/** Every part of the letter in its own box, to change the wording before it is final. */
export function LetterParagraphsPage(props: Base & { letter: CaseLetter; model: LetterModel }) {
  const { page, kase, letter, model } = props;
  const { m } = page;
  const t = m.letters;
  const base = `${lettersPath(kase)}/${letter.id}`;
  const boxes: { id: string; label: string; text: string }[] = [
    { id: 'subject', label: t.subject, text: model.subject },
    { id: 'salutation', label: t.salutation, text: model.salutation },
  ];
  for (const block of model.body) {
    if (block.type === 'heading' || block.type === 'paragraph') {
      boxes.push({
        id: block.id,
        label: block.type === 'heading' ? block.text : '',
        text: block.text,
      });
    } else if (block.type === 'list') {
      for (const item of block.items) {
        boxes.push({ id: item.id, label: '', text: item.text });
      }
    }
  }
  return (
    <Layout page={page} title={t.paragraphsTitle}>
      <p>
        <a href={base}>{t.previewHeading}</a>
      </p>
      <h1>{t.paragraphsTitle}</h1>
      <p>{t.paragraphsIntro}</p>
      <form method="post" action={`${base}/paragraphs`} class="letter-paragraphs" novalidate>
        <CsrfField token={page.csrfToken} />
        {boxes.map((box, i) => (
          <TextArea
            m={m}
            name={box.id}
            label={box.label ? `${i + 1}. ${box.label}` : `${i + 1}.`}
            value={box.text}
          />
        ))}
        <div class="actions">
          <button type="submit" class="button">
            {t.saveParagraphs}
          </button>
        </div>
      </form>
    </Layout>
  );
}
