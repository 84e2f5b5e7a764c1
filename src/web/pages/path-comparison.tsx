import type { Child } from 'hono/jsx';
import type { Citation } from '../../domain/law/citation.js';
import type { Messages } from '../../i18n/index.js';

// Shared by the path chooser (/choose/compare, the result cards) and the guide (/guide/paths):
// the law behind a text, and the side-by-side comparison of the dispute paths. The table is a
// real table on wide screens; public/app.css stacks it into one card per question on a phone.

/** "The law: 34 CFR 300.153; … (not yet checked)": every cite, linked where it has a URL. */
export function Citations({ citations, m }: { citations: readonly Citation[]; m: Messages }) {
  if (citations.length === 0) {
    return null;
  }
  return (
    <p class="citations">
      <span class="citations-label">{m.choose.result.law}</span>{' '}
      {citations.map((c, i) => (
        <>
          {i > 0 ? '; ' : ''}
          {c.url ? <a href={c.url}>{c.cite}</a> : <cite>{c.cite}</cite>}
          {c.verified ? null : (
            <>
              {' '}
              <strong class="unverified">({m.choose.result.unverified})</strong>
            </>
          )}
        </>
      ))}
    </p>
  );
}

/** One cell of the comparison: what to show and the law behind it. */
export type ComparisonCellView = {
  readonly body: Child;
  readonly citations: readonly Citation[];
};

/** One row: a question and a cell per column (null where the fact sheet says nothing). */
export type ComparisonRowView = {
  readonly label: string;
  readonly cells: readonly (ComparisonCellView | null)[];
};

/**
 * The paths side by side: a column per path, a row per question, every cell with its law and a
 * visible note where part of that law is not checked yet.
 */
export function ComparisonTable({
  m,
  caption,
  firstHeader,
  columns,
  rows,
  notCovered,
  unverifiedNote,
}: {
  m: Messages;
  caption: string;
  firstHeader: string;
  columns: readonly string[];
  rows: readonly ComparisonRowView[];
  notCovered: string;
  unverifiedNote: string;
}) {
  return (
    <table class="compare">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstHeader}</th>
          {columns.map((name) => (
            <th scope="col">{name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row">{row.label}</th>
            {columns.map((name, i) => {
              const cell = row.cells[i];
              return (
                <td data-label={name}>
                  {cell ? (
                    <>
                      {cell.body}
                      {cell.citations.some((c) => !c.verified) ? (
                        <span class="unverified-note"> {unverifiedNote}</span>
                      ) : null}
                      <Citations citations={cell.citations} m={m} />
                    </>
                  ) : (
                    <span class="not-in-facts">{notCovered}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
