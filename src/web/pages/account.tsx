import { formatDate } from '../../i18n/index.js';
import { ErrorSummary, type FieldErrors, TextField } from './form.js';
import { CsrfField, Layout, type PageContext } from './layout.js';

export function AccountPage({ page, createdAt }: { page: PageContext; createdAt: string }) {
  const { m, locale, session } = page;
  const a = m.account;
  return (
    <Layout page={page} title={a.title}>
      <h1>{a.title}</h1>
      <dl class="details">
        <dt>{a.email}</dt>
        <dd>{session?.email}</dd>
        <dt>{a.since}</dt>
        <dd>{formatDate(locale, createdAt)}</dd>
      </dl>
      <h2>{a.exportTitle}</h2>
      <p>{a.exportIntro}</p>
      <div class="actions">
        <a href="/account/export" class="button button--secondary" download>
          {a.exportButton}
        </a>
      </div>
      <h2>{a.deleteTitle}</h2>
      <p>{a.deleteIntro}</p>
      <p>
        <a href="/account/delete">{a.deleteLink}</a>
      </p>
    </Layout>
  );
}

export function DeleteAccountPage({
  page,
  errors = {},
}: {
  page: PageContext;
  errors?: FieldErrors;
}) {
  const { m } = page;
  const a = m.account;
  return (
    <Layout page={page} title={a.deleteConfirmTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      <h1>{a.deleteConfirmTitle}</h1>
      <p class="warning-text">{a.deleteIntro}</p>
      <form method="post" action="/account/delete" novalidate>
        <CsrfField token={page.csrfToken} />
        <p>{a.deleteConfirmIntro}</p>
        <TextField
          m={m}
          name="password"
          type="password"
          label={m.auth.password}
          autocomplete="current-password"
          error={errors.password}
        />
        <div class="actions">
          <button type="submit" class="button button--warning">
            {a.deleteButton}
          </button>
          <a href="/account">{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}
