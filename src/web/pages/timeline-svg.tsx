import type { CaseEvent } from '../../db/case-events.js';
import {
  type Deadline,
  EVENT_TYPE_LABELS,
  type EventType,
  formatDate,
} from '../../domain/deadlines/index.js';
import { daysBetween } from '../../domain/deadlines/iso-date.js';
import { format, type Locale, type Messages } from '../../i18n/index.js';

// The timeline as an inline SVG picture: a vertical line with events (circles), deadlines
// (diamonds: red when overdue, hollow when not confirmed) and today, spaced by time but never
// closer than a row needs. It is a picture of the lists on the page (its text alternative); no
// script, no style attributes: presentation attributes only (the CSP allows no inline style).

const WIDTH = 300;
const SPINE_X = 16;
const TEXT_X = 34;
const LEGEND_HEIGHT = 52;
const TOP = LEGEND_HEIGHT + 24;
const ROW_GAP = 14;
const LINE = 16;
const DATE_SIZE = 13;
const LABEL_SIZE = 14;
/** Characters of a bold 14-unit label that fit in one line (about 0.6 em each). */
const LABEL_CHARS = Math.floor((WIDTH - TEXT_X - 4) / (LABEL_SIZE * 0.6));

const SHORT_MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};

/** "Nov 9, 2026" / "9 nov 2026": short enough for a line of the picture. */
function shortDate(date: string, locale: Locale): string {
  const year = date.slice(0, 4);
  const month = SHORT_MONTHS[locale][Number(date.slice(5, 7)) - 1] ?? '';
  const day = Number(date.slice(8, 10));
  return locale === 'en' ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`;
}

/** Splits a label into at most two lines by words; the second ends with … when cut. */
function wrapLabel(text: string): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [''];
  for (const word of words) {
    const current = lines[lines.length - 1] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= LABEL_CHARS) {
      lines[lines.length - 1] = candidate;
    } else if (lines.length < 2) {
      lines.push(word);
    } else {
      lines[1] = `${current}…`;
      break;
    }
  }
  return lines.map((line) =>
    line.length > LABEL_CHARS ? `${line.slice(0, LABEL_CHARS - 1).trimEnd()}…` : line,
  );
}

const COLORS = {
  spine: '#505a5f',
  event: '#12355b',
  deadline: '#00703c',
  overdue: '#b00020',
  today: '#1b1b1b',
  text: '#1b1b1b',
  muted: '#4a4a4a',
};

type Row = {
  date: string;
  kind: 'event' | 'deadline' | 'today';
  label: string;
  overdue: boolean;
  unverified: boolean;
};

/** The height a row's text takes below its marker. */
function rowHeight(row: Row): number {
  return row.kind === 'today' ? LINE : LINE + wrapLabel(row.label).length * LINE;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function rowsOf(
  events: readonly CaseEvent[],
  deadlines: readonly Deadline[],
  today: string,
  locale: Locale,
  m: Messages,
): Row[] {
  const rows: Row[] = [];
  for (const e of events) {
    const label = EVENT_TYPE_LABELS[e.type as EventType]?.[locale] ?? e.type;
    rows.push({
      date: e.date,
      kind: 'event',
      label: capitalize(label),
      overdue: false,
      unverified: false,
    });
  }
  for (const d of deadlines) {
    const overdue = d.due < today;
    rows.push({
      date: d.due,
      kind: 'deadline',
      label: d.title[locale],
      overdue,
      unverified: d.unverified,
    });
  }
  rows.push({
    date: today,
    kind: 'today',
    label: m.timeline.pictureToday,
    overdue: false,
    unverified: false,
  });
  const order = { event: 0, deadline: 1, today: 2 };
  return rows.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : order[a.kind] - order[b.kind],
  );
}

/** Where each row sits: by date (about 900 units for the whole span), never overlapping. */
function positions(rows: readonly Row[]): number[] {
  const first = rows[0]?.date;
  const last = rows[rows.length - 1]?.date;
  if (first === undefined || last === undefined) {
    return [];
  }
  const span = Math.max(1, daysBetween(first, last));
  const scale = Math.min(2, 900 / span);
  const ys: number[] = [];
  let earliest = TOP;
  for (const row of rows) {
    const y = Math.max(earliest, TOP + daysBetween(first, row.date) * scale);
    ys.push(y);
    earliest = y + rowHeight(row) + ROW_GAP;
  }
  return ys;
}

function Marker({ row, y }: { row: Row; y: number }) {
  if (row.kind === 'event') {
    return <circle cx={SPINE_X} cy={y} r={7} fill={COLORS.event} />;
  }
  if (row.kind === 'today') {
    return (
      <line
        x1={4}
        x2={WIDTH - 4}
        y1={y}
        y2={y}
        stroke={COLORS.today}
        stroke-width={2}
        stroke-dasharray="6 4"
      />
    );
  }
  return <Diamond x={SPINE_X} y={y} overdue={row.overdue} hollow={row.unverified} />;
}

function Diamond({
  x,
  y,
  overdue,
  hollow,
}: {
  x: number;
  y: number;
  overdue: boolean;
  hollow: boolean;
}) {
  const color = overdue ? COLORS.overdue : COLORS.deadline;
  return (
    <rect
      x={x - 6}
      y={y - 6}
      width={12}
      height={12}
      transform={`rotate(45 ${x} ${y})`}
      fill={hollow ? '#fff' : color}
      stroke={color}
      stroke-width={3}
    />
  );
}

/** The key to the shapes, in two rows at the top. */
function Legend({ m }: { m: Messages }) {
  const t = m.timeline;
  const item = (x: number, y: number, label: string) => (
    <text x={x + 22} y={y + 5} font-size={DATE_SIZE} fill={COLORS.text}>
      {label}
    </text>
  );
  const col = WIDTH / 2;
  return (
    <g>
      <circle cx={10} cy={14} r={6} fill={COLORS.event} />
      {item(4, 14, t.pictureEvent)}
      <Diamond x={col + 10} y={14} overdue={false} hollow={false} />
      {item(col + 4, 14, t.pictureDeadline)}
      <Diamond x={10} y={38} overdue={true} hollow={false} />
      {item(4, 38, t.pictureOverdue)}
      <Diamond x={col + 10} y={38} overdue={false} hollow={true} />
      {item(col + 4, 38, t.unverifiedTag)}
    </g>
  );
}

/**
 * The picture. `role="img"` with a title and a description; the lists on the page carry the
 * same information as text.
 */
export function TimelineSvg({
  events,
  deadlines,
  today,
  locale,
  m,
  name,
}: {
  events: readonly CaseEvent[];
  deadlines: readonly Deadline[];
  today: string;
  locale: Locale;
  m: Messages;
  name: string;
}) {
  const t = m.timeline;
  const rows = rowsOf(events, deadlines, today, locale, m);
  const ys = positions(rows);
  const lastRow = rows[rows.length - 1];
  const height = Math.ceil((ys[ys.length - 1] ?? TOP) + (lastRow ? rowHeight(lastRow) : 0) + 12);
  const dateText = (date: string) => formatDate(date, locale);
  const description = format(t.pictureDesc, {
    first: dateText(rows[0]?.date ?? today),
    last: dateText(rows[rows.length - 1]?.date ?? today),
    today: dateText(today),
  });
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="timeline-svg"
      role="img"
      aria-labelledby="timeline-svg-title timeline-svg-desc"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      focusable="false"
    >
      <title id="timeline-svg-title">{format(t.pictureTitle, { name })}</title>
      <desc id="timeline-svg-desc">{description}</desc>
      <Legend m={m} />
      <line
        x1={SPINE_X}
        x2={SPINE_X}
        y1={TOP - 14}
        y2={height - 6}
        stroke={COLORS.spine}
        stroke-width={3}
      />
      {rows.map((row, i) => {
        const y = ys[i] ?? TOP;
        const status =
          row.kind === 'deadline' && row.overdue
            ? ` · ${t.pictureOverdue}`
            : row.kind === 'deadline' && row.unverified
              ? ` · ${t.unverifiedTag}`
              : '';
        return (
          <g>
            <Marker row={row} y={y} />
            {row.kind === 'today' ? (
              <text
                x={WIDTH - 4}
                y={y - 6}
                text-anchor="end"
                font-size={DATE_SIZE}
                font-weight="700"
                fill={COLORS.today}
              >
                {`${row.label}: ${shortDate(row.date, locale)}`}
              </text>
            ) : (
              <>
                <text
                  x={TEXT_X}
                  y={y + 4}
                  font-size={DATE_SIZE}
                  fill={row.overdue ? COLORS.overdue : COLORS.muted}
                  font-weight={row.overdue ? '700' : '400'}
                >
                  {`${shortDate(row.date, locale)}${status}`}
                </text>
                {wrapLabel(row.label).map((line, n) => (
                  <text
                    x={TEXT_X}
                    y={y + 4 + LINE * (n + 1)}
                    font-size={LABEL_SIZE}
                    font-weight="700"
                    fill={COLORS.text}
                  >
                    {line}
                  </text>
                ))}
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
