import { availableParallelism, cpus } from 'node:os';
import {
  type ComputeDeadlinesInput,
  computeDeadlines,
  EVENT_TYPES,
  explainDeadline,
} from '../src/domain/deadlines/index.js';

// Times the deadline engine on one busy case: 200 events of every type over three school years,
// a full district calendar (first and last day, every closed weekday) and a county with its own
// holiday (Mardi Gras in Mobile). Target (issue 3): under 2 ms per case.
//
//   npx tsx bench/deadlines.ts
//
// Options (environment): BENCH_ITERATIONS (2000), BENCH_WARMUP (300).

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2_000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const TARGET_MS = 2;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The 2026–27 Mobile County school year, roughly as a district publishes it. */
function fullSchoolCalendar() {
  const closed: string[] = [
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    ...Array.from({ length: 5 }, (_, i) => addDays('2026-11-23', i)),
    ...Array.from({ length: 10 }, (_, i) => addDays('2026-12-21', i)).filter((d) => {
      const w = new Date(`${d}T00:00:00Z`).getUTCDay();
      return w !== 0 && w !== 6;
    }),
    '2027-01-18',
    '2027-02-08',
    '2027-02-09',
    '2027-02-15',
    ...Array.from({ length: 5 }, (_, i) => addDays('2027-03-22', i)),
  ];
  return { firstDay: '2026-08-06', lastDay: '2027-05-21', closedDays: closed };
}

/** 200 events cycling through every type, spread over 2025-08 to 2027-06. */
function busyCase(): ComputeDeadlinesInput {
  const events = Array.from({ length: 200 }, (_, i) => ({
    id: `event-${i}`,
    type: EVENT_TYPES[i % EVENT_TYPES.length] ?? 'iep_meeting_held',
    date: addDays('2025-08-01', (i * 677) % 680),
  }));
  return {
    jurisdiction: 'US-AL',
    county: 'Mobile',
    events,
    schoolCalendar: fullSchoolCalendar(),
    today: '2026-11-28',
  };
}

type Stats = { mean: number; p50: number; p99: number; min: number; max: number };

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    p50: at(0.5),
    p99: at(0.99),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

function measure(name: string, run: () => unknown): { name: string } & Stats {
  for (let i = 0; i < WARMUP; i += 1) {
    run();
  }
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return { name, ...stats(samples) };
}

const input = busyCase();
const check = computeDeadlines(input);
if (!check.ok) {
  throw new Error(`the bench case is invalid: ${JSON.stringify(check.problems)}`);
}
const deadlineCount = check.deadlines.length;
const schoolDayCount = check.deadlines.filter((d) => d.dayType === 'school').length;

const rows = [
  measure('computeDeadlines (200 events, full calendar, county)', () => computeDeadlines(input)),
  measure('computeDeadlines + every explanation in en and es', () => {
    const result = computeDeadlines(input);
    if (result.ok) {
      for (const d of result.deadlines) {
        explainDeadline(d, 'en');
        explainDeadline(d, 'es');
      }
    }
  }),
  measure('computeDeadlines without a school calendar or county', () =>
    computeDeadlines({ jurisdiction: 'US-AL', events: input.events, today: '2026-11-28' }),
  ),
];

const fmt = (ms: number) => ms.toFixed(3);
console.log(
  `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} threads)`,
);
console.log(
  `${deadlineCount} deadlines per case (${schoolDayCount} counted in school days); ${WARMUP} warm-up runs, ${ITERATIONS} timed runs\n`,
);
console.log('| run | mean ms | p50 ms | p99 ms | min ms | max ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${fmt(r.mean)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.min)} | ${fmt(r.max)} |`,
  );
}
const main = rows[0];
if (main) {
  console.log(
    `\nTarget: under ${TARGET_MS} ms per case. Mean ${fmt(main.mean)} ms: ${main.mean < TARGET_MS ? 'met' : 'NOT met'}.`,
  );
}
