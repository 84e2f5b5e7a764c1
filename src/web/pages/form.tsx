import type { Child } from 'hono/jsx';
import type { Messages } from '../../i18n/index.js';

/** Field name → the message to show next to it. Order is the order of the form. */
export type FieldErrors = Record<string, string>;

/** GOV.UK-style error summary: at the top of the form, each error a link to its field. */
export function ErrorSummary({ m, errors }: { m: Messages; errors: FieldErrors }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) {
    return null;
  }
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{m.form.errorSummaryTitle}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldBase = {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: string | undefined;
};

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldMessages({ name, hint, error, m }: FieldBase & { m: Messages }) {
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} class="field-error">
          <span class="visually-hidden">{m.form.errorPrefix} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

function Label({ name, label, optional }: FieldBase) {
  return (
    <label for={name}>
      {label}
      {optional ? <span class="optional"> {optional}</span> : null}
    </label>
  );
}

export function TextField(
  props: FieldBase & {
    m: Messages;
    value?: string | null | undefined;
    type?: 'text' | 'email' | 'password' | 'date';
    autocomplete?: string;
    required?: boolean;
    maxlength?: number;
    inputmode?: 'text' | 'email' | 'numeric';
    spellcheck?: boolean;
  },
) {
  const { name, error, hint } = props;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <Label {...props} />
      <FieldMessages {...props} />
      <input
        id={name}
        name={name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : (props.value ?? undefined)}
        autocomplete={props.autocomplete}
        required={props.required}
        maxlength={props.maxlength}
        inputmode={props.inputmode}
        spellcheck={props.spellcheck}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
    </div>
  );
}

export function TextArea(
  props: FieldBase & { m: Messages; value?: string | null | undefined; maxlength?: number },
) {
  const { name, error, hint } = props;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <Label {...props} />
      <FieldMessages {...props} />
      <textarea
        id={name}
        name={name}
        rows={5}
        maxlength={props.maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}

export type Option = { value: string; label: string; lang?: string };

export function SelectField(
  props: FieldBase & { m: Messages; value?: string | null | undefined; options: Option[] },
) {
  const { name, error, hint } = props;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <Label {...props} />
      <FieldMessages {...props} />
      <select
        id={name}
        name={name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === (props.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of radio buttons in a fieldset; the first radio takes the field's id for error links. */
export function RadioGroup(
  props: FieldBase & { m: Messages; value?: string | null | undefined; options: Option[] },
) {
  const { name, error, hint } = props;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy(name, hint, error)}>
        <legend>{props.label}</legend>
        <FieldMessages {...props} />
        {props.options.map((o, i) => (
          <div class="radio">
            <input
              type="radio"
              id={i === 0 ? name : `${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={o.value === props.value}
            />
            <label for={i === 0 ? name : `${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

export function Notice({ children }: { children?: Child }) {
  return (
    <div class="notice" role="status">
      {children}
    </div>
  );
}
