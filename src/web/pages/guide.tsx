import {
  COMPARED_PATH_NAMES,
  COMPARISON_ROW_LABELS,
  COMPARISON_ROWS,
  CONTACT_DETAIL_KINDS,
  CONTACT_IDS,
  CONTACTS,
  type ComparedPath,
  type Contact,
  type ContactDetail,
  type ContactDetailKind,
  comparePaths,
  examplesFor,
  FITS_WHEN,
  GLOSSARY_TERMS,
  NOT_COVERED,
} from '../../domain/guide/index.js';
import { COMPARED_PATHS } from '../../domain/rules/index.js';
import { format, formatDate } from '../../i18n/index.js';
import {
  GlossaryList,
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
import { Citations, ComparisonTable } from './path-comparison.js';

// The public guide (issue 7): its index, the three paths compared, Alabama contacts and the
// glossary. Script cards, action plans and checklists have their own files.

/** The guide's pages, in the order the index lists them. */
const GUIDE_PAGES = [
  { href: '/guide/paths', key: 'paths' },
  { href: '/guide/checklists', key: 'checklists' },
  { href: '/guide/scripts', key: 'scripts' },
  { href: '/guide/action-plans', key: 'actionPlans' },
  { href: '/guide/contacts', key: 'contacts' },
  { href: '/guide/glossary', key: 'glossary' },
] as const;

// ---------------------------------------------------------------- index ------------------------

export function GuideIndexPage({ page }: { page: PageContext }) {
  const { m } = page;
  const g = m.guide;
  const linker = termLinker(page.locale);
  return (
    <Layout page={page} title={g.index.title}>
      <h1>{g.index.title}</h1>
      <p class="lead">
        <Linked linker={linker} text={g.index.intro} />
      </p>
      <h2>{g.index.pagesHeading}</h2>
      <ul class="guide-pages">
        {GUIDE_PAGES.map((p) => (
          <li>
            <a href={p.href} class="guide-page-link">
              {g.pages[p.key].title}
            </a>
            <p>
              <Linked linker={linker} text={g.pages[p.key].summary} />
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="guide-start">
        <h2 id="guide-start">{g.index.startHeading}</h2>
        <p>{g.index.startText}</p>
        <div class="actions">
          <a href="/choose" class="button">
            {g.more.chooser}
          </a>
          <a href="/guide/checklists">{g.more.allChecklists}</a>
        </div>
      </section>
      <WordsToKnow linker={linker} m={m} />
      <GuideMore m={m} isIndex />
    </Layout>
  );
}

// ---------------------------------------------------------------- the three paths --------------

function FitsForPath({
  path,
  page,
  linker,
  ctx,
}: {
  path: ComparedPath;
  page: PageContext;
  linker: TermLinker;
  ctx: GuideLinkContext;
}) {
  const { m, locale } = page;
  const g = m.guide.paths;
  const { fits, doesNotFit } = examplesFor(path);
  const id = `fits-${path.replaceAll('_', '-')}`;
  return (
    <section aria-labelledby={id} class="path-fit">
      <h3 id={id}>{COMPARED_PATH_NAMES[path][locale]}</h3>
      <p>
        <Linked linker={linker} text={FITS_WHEN[path].text[locale]} />
      </p>
      <Citations citations={FITS_WHEN[path].citations} m={m} />
      <h4>{g.fitsExamples}</h4>
      <ul class="fit-examples">
        {fits.map((e) => (
          <li>
            <Linked linker={linker} text={e.text[locale]} />
            <Citations citations={e.citations} m={m} />
          </li>
        ))}
      </ul>
      <h4>{g.otherExamples}</h4>
      <ul class="fit-examples fit-examples--other">
        {doesNotFit.map((e) => (
          <li>
            <Linked linker={linker} text={e.text[locale]} />{' '}
            <strong>
              {format(g.betterFit, { path: COMPARED_PATH_NAMES[e.bestPath][locale] })}
            </strong>
            <Citations citations={e.citations} m={m} />
          </li>
        ))}
      </ul>
      <ToolLinks links={[{ kind: 'chooser' }]} m={m} locale={locale} ctx={ctx} />
    </section>
  );
}

export function GuidePathsPage({ page, ctx }: { page: PageContext; ctx: GuideLinkContext }) {
  const { m, locale } = page;
  const g = m.guide.paths;
  const linker = termLinker(locale);
  const table = comparePaths();
  return (
    <Layout page={page} title={g.title}>
      <GuideBackLink href="/guide" label={m.guide.more.guide} />
      <h1>{g.title}</h1>
      <p class="lead">
        <Linked linker={linker} text={g.intro} />
      </p>
      <ComparisonTable
        m={m}
        caption={g.caption}
        firstHeader={g.question}
        columns={COMPARED_PATHS.map((p) => COMPARED_PATH_NAMES[p][locale])}
        rows={COMPARISON_ROWS.map((row) => ({
          label: COMPARISON_ROW_LABELS[row][locale],
          cells: COMPARED_PATHS.map((p) => {
            const cell = table[p][row];
            return cell
              ? {
                  body: (
                    <>
                      <Linked linker={linker} text={cell.text[locale]} />
                      <ToolLinks links={cell.links ?? []} m={m} locale={locale} ctx={ctx} />
                    </>
                  ),
                  citations: cell.citations,
                }
              : null;
          }),
        }))}
        notCovered={NOT_COVERED[locale]}
        unverifiedNote={g.unverifiedNote}
      />
      <p>
        <a href="/choose/compare">{g.shortTable}</a>
      </p>
      <h2>{g.fitsHeading}</h2>
      {COMPARED_PATHS.map((path) => (
        <FitsForPath path={path} page={page} linker={linker} ctx={ctx} />
      ))}
      <WordsToKnow linker={linker} m={m} />
      <GuideMore m={m} />
    </Layout>
  );
}

// ---------------------------------------------------------------- contacts ---------------------

/** A phone number as a tel: link (US numbers, with or without the leading 1). */
function telHref(value: string): string {
  const digits = value.replace(/\D/g, '');
  return `tel:+${digits.length === 10 ? `1${digits}` : digits}`;
}

function DetailValue({ kind, detail }: { kind: ContactDetailKind; detail: ContactDetail }) {
  switch (kind) {
    case 'phone':
    case 'tollFree':
    case 'tty':
      return <a href={telHref(detail.value)}>{detail.value}</a>;
    case 'email':
      return <a href={`mailto:${detail.value}`}>{detail.value}</a>;
    case 'website':
      return <a href={detail.value}>{detail.value.replace(/^https?:\/\//, '')}</a>;
    default:
      return <>{detail.value}</>;
  }
}

function ContactCard({
  contact,
  page,
  linker,
}: {
  contact: Contact;
  page: PageContext;
  linker: TermLinker;
}) {
  const { m, locale } = page;
  const g = m.guide.contacts;
  const id = `contact-${contact.id}`;
  return (
    <section id={id} aria-labelledby={`${id}-name`} class="contact-card">
      <h2 id={`${id}-name`}>{contact.name[locale]}</h2>
      <p>
        <Linked linker={linker} text={contact.role[locale]} />
      </p>
      <dl class="contact-details">
        {CONTACT_DETAIL_KINDS.map((kind) => {
          const detail = contact.details[kind];
          if (!detail) {
            return null;
          }
          return (
            <div class="contact-detail">
              <dt>{g.details[kind]}</dt>
              <dd>
                <DetailValue kind={kind} detail={detail} />
                {detail.verified ? null : (
                  <>
                    {' '}
                    <strong class="tag-unverified">{g.notConfirmed}</strong>
                  </>
                )}
                {detail.source ? (
                  <>
                    {' '}
                    <a href={detail.source} class="source-link">
                      {g.source}
                      <span class="visually-hidden">
                        {' '}
                        {format(g.sourceFor, { detail: g.details[kind] })}
                      </span>
                    </a>
                  </>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      {contact.note ? (
        <p class="contact-note">
          <Linked linker={linker} text={contact.note[locale]} />
        </p>
      ) : null}
      <p class="last-checked">
        {format(g.lastChecked, { date: formatDate(locale, contact.lastChecked) })}
      </p>
    </section>
  );
}

export function GuideContactsPage({ page }: { page: PageContext }) {
  const { m, locale } = page;
  const g = m.guide.contacts;
  const linker = termLinker(locale);
  return (
    <Layout page={page} title={g.title}>
      <GuideBackLink href="/guide" label={m.guide.more.guide} />
      <h1>{g.title}</h1>
      <p class="lead">{g.intro}</p>
      <p class="unverified-intro">{g.unverifiedIntro}</p>
      {CONTACT_IDS.map((id) => (
        <ContactCard contact={CONTACTS[id]} page={page} linker={linker} />
      ))}
      <WordsToKnow linker={linker} m={m} />
      <GuideMore m={m} />
    </Layout>
  );
}

// ---------------------------------------------------------------- glossary ---------------------

export function GuideGlossaryPage({ page }: { page: PageContext }) {
  const { m, locale } = page;
  const g = m.guide.glossary;
  return (
    <Layout page={page} title={g.title}>
      <GuideBackLink href="/guide" label={m.guide.more.guide} />
      <h1>{g.title}</h1>
      <p class="lead">{g.intro}</p>
      <GlossaryList ids={GLOSSARY_TERMS} m={m} locale={locale} />
      <GuideMore m={m} />
    </Layout>
  );
}
