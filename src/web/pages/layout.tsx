import type { Child } from 'hono/jsx';
import type { ActiveSession } from '../../db/sessions.js';
import type { Locale, Messages } from '../../i18n/index.js';
import { STYLESHEET_HREF } from '../static.js';

export type PageContext = {
  m: Messages;
  locale: Locale;
  session: ActiveSession | undefined;
  csrfToken: string;
  /** Path and query of this page, for the language switch to come back to. */
  currentPath: string;
};

type LayoutProps = {
  page: PageContext;
  title: string;
  /** True when the page shows form errors: the title then starts with "Error:". */
  hasErrors?: boolean;
  children?: Child;
};

/** Hidden CSRF field for every form that changes something. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

function LanguageSwitch({ page }: { page: PageContext }) {
  const other: Locale = page.locale === 'en' ? 'es' : 'en';
  const label = other === 'es' ? 'Español' : 'English';
  return (
    <form method="post" action="/language" class="lang-switch">
      <CsrfField token={page.csrfToken} />
      <input type="hidden" name="next" value={page.currentPath} />
      <input type="hidden" name="locale" value={other} />
      <span class="visually-hidden">{page.m.layout.changeLanguage}: </span>
      <button type="submit" class="link-button" lang={other}>
        {label}
      </button>
    </form>
  );
}

/** The page frame: skip link, header with menu and language switch, main, footer. */
export function Layout({ page, title, hasErrors, children }: LayoutProps) {
  const { m } = page;
  const fullTitle = `${hasErrors ? `${m.form.errorPrefix} ` : ''}${title} – ${m.meta.appName}`;
  return (
    <html lang={page.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <link rel="stylesheet" href={STYLESHEET_HREF} />
      </head>
      <body>
        <a href="#main" class="skip-link">
          {m.layout.skipLink}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a href={page.session ? '/cases' : '/'} class="brand">
              {m.meta.appName}
            </a>
            <LanguageSwitch page={page} />
          </div>
          <nav aria-label={m.layout.nav} class="wrap site-nav">
            <ul>
              <li>
                <a href="/guide">{m.guide.nav}</a>
              </li>
              {page.session ? (
                <>
                  <li>
                    <a href="/cases">{m.layout.myCases}</a>
                  </li>
                  <li>
                    <a href="/account">{m.layout.myAccount}</a>
                  </li>
                  <li>
                    <form method="post" action="/logout">
                      <CsrfField token={page.csrfToken} />
                      <button type="submit" class="link-button">
                        {m.layout.logOut}
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <a href="/login">{m.layout.logIn}</a>
                  </li>
                  <li>
                    <a href="/signup">{m.layout.signUp}</a>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1} class="wrap">
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{m.layout.footer}</p>
            <p>{m.layout.privacy}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
