import type { Child } from 'hono/jsx';
import { type Script, scriptsInOrder } from '../../domain/guide/index.js';
import { type Locale, type Messages, messages } from '../../i18n/index.js';
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

// The script cards (/guide/scripts): one card per moment in a meeting, big enough to read from a
// phone at the table. The cards follow the page's language; `?lang=` shows them in the other one
// (for a parent who reads one language and speaks the other in the meeting).

/**
 * One script card: when to say it, what to say, a tip, the law, and `tools` (links that open the
 * app's own pages: the guide's, or a meeting's when the card is shown for a case).
 */
export function ScriptCard({
  script,
  m,
  locale,
  linker,
  tools,
}: {
  script: Script;
  m: Messages;
  locale: Locale;
  linker: TermLinker;
  tools: Child;
}) {
  const s = m.guide.scripts;
  const id = `script-${script.id}`;
  return (
    <li class="script-card" id={id}>
      <h2 id={`${id}-title`}>{script.title[locale]}</h2>
      <p class="script-when">
        <strong>{s.when}:</strong> <Linked linker={linker} text={script.when[locale]} />
      </p>
      <p class="script-say-label">{s.say}:</p>
      <p class="script-say">
        <Linked linker={linker} text={script.say[locale]} />
      </p>
      {script.tip ? (
        <p class="script-tip">
          <strong>{s.tip}:</strong> <Linked linker={linker} text={script.tip[locale]} />
        </p>
      ) : null}
      <Citations citations={script.citations} m={m} />
      {tools}
    </li>
  );
}

export function GuideScriptsPage({
  page,
  cardsLocale,
  ctx,
}: {
  page: PageContext;
  /** The language of the cards: the page's, or the other one when asked for. */
  cardsLocale: Locale;
  ctx: GuideLinkContext;
}) {
  const { m, locale } = page;
  const g = m.guide.scripts;
  const other: Locale = locale === 'en' ? 'es' : 'en';
  const inOtherLanguage = cardsLocale !== locale;
  // Everything on the cards (labels, law, links, definitions) is in the cards' language.
  const cm = messages(cardsLocale);
  const linker = termLinker(cardsLocale);
  return (
    <Layout page={page} title={g.title}>
      <GuideBackLink href="/guide" label={m.guide.more.guide} />
      <h1>{g.title}</h1>
      <p class="lead">{g.intro}</p>
      <p class="other-language">
        {inOtherLanguage ? (
          <a href="/guide/scripts">{g.showIn}</a>
        ) : (
          <a href={`/guide/scripts?lang=${other}`} lang={other} hreflang={other}>
            {messages(other).guide.scripts.showIn}
          </a>
        )}
      </p>
      <div class="script-cards-wrap" lang={inOtherLanguage ? cardsLocale : undefined}>
        <ol class="script-cards">
          {scriptsInOrder().map((script) => (
            <ScriptCard
              script={script}
              m={cm}
              locale={cardsLocale}
              linker={linker}
              tools={<ToolLinks links={script.links} m={cm} locale={cardsLocale} ctx={ctx} />}
            />
          ))}
        </ol>
        <WordsToKnow linker={linker} m={cm} />
      </div>
      <GuideMore m={m} />
    </Layout>
  );
}
