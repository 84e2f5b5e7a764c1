import type { Child } from 'hono/jsx';
import { ALABAMA_DEADLINE_RULES } from '../../domain/deadlines/index.js';
import {
  CONTACTS,
  findTerms,
  GLOSSARY,
  type GlossaryTermId,
  type GuideLink,
  MEETING_KIND_NAMES,
  SCRIPTS,
} from '../../domain/guide/index.js';
import { format, type Locale, type Messages } from '../../i18n/index.js';
import { checklistPath } from '../routes/guide.schema.js';
import { Citations } from './path-comparison.js';

// Pieces every guide page shares: links to the app's tools, legal terms linked where they first
// appear on a page, the "Words to know" list those links point to, and the "More help" links.

/** Who is reading, for links into the app: a visitor, or a parent and their one case if one. */
export type GuideLinkContext = {
  readonly loggedIn: boolean;
  /** Set when the parent has exactly one case: tools then open inside it. */
  readonly caseId?: string | undefined;
};

/** A visitor's context: every tool link stays valid without an account. */
export const VISITOR: GuideLinkContext = { loggedIn: false };

/**
 * Where a guide link goes and what it says. A visitor is sent to make a free account for tools
 * that need a case (letters, dates, notes); a parent with one case goes straight into it; a
 * parent with several picks the case first.
 */
export function guideLinkTarget(
  link: GuideLink,
  m: Messages,
  locale: Locale,
  ctx: GuideLinkContext,
): { href: string; label: string } {
  const l = m.guide.links;
  const caseHome = ctx.caseId ? `/cases/${ctx.caseId}` : '/cases';
  switch (link.kind) {
    case 'letter': {
      const letter = m.choose.result.letters[link.letter];
      if (!ctx.loggedIn) {
        return { href: '/signup', label: format(l.letterAccount, { letter }) };
      }
      return {
        href: ctx.caseId ? `/cases/${ctx.caseId}/letters/new?kind=${link.letter}` : '/cases',
        label: format(l.letter, { letter }),
      };
    }
    case 'deadline': {
      const deadline =
        ALABAMA_DEADLINE_RULES.find((rule) => rule.id === link.id)?.title[locale] ?? link.id;
      if (!ctx.loggedIn) {
        return { href: '/signup', label: format(l.deadlineAccount, { deadline }) };
      }
      return {
        href: ctx.caseId ? `/cases/${ctx.caseId}/timeline` : '/cases',
        label: format(l.deadline, { deadline }),
      };
    }
    case 'chooser':
      return { href: '/choose', label: l.chooser };
    case 'concerns_statement':
      return ctx.loggedIn
        ? { href: caseHome, label: l.concernsStatement }
        : { href: '/signup', label: l.concernsStatementAccount };
    case 'meeting_notes':
      return ctx.loggedIn
        ? { href: caseHome, label: l.meetingNotes }
        : { href: '/signup', label: l.meetingNotesAccount };
    case 'checklist':
      return {
        href: checklistPath(link.meeting),
        label: format(l.checklist, { meeting: MEETING_KIND_NAMES[link.meeting][locale] }),
      };
    case 'contact':
      return {
        href: `/guide/contacts#contact-${link.id}`,
        label: format(l.contact, { name: CONTACTS[link.id].name[locale] }),
      };
    case 'script':
      return {
        href: `/guide/scripts#script-${link.id}`,
        label: format(l.script, { title: SCRIPTS[link.id].title[locale] }),
      };
  }
}

/** The tool links under a text (nothing when there are none). */
export function ToolLinks({
  links,
  m,
  locale,
  ctx,
}: {
  links: readonly GuideLink[];
  m: Messages;
  locale: Locale;
  ctx: GuideLinkContext;
}) {
  if (links.length === 0) {
    return null;
  }
  return (
    <ul class="tool-links" aria-label={m.guide.links.label}>
      {links.map((link) => {
        const target = guideLinkTarget(link, m, locale, ctx);
        return (
          <li>
            <a href={target.href}>{target.label}</a>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Links each legal term at its first appearance on a page to its entry in the page's "Words to
 * know". Use one per page (per language), through {@link Linked}, and put {@link WordsToKnow}
 * last: components render in document order, so by then every term used is known.
 */
export type TermLinker = {
  readonly locale: Locale;
  /** The text with the first use of each term not linked yet turned into a link. */
  link(text: string): Child;
  /** The terms linked so far, in order of first use. */
  readonly used: readonly GlossaryTermId[];
};

/** The anchor of a term's entry in "Words to know" or on the glossary page. */
export function termAnchor(id: GlossaryTermId): string {
  return `term-${id.replaceAll('_', '-')}`;
}

export function termLinker(locale: Locale): TermLinker {
  const used: GlossaryTermId[] = [];
  return {
    locale,
    used,
    link(text: string): Child {
      const uses = findTerms(text, locale).filter((u) => !used.includes(u.term));
      if (uses.length === 0) {
        return text;
      }
      const parts: Child[] = [];
      let at = 0;
      for (const use of uses) {
        if (use.index < at) {
          // Overlaps a term just linked: leave it for its next appearance.
          continue;
        }
        used.push(use.term);
        parts.push(text.slice(at, use.index));
        parts.push(
          <a href={`#${termAnchor(use.term)}`} class="term">
            {text.slice(use.index, use.index + use.length)}
          </a>,
        );
        at = use.index + use.length;
      }
      parts.push(text.slice(at));
      return <>{parts}</>;
    },
  };
}

/** A text with its legal terms linked at their first appearance on the page. */
export function Linked({ linker, text }: { linker: TermLinker; text: string }) {
  return <>{linker.link(text)}</>;
}

/** The definitions of the terms this page linked, with the law behind each one. */
export function WordsToKnow({ linker, m }: { linker: TermLinker; m: Messages }) {
  if (linker.used.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="words-to-know" class="words-to-know">
      <h2 id="words-to-know">{m.guide.terms.heading}</h2>
      <p>{m.guide.terms.intro}</p>
      <GlossaryList ids={linker.used} m={m} locale={linker.locale} />
    </section>
  );
}

/** Terms and their plain definitions, each anchored for links. */
export function GlossaryList({
  ids,
  m,
  locale,
}: {
  ids: readonly GlossaryTermId[];
  m: Messages;
  locale: Locale;
}) {
  return (
    <dl class="glossary">
      {ids.map((id) => (
        <div class="glossary-entry">
          <dt id={termAnchor(id)}>{GLOSSARY[id].term[locale]}</dt>
          <dd>
            {GLOSSARY[id].definition[locale]}
            <Citations citations={GLOSSARY[id].citations} m={m} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A link back up the guide, shown above a page's heading. */
export function GuideBackLink({ href, label }: { href: string; label: string }) {
  return (
    <p class="back-link-wrap">
      <a href={href} class="back-link">
        {label}
      </a>
    </p>
  );
}

/** Every guide page ends with the path chooser, the checklists and the way back to the guide. */
export function GuideMore({ m, isIndex = false }: { m: Messages; isIndex?: boolean }) {
  const g = m.guide.more;
  return (
    <nav aria-labelledby="guide-more" class="guide-more">
      <h2 id="guide-more">{g.heading}</h2>
      <ul>
        <li>
          <a href="/choose">{g.chooser}</a>
        </li>
        <li>
          <a href={checklistPath('annual_iep')}>{g.checklist}</a>
        </li>
        <li>
          <a href="/guide/checklists">{g.allChecklists}</a>
        </li>
        {isIndex ? null : (
          <li>
            <a href="/guide">{g.guide}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
