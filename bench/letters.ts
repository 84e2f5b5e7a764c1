/**
 * Letter rendering benchmark (issue 5): warm PDF (pdfkit) and DOCX (docx) generation time per
 * letter kind, mean and p95, and — when `libreoffice` (or `soffice`) is on PATH — LibreOffice
 * converting the same DOCX to PDF, the way docassemble-style tools make PDFs.
 *
 * Run: npx tsx bench/letters.ts [iterations]   (default 50 per kind and format)
 * Prints a Markdown section for docs/benchmarks.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLetter, LETTER_KINDS, type LetterModel } from '../src/domain/letters/index.js';
import { SAMPLE_LETTERS } from '../src/domain/letters/letter-fixtures.js';
import { renderLetterDocx } from '../src/render/letter-docx.js';
import { parsedLetterFonts } from '../src/render/letter-fonts.js';
import { renderLetterPdf } from '../src/render/letter-pdf.js';

const ITERATIONS = Number(process.argv[2] ?? 50);
const WARMUP = 5;
const LIBREOFFICE_RUNS = 5;

type Stats = { mean: number; p95: number; n: number };

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
  return { mean, p95, n: sorted.length };
}

async function time(run: () => Promise<unknown>, iterations: number): Promise<Stats> {
  for (let i = 0; i < WARMUP; i++) {
    await run();
  }
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

function letterFor(kind: (typeof LETTER_KINDS)[number]): LetterModel {
  const result = buildLetter(kind, SAMPLE_LETTERS[kind] as never, {
    language: 'en',
    today: '2026-11-28',
  });
  if (!result.ok) {
    throw new Error(`sample ${kind} does not build`);
  }
  return result.letter;
}

function libreOffice(): string | undefined {
  for (const name of ['libreoffice', 'soffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) {
      return found.stdout.trim();
    }
  }
  return undefined;
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

async function main(): Promise<void> {
  const fontSource = parsedLetterFonts().source;
  const rows: string[] = [];
  const pdfAll: number[] = [];
  const docxAll: number[] = [];
  let sampleDocx: Uint8Array | undefined;
  let samplePdfMean = 0;
  for (const kind of LETTER_KINDS) {
    const letter = letterFor(kind);
    const pdf = await time(() => renderLetterPdf(letter), ITERATIONS);
    const docx = await time(() => renderLetterDocx(letter), ITERATIONS);
    pdfAll.push(pdf.mean);
    docxAll.push(docx.mean);
    if (kind === 'state_complaint') {
      sampleDocx = await renderLetterDocx(letter);
      samplePdfMean = pdf.mean;
    }
    rows.push(
      `| ${kind} | ${ms(pdf.mean)} | ${ms(pdf.p95)} | ${ms(docx.mean)} | ${ms(docx.p95)} |`,
    );
    process.stderr.write(`${kind} done\n`);
  }

  const lines: string[] = [];
  lines.push('## Letters: PDF and DOCX generation (issue 5)');
  lines.push('');
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/letters.ts ${ITERATIONS}\`: Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), load average at the end ${loadavg()[0]?.toFixed(1)}. Warm runs (${WARMUP} warm-up renders per kind and format, then ${ITERATIONS} timed), sample letters in English, one page or two. Font: Liberation Sans embedded from \`${fontSource.replace(/^.*node_modules\//, 'node_modules/')}\`, parsed once per process.`,
  );
  lines.push('');
  lines.push('| kind | PDF mean ms | PDF p95 ms | DOCX mean ms | DOCX p95 ms |');
  lines.push('|---|---|---|---|---|');
  lines.push(...rows);
  lines.push('');

  const soffice = libreOffice();
  if (!soffice || !sampleDocx) {
    lines.push(
      'LibreOffice row skipped: `libreoffice` is not on PATH. For the comparison only (never a CI dependency): `apt-get install -y --no-install-recommends libreoffice-writer-nogui`.',
    );
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'letters-bench-'));
    try {
      const input = join(dir, 'state_complaint.docx');
      writeFileSync(input, sampleDocx);
      const profile = `file://${join(dir, 'profile')}`;
      const convert = (): void => {
        execFileSync(
          soffice,
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            input,
          ],
          { stdio: 'ignore' },
        );
      };
      convert(); // first run creates the profile
      const samples: number[] = [];
      for (let i = 0; i < LIBREOFFICE_RUNS; i++) {
        const start = performance.now();
        convert();
        samples.push(performance.now() - start);
      }
      const lo = stats(samples);
      const bytes = readFileSync(join(dir, 'state_complaint.pdf')).length;
      const version = spawnSync(soffice, ['--version'], { encoding: 'utf8' }).stdout.trim();
      lines.push(
        `LibreOffice (${version || soffice}) converting the same state-complaint DOCX to PDF (\`--headless --convert-to pdf\`, a new process each time as docassemble-style tools do, profile already created; ${LIBREOFFICE_RUNS} runs): mean ${ms(lo.mean)} ms, p95 ${ms(lo.p95)} ms (${bytes} bytes). Our pdfkit PDF for the same letter: mean ${ms(samplePdfMean)} ms, **${(lo.mean / samplePdfMean).toFixed(0)}x faster**.`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  lines.push('');
  lines.push(
    `Mean over all kinds: PDF ${ms(pdfAll.reduce((a, b) => a + b, 0) / pdfAll.length)} ms, DOCX ${ms(docxAll.reduce((a, b) => a + b, 0) / docxAll.length)} ms. Target (issue 5): our PDF at least 20x faster than LibreOffice, p95 under 50 ms.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
