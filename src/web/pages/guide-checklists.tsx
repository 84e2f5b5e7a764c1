import {
  type ChecklistItem,
  checklistFor,
  MEETING_KIND_NAMES,
  MEETING_KINDS,
  type MeetingKind,
  PHASE_NAMES,
  PHASES,
} from '../../domain/guide/index.js';
import { format } from '../../i18n/index.js';
import { checklistPath, checklistPdfPath } from '../routes/guide.schema.js';
import {
  GuideBackLink,
  type GuideLinkContext,
  GuideMore,
  Linked,
  type TermLinker,
  ToolLinks,
  termLinker,
  WordsToKnow,
} from './guide-parts.js';
import { Layout, type PageContext } from './layout.js';
import { Citations } from './path-comparison.js';

// The blank meeting checklists (/guide/checklists): one page per kind of meeting, printable
// (public/app.css has the print rules) and as a PDF in English or Spanish.

/** The two PDF links of a meeting kind. */
function PdfLinks({ kind, page }: { kind: MeetingKind; page: PageContext }) {
  const g = page.m.guide.checklists;
  const meeting = MEETING_KIND_NAMES[kind][page.locale];
  return (
    <ul class="pdf-links">
      <li>
        <a href={checklistPdfPath(kind, 'en')} hreflang="en" type="application/pdf">
          {g.pdfEnglish}
          <span class="visually-hidden">: {meeting}</span>
        </a>
      </li>
      <li>
        <a href={checklistPdfPath(kind, 'es')} hreflang="es" type="application/pdf">
          {g.pdfSpanish}
          <span class="visually-hidden">: {meeting}</span>
        </a>
      </li>
    </ul>
  );
}

export function GuideChecklistsPage({ page }: { page: PageContext }) {
  const { m, locale } = page;
  const g = m.guide.checklists;
  return (
    <Layout page={page} title={g.title}>
      <GuideBackLink href="/guide" label={m.guide.more.guide} />
      <h1>{g.title}</h1>
      <p class="lead">{g.intro}</p>
      <ul class="checklist-kinds">
        {MEETING_KINDS.map((kind) => (
          <li>
            <a href={checklistPath(kind)} class="checklist-kind-link">
              {MEETING_KIND_NAMES[kind][locale]}
            </a>
            <PdfLinks kind={kind} page={page} />
          </li>
        ))}
      </ul>
      <GuideMore m={m} />
    </Layout>
  );
}

/** The id of an item's check box: `before.draft_and_data` → `item-before-draft_and_data`. */
function boxId(item: ChecklistItem): string {
  return `item-${item.id.replaceAll('.', '-')}`;
}

function ChecklistLine({
  item,
  page,
  linker,
  ctx,
}: {
  item: ChecklistItem;
  page: PageContext;
  linker: TermLinker;
  ctx: GuideLinkContext;
}) {
  const { m, locale } = page;
  const id = boxId(item);
  return (
    <li class="checklist-item">
      <div class="checklist-line">
        <input type="checkbox" id={id} class="checklist-box" />
        <label for={id}>
          <Linked linker={linker} text={item.text[locale]} />
        </label>
      </div>
      <div class="checklist-more">
        <Citations citations={item.citations} m={m} />
        <ToolLinks links={item.link ? [item.link] : []} m={m} locale={locale} ctx={ctx} />
      </div>
    </li>
  );
}

export function GuideChecklistPage({
  page,
  kind,
  ctx,
}: {
  page: PageContext;
  kind: MeetingKind;
  ctx: GuideLinkContext;
}) {
  const { m, locale } = page;
  const g = m.guide.checklists;
  const title = format(g.pageTitle, { meeting: MEETING_KIND_NAMES[kind][locale] });
  const items = checklistFor(kind);
  const linker = termLinker(locale);
  return (
    <Layout page={page} title={title}>
      <GuideBackLink href="/guide/checklists" label={g.all} />
      <h1>{title}</h1>
      <p class="lead">{g.pageIntro}</p>
      <p class="not-saved">{g.notSaved}</p>
      <div class="checklist-downloads">
        <h2 class="checklist-downloads-title">{g.downloads}</h2>
        <PdfLinks kind={kind} page={page} />
      </div>
      {PHASES.map((phase) => {
        const inPhase = items.filter((item) => item.phase === phase);
        if (inPhase.length === 0) {
          return null;
        }
        return (
          <section aria-labelledby={`phase-${phase}`} class="checklist-phase">
            <h2 id={`phase-${phase}`}>{PHASE_NAMES[phase][locale]}</h2>
            <ul class="checklist">
              {inPhase.map((item) => (
                <ChecklistLine item={item} page={page} linker={linker} ctx={ctx} />
              ))}
            </ul>
          </section>
        );
      })}
      <p class="print-hint">{g.print}</p>
      <WordsToKnow linker={linker} m={m} />
      <GuideMore m={m} />
    </Layout>
  );
}
