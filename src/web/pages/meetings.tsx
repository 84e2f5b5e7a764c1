import type { Meeting } from '../../db/meetings.js';
import type { Case } from '../../domain/case/case.js';
import { formatDate } from '../../domain/deadlines/index.js';
import {
  type ChecklistProgress,
  type GuideLink,
  MAX_PRIORITIES,
  MEETING_KIND_NAMES,
  MEETING_KINDS,
  PHASE_NAMES,
  PHASES,
  SCRIPTS,
  type Script,
  scriptsInOrder,
} from '../../domain/guide/index.js';
import { format, type Locale, type Messages } from '../../i18n/index.js';
import { childName } from './cases.js';
import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from './form.js';
import { guideLinkTarget, type TermLinker, termLinker, WordsToKnow } from './guide-parts.js';
import { ScriptCard } from './guide-scripts.js';
import { CsrfField, Layout, type PageContext } from './layout.js';

type Base = { page: PageContext; kase: Case };

function meetingsPath(kase: Case): string {
  return `/cases/${kase.id}/meetings`;
}

function meetingTitle(page: PageContext, meeting: Meeting): string {
  return format(page.m.meetings.meetingTitle, {
    kind: MEETING_KIND_NAMES[meeting.kind][page.locale],
    date: formatDate(meeting.meetingDate, page.locale),
  });
}

/** The meetings of a case and the form to get ready for a new one. */
export function MeetingsListPage(
  props: Base & {
    meetings: readonly Meeting[];
    values?: Record<string, string>;
    errors?: FieldErrors;
    notice?: string;
  },
) {
  const { page, kase } = props;
  const { m, locale } = page;
  const t = m.meetings;
  const errors = props.errors ?? {};
  const values = props.values ?? {};
  return (
    <Layout
      page={page}
      title={format(t.listTitle, { name: kase.childFirstName })}
      hasErrors={Object.keys(errors).length > 0}
    >
      <ErrorSummary m={m} errors={errors} />
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p>
        <a href={`/cases/${kase.id}`}>{format(t.back, { name: childName(kase) })}</a>
      </p>
      <h1>{format(t.listTitle, { name: kase.childFirstName })}</h1>
      <p>{t.intro}</p>
      {props.meetings.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="meeting-list">
          {props.meetings.map((meeting) => (
            <li>
              <a href={`${meetingsPath(kase)}/${meeting.id}`}>{meetingTitle(page, meeting)}</a>
            </li>
          ))}
        </ul>
      )}
      <h2 id="new">{t.newHeading}</h2>
      <form method="post" action={meetingsPath(kase)} novalidate>
        <CsrfField token={page.csrfToken} />
        <SelectField
          m={m}
          name="kind"
          label={t.kind}
          value={values.kind ?? ''}
          error={errors.kind}
          options={MEETING_KINDS.map((kind) => ({
            value: kind,
            label: MEETING_KIND_NAMES[kind][locale],
          }))}
        />
        <TextField
          m={m}
          name="meetingDate"
          type="date"
          label={t.date}
          value={values.meetingDate ?? ''}
          error={errors.meetingDate}
        />
        <button type="submit" class="button">
          {t.add}
        </button>
      </form>
    </Layout>
  );
}

/**
 * Where a guide link goes for this meeting, and what it says: the concerns statement, the notes
 * and the script cards open this meeting's own pages; letters and dates open inside the case
 * (the guide's own rules, `guideLinkTarget`).
 */
function meetingLinkTarget(
  link: GuideLink,
  kase: Case,
  meeting: Meeting,
  m: Messages,
  locale: Locale,
): { href: string; label: string } {
  const base = `${meetingsPath(kase)}/${meeting.id}`;
  const l = m.guide.links;
  switch (link.kind) {
    case 'concerns_statement':
      return { href: `${base}/concerns`, label: l.concernsStatement };
    case 'meeting_notes':
      return { href: `${base}/notes`, label: l.meetingNotes };
    case 'checklist':
      return { href: `${base}#checklist`, label: m.meetings.checklistHeading };
    case 'script':
      return {
        href: `${base}/scripts#script-${link.id}`,
        label: format(l.script, { title: SCRIPTS[link.id].title[locale] }),
      };
    default:
      return guideLinkTarget(link, m, locale, { loggedIn: true, caseId: kase.id });
  }
}

/** Where a checklist item's link goes in this case. */
function linkHref(kase: Case, meeting: Meeting, link: GuideLink, page: PageContext): string {
  return meetingLinkTarget(link, kase, meeting, page.m, page.locale).href;
}

/** One meeting's checklist with ticks, own items, progress and the tools. */
export function MeetingPage(
  props: Base & { meeting: Meeting; progress: ChecklistProgress; notice?: string },
) {
  const { page, kase, meeting, progress } = props;
  const { m, locale } = page;
  const t = m.meetings;
  const base = `${meetingsPath(kase)}/${meeting.id}`;
  return (
    <Layout page={page} title={meetingTitle(page, meeting)}>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p class="no-print">
        <a href={meetingsPath(kase)}>{format(t.listTitle, { name: kase.childFirstName })}</a>
      </p>
      <h1>{meetingTitle(page, meeting)}</h1>
      <p class="meeting-case">
        {[childName(kase), kase.school, kase.district].filter(Boolean).join(' · ')}
      </p>
      <h2 id="tools" class="no-print">
        {t.tools}
      </h2>
      <ul class="case-links no-print">
        <li>
          <a href={`${base}/concerns`}>{t.concernsLink}</a>
        </li>
        <li>
          <a href={`${base}/notes`}>{t.notesLink}</a>
        </li>
        <li>
          <a href={`${base}/scripts`}>{t.scripts}</a>
        </li>
        <li>
          <a href={`${base}/checklist.pdf?lang=${locale}`}>{t.printPdf}</a>
        </li>
        {locale === 'en' ? (
          <li>
            <a href={`${base}/checklist.pdf?lang=es`} hreflang="es">
              {t.printPdfEs}
            </a>
          </li>
        ) : null}
      </ul>
      <h2 id="checklist">{t.checklistHeading}</h2>
      <p class="meeting-progress" role="status">
        {progress.complete
          ? t.allDone
          : format(t.progress, { done: progress.done, total: progress.total })}
      </p>
      <p class="no-print">{t.checklistHint}</p>
      <form method="post" action={`${base}/checklist`} class="meeting-checklist">
        <CsrfField token={page.csrfToken} />
        {PHASES.map((phase) => (
          <fieldset class="checklist-phase">
            <legend>{PHASE_NAMES[phase][locale]}</legend>
            <ul class="plain-list">
              {progress.entries
                .filter((entry) => entry.phase === phase)
                .map((entry) => {
                  const id = `tick-${entry.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
                  return (
                    <li class="checklist-item">
                      <input
                        type="checkbox"
                        id={id}
                        name="tick"
                        value={entry.id}
                        checked={entry.done}
                      />
                      <label for={id}>
                        {entry.source === 'guide' ? entry.item.text[locale] : entry.text}
                      </label>
                      {entry.source === 'guide' && entry.item.link ? (
                        <>
                          {' '}
                          <a class="no-print" href={linkHref(kase, meeting, entry.item.link, page)}>
                            {t.openTool}
                            <span class="visually-hidden">: {entry.item.text[locale]}</span>
                          </a>
                        </>
                      ) : null}
                    </li>
                  );
                })}
            </ul>
          </fieldset>
        ))}
        <div class="no-print">
          <TextField m={m} name="ownItem" label={t.ownItem} value="" maxlength={300} />
          <SelectField
            m={m}
            name="ownItemPhase"
            label={t.ownItemPhase}
            value="before"
            options={PHASES.map((phase) => ({ value: phase, label: PHASE_NAMES[phase][locale] }))}
          />
          <button type="submit" class="button">
            {t.saveChecklist}
          </button>
        </div>
      </form>
      <p class="no-print print-hint">{t.printHint}</p>
      <p class="no-print meeting-delete">
        <a href={`${base}/delete`}>{t.deleteMeeting}</a>
      </p>
    </Layout>
  );
}

/** The concerns statement: priorities and concerns, then downloads. */
export function ConcernsPage(
  props: Base & {
    meeting: Meeting;
    values: { priorities: string[]; concerns: string };
    errors: FieldErrors;
    canDownload: boolean;
    notice?: string;
  },
) {
  const { page, kase, meeting, values, errors } = props;
  const { m } = page;
  const t = m.meetings;
  const base = `${meetingsPath(kase)}/${meeting.id}`;
  return (
    <Layout page={page} title={t.concernsTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p>
        <a href={base}>{meetingTitle(page, meeting)}</a>
      </p>
      <h1>{t.concernsTitle}</h1>
      <p>{t.concernsIntro}</p>
      <form method="post" action={`${base}/concerns`} novalidate>
        <CsrfField token={page.csrfToken} />
        {Array.from({ length: MAX_PRIORITIES }, (_, i) => (
          <TextField
            m={m}
            name={`priority${i}`}
            label={format(t.priority, { n: i + 1 })}
            value={values.priorities[i] ?? ''}
            error={errors[`priority${i}`]}
            maxlength={300}
          />
        ))}
        <TextArea
          m={m}
          name="concerns"
          label={t.concerns}
          hint={t.concernsHint}
          value={values.concerns}
          error={errors.concerns}
        />
        <button type="submit" class="button">
          {t.saveConcerns}
        </button>
      </form>
      {props.canDownload ? (
        <>
          <h2 id="download">{t.download}</h2>
          <ul class="case-links">
            <li>
              <a href={`${base}/concerns.pdf?lang=en`}>{t.concernsPdf}</a>
            </li>
            <li>
              <a href={`${base}/concerns.docx?lang=en`}>{t.concernsDocx}</a>
            </li>
            <li>
              <a href={`${base}/concerns.pdf?lang=es`}>{t.concernsPdfEs}</a>
            </li>
            <li>
              <a href={`${base}/concerns.docx?lang=es`}>{t.concernsDocxEs}</a>
            </li>
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

/** Notes taken in the meeting, with the promises (what, who, by when). */
export function NotesPage(
  props: Base & {
    meeting: Meeting;
    values: Record<string, string>;
    rows: number;
    errors: FieldErrors;
    notice?: string;
  },
) {
  const { page, kase, meeting, values, errors } = props;
  const { m } = page;
  const t = m.meetings;
  const base = `${meetingsPath(kase)}/${meeting.id}`;
  return (
    <Layout page={page} title={t.notesTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p>
        <a href={base}>{meetingTitle(page, meeting)}</a>
      </p>
      <h1>{t.notesTitle}</h1>
      <p>{t.notesIntro}</p>
      <form method="post" action={`${base}/notes`} novalidate class="meeting-notes">
        <CsrfField token={page.csrfToken} />
        <input type="hidden" name="rows" value={String(props.rows)} />
        <TextArea m={m} name="attendees" label={t.attendees} value={values.attendees ?? ''} />
        <TextArea m={m} name="notes" label={t.notes} value={values.notes ?? ''} />
        <h2>{t.promisesHeading}</h2>
        {Array.from({ length: props.rows }, (_, i) => (
          <fieldset class="letter-row">
            <legend>{format(t.promiseRow, { n: i + 1 })}</legend>
            <TextField
              m={m}
              name={`what${i}`}
              label={t.what}
              value={values[`what${i}`] ?? ''}
              error={errors[`what${i}`]}
            />
            <TextField m={m} name={`who${i}`} label={t.who} value={values[`who${i}`] ?? ''} />
            <TextField
              m={m}
              name={`by${i}`}
              type="date"
              label={t.byWhen}
              value={values[`by${i}`] ?? ''}
              error={errors[`by${i}`]}
            />
          </fieldset>
        ))}
        <div class="actions">
          <button type="submit" name="action" value="save" class="button">
            {t.saveNotes}
          </button>
          <button type="submit" name="action" value="more" class="button button--secondary">
            {t.moreRows}
          </button>
        </div>
      </form>
      <h2 id="follow-up">{t.followUpHeading}</h2>
      <p>{t.followUpHint}</p>
      <form method="post" action={`${base}/follow-up`}>
        <CsrfField token={page.csrfToken} />
        <button type="submit" class="button">
          {t.followUp}
        </button>
      </form>
    </Layout>
  );
}

/** Asks before a meeting, its notes and its dates on the timeline are deleted. */
export function MeetingDeletePage(props: Base & { meeting: Meeting }) {
  const { page, kase, meeting } = props;
  const t = page.m.meetings;
  const base = `${meetingsPath(kase)}/${meeting.id}`;
  const title = format(t.deleteTitle, { meeting: meetingTitle(page, meeting) });
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p class="warning-text">{t.deleteWarning}</p>
      <form method="post" action={`${base}/delete`}>
        <CsrfField token={page.csrfToken} />
        <div class="actions">
          <button type="submit" class="button button--warning">
            {t.deleteConfirm}
          </button>
          <a href={base}>{page.m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

/** One script card, its tools opening this meeting's pages. */
function MeetingScriptCard(props: {
  script: Script;
  page: PageContext;
  kase: Case;
  meeting: Meeting;
  linker: TermLinker;
}) {
  const { script, page, kase, meeting, linker } = props;
  const { m, locale } = page;
  const tools =
    script.links.length > 0 ? (
      <ul class="tool-links" aria-label={m.guide.links.label}>
        {script.links.map((link) => {
          const target = meetingLinkTarget(link, kase, meeting, m, locale);
          return (
            <li>
              <a href={target.href}>{target.label}</a>
            </li>
          );
        })}
      </ul>
    ) : null;
  return <ScriptCard script={script} m={m} locale={locale} linker={linker} tools={tools} />;
}

/** The script cards for one meeting, in the page's language, to read from a phone in the room. */
export function MeetingScriptsPage(props: Base & { meeting: Meeting }) {
  const { page, kase, meeting } = props;
  const t = page.m.meetings;
  const base = `${meetingsPath(kase)}/${meeting.id}`;
  const linker = termLinker(page.locale);
  return (
    <Layout page={page} title={t.scriptsTitle}>
      <p>
        <a href={base}>{meetingTitle(page, meeting)}</a>
      </p>
      <h1>{t.scriptsTitle}</h1>
      <p class="lead">{t.scriptsIntro}</p>
      <ol class="script-cards">
        {scriptsInOrder().map((script) => (
          <MeetingScriptCard
            script={script}
            page={page}
            kase={kase}
            meeting={meeting}
            linker={linker}
          />
        ))}
      </ol>
      <WordsToKnow linker={linker} m={page.m} />
      <p>
        <a href={`${base}/notes`}>{t.notesLink}</a>
      </p>
    </Layout>
  );
}
