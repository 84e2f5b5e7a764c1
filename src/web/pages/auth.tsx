import { PASSWORD_MIN_LENGTH } from '../../auth/password.js';
import { format } from '../../i18n/index.js';
import { ErrorSummary, type FieldErrors, Notice, TextField } from './form.js';
import { CsrfField, Layout, type PageContext } from './layout.js';

type AuthFormProps = {
  page: PageContext;
  email?: string;
  errors?: FieldErrors;
  notice?: string | undefined;
  next?: string | undefined;
};

export function SignUpPage({ page, email, errors = {} }: AuthFormProps) {
  const { m } = page;
  return (
    <Layout page={page} title={m.auth.signUpTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      <h1>{m.auth.signUpTitle}</h1>
      <p>{m.auth.signUpIntro}</p>
      <form method="post" action="/signup" novalidate>
        <CsrfField token={page.csrfToken} />
        <TextField
          m={m}
          name="email"
          type="email"
          label={m.auth.email}
          hint={m.auth.emailHint}
          value={email}
          autocomplete="email"
          spellcheck={false}
          error={errors.email}
        />
        <TextField
          m={m}
          name="password"
          type="password"
          label={m.auth.password}
          hint={format(m.auth.passwordHint, { min: PASSWORD_MIN_LENGTH })}
          autocomplete="new-password"
          error={errors.password}
        />
        <div class="actions">
          <button type="submit" class="button">
            {m.auth.signUpButton}
          </button>
        </div>
      </form>
      <p>
        {m.auth.haveAccount} <a href="/login">{m.layout.logIn}</a>
      </p>
    </Layout>
  );
}

export function LogInPage({
  page,
  email,
  errors = {},
  notice,
  next,
  carried,
}: AuthFormProps & { carried?: string | undefined }) {
  const { m } = page;
  return (
    <Layout page={page} title={m.auth.logInTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{m.auth.logInTitle}</h1>
      <form method="post" action="/login" novalidate>
        <CsrfField token={page.csrfToken} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        {carried ? <input type="hidden" name="carried" value={carried} /> : null}
        <TextField
          m={m}
          name="email"
          type="email"
          label={m.auth.email}
          value={email}
          autocomplete="username"
          spellcheck={false}
          error={errors.email}
        />
        <TextField
          m={m}
          name="password"
          type="password"
          label={m.auth.password}
          autocomplete="current-password"
          error={errors.password}
        />
        <div class="actions">
          <button type="submit" class="button">
            {m.auth.logInButton}
          </button>
        </div>
      </form>
      <p>
        {m.auth.noAccount} <a href="/signup">{m.layout.signUp}</a>
      </p>
    </Layout>
  );
}

/**
 * After a log-in that kept a form typed before the session ended: the same fields, ready to send
 * again with one press (nothing is saved until the parent presses it).
 */
export function ResumeFormPage({
  page,
  action,
  fields,
}: {
  page: PageContext;
  action: string;
  fields: readonly (readonly [string, string])[];
}) {
  const { m } = page;
  return (
    <Layout page={page} title={m.auth.resumeTitle}>
      <h1>{m.auth.resumeTitle}</h1>
      <p>{m.auth.resumeText}</p>
      <form method="post" action={action}>
        <CsrfField token={page.csrfToken} />
        {fields.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <div class="actions">
          <button type="submit" class="button">
            {m.auth.resumeButton}
          </button>
          <a href="/cases">{m.auth.resumeDiscard}</a>
        </div>
      </form>
    </Layout>
  );
}
