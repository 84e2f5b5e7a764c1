/**
 * Exhibit binder benchmark (issue 6): a binder from 100 documents of 10 scanned pages each
 * (about 250 MB in), built by our streamed renderer and, as the baseline, by a naive pdf-lib
 * merge (load every document, copyPages, save). Reports wall time, peak memory (peak RSS of a
 * fresh process that does nothing but the build: VmHWM, see `peakRssMb`), output size and pages.
 *
 *   npx tsx bench/binder.ts
 *
 * Options (environment): BENCH_DOCS (100), BENCH_PAGES (10), BENCH_RUNS (3 per mode; the table
 * gives the median run), BENCH_KEEP=1 keeps the temporary folder.
 *
 * Each "scanned page" is a 300 × 280 RGB image of random noise (252 KB, so it cannot compress),
 * embedded as PDFs embed a PNG: its zlib data with the PNG predictor (FlateDecode,
 * /Predictor 15). The documents are written to a temporary folder first; every build then runs in
 * a child process of its own (`node --import tsx bench/binder.ts child <mode> …`), so neither the
 * generation nor an earlier build counts toward its time or memory. An `idle` child loads the same
 * modules and builds nothing: its peak RSS is the floor every mode starts from.
 *
 * Exits with status 1 and says `BENCHMARK FAILED: …` when an output is wrong (page count, the
 * stamp of the last page); a missed target shows as `not met` in the table.
 */
import { fork, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, type PDFRawStream } from 'pdf-lib';

const SCRIPT = fileURLToPath(import.meta.url);
const DOCS = Number(process.env.BENCH_DOCS ?? 100);
const PAGES = Number(process.env.BENCH_PAGES ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET = { seconds: 3, rssMb: 450 };
const BASELINE = { seconds: 1.8, rssMb: 647 };
const IMAGE = { width: 300, height: 280 };

class BenchFailure extends Error {}

type Mode = 'idle' | 'naive' | 'streamed';
type Measurement = {
  mode: Mode;
  seconds: number;
  maxRssMb: number;
  bytes: number;
  pages: number;
};

// ---------------------------------------------------------------------------------------------
// Generation (parent process).

/** One page: a full-page noise image, as a scanner would make it. */
function noiseImage(doc: PDFDocument): PDFRawStream {
  const { width, height } = IMAGE;
  const rowBytes = width * 3;
  const noise = randomBytes(rowBytes * height);
  // PNG scanlines: a filter byte (0 = none) before each row.
  const scanlines = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    noise.copy(scanlines, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  }
  return doc.context.stream(deflateSync(scanlines, { level: 1 }), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: 3, BitsPerComponent: 8, Columns: width },
  });
}

async function scannedDocument(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    const image = doc.context.register(noiseImage(doc));
    page.node.setXObject(PDFName.of('Scan'), image);
    const contents = doc.context.register(doc.context.stream('q 612 0 0 792 0 0 cm /Scan Do Q'));
    page.node.set(PDFName.of('Contents'), contents);
  }
  return doc.save({ useObjectStreams: false });
}

async function generate(dir: string): Promise<{ files: string[]; bytes: number }> {
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < DOCS; i++) {
    const file = join(dir, `doc-${String(i).padStart(3, '0')}.pdf`);
    const pdf = await scannedDocument(PAGES);
    await writeFile(file, pdf);
    files.push(file);
    bytes += pdf.length;
  }
  return { files, bytes };
}

// ---------------------------------------------------------------------------------------------
// Builds (child process).

async function naiveMerge(files: string[], out: string): Promise<number> {
  const merged = await PDFDocument.create();
  for (const file of files) {
    const source = await PDFDocument.load(await readFile(file));
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) {
      merged.addPage(page);
    }
  }
  await writeFile(out, await merged.save());
  return merged.getPageCount();
}

async function streamedBinder(files: string[], out: string): Promise<number> {
  const { planBinder } = await import('../src/domain/binder/index.js');
  const { openFileSink, renderBinderPdf } = await import('../src/render/binder-pdf.js');
  const documents = files.map((file, i) => ({
    id: file,
    title: `Scanned document ${i + 1}`,
    date: `2026-0${1 + (i % 9)}-1${i % 10}`,
    category: i === 0 ? 'iep' : 'correspondence',
    pageCount: PAGES,
    mediationConfidential: false,
    binderOk: true,
  }));
  const plan = planBinder({
    purpose: 'hearing',
    documents,
    selectedIds: files,
    logEntries: [],
  });
  const sink = await openFileSink(out);
  try {
    const result = await renderBinderPdf(
      {
        language: 'en',
        purpose: 'hearing',
        labelStyle: 'p_number',
        separators: false,
        cover: { childName: 'Maya Johnson', preparedOn: '2026-11-28' },
        plan,
        source: (id) => readFile(id),
      },
      sink,
    );
    return result.pages;
  } finally {
    await sink.close();
  }
}

/**
 * Peak RSS of this process since it started, in MB. On Linux from VmHWM in /proc/self/status:
 * `process.resourceUsage().maxRSS` (getrusage) is kept across exec, so in a child it reports at
 * least the parent's RSS at the moment of the fork (the parent here has just generated and
 * checked a few hundred MB). Elsewhere getrusage is the best there is.
 */
function peakRssMb(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) {
      return Number(match[1]) / 1024;
    }
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function child(mode: Mode, listFile: string, out: string): Promise<void> {
  const files = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
  // Load the modules before the clock starts: both modes pay for pdf-lib the same way.
  await import('../src/render/binder-pdf.js');
  const start = performance.now();
  let pages = 0;
  if (mode === 'naive') {
    pages = await naiveMerge(files, out);
  } else if (mode === 'streamed') {
    pages = await streamedBinder(files, out);
  }
  const seconds = (performance.now() - start) / 1000;
  const measurement: Measurement = {
    mode,
    seconds,
    maxRssMb: peakRssMb(),
    bytes: mode === 'idle' ? 0 : statSync(out).size,
    pages,
  };
  process.send?.(measurement, () => process.exit(0));
}

function runChild(mode: Mode, listFile: string, out: string): Promise<Measurement> {
  rmSync(out, { force: true });
  // Each run starts with the earlier runs' output on disk, not still being written back.
  spawnSync('sync');
  return new Promise((resolve, reject) => {
    const proc = fork(SCRIPT, ['child', mode, listFile, out], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: Measurement | undefined;
    proc.on('message', (message: Measurement) => {
      result = message;
    });
    proc.once('exit', (code) => {
      if (code === 0 && result) {
        resolve(result);
      } else {
        reject(new BenchFailure(`${mode} build exited with code ${code}`));
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Checks and the report (parent process).

async function checkOutput(mode: Mode, out: string, expectedPages: number): Promise<void> {
  const bytes = readFileSync(out);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  // Ours adds a cover, the contents and the chronology to the documents' pages.
  const least = mode === 'naive' ? DOCS * PAGES : DOCS * PAGES + 3;
  if (doc.getPageCount() !== expectedPages || expectedPages < least) {
    throw new BenchFailure(`${mode}: ${doc.getPageCount()} pages, expected ${expectedPages}`);
  }
  if (mode === 'streamed') {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false })
      .promise;
    const last = await pdf.getPage(pdf.numPages);
    const text = (await last.getTextContent()).items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ');
    const expected = `P-${DOCS} · ${PAGES}/${PAGES} · page ${expectedPages} of ${expectedPages}`;
    await pdf.destroy();
    if (!text.includes(expected)) {
      throw new BenchFailure(`streamed: the last page says "${text}", not "${expected}"`);
    }
  }
}

function median(values: Measurement[]): Measurement {
  const sorted = [...values].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) {
    throw new BenchFailure('no runs');
  }
  return middle;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'binder-bench-'));
  try {
    const docsDir = join(dir, 'docs');
    mkdirSync(docsDir);
    process.stderr.write(`generating ${DOCS} documents of ${PAGES} pages…\n`);
    const generated = await generate(docsDir);
    const listFile = join(dir, 'files.json');
    writeFileSync(listFile, JSON.stringify(generated.files));
    const loadBefore = loadavg()[0] ?? 0;

    const idle = await runChild('idle', listFile, join(dir, 'idle.pdf'));
    const runs: Record<'naive' | 'streamed', Measurement[]> = { naive: [], streamed: [] };
    for (let r = 0; r < RUNS; r++) {
      for (const mode of ['naive', 'streamed'] as const) {
        const out = join(dir, `${mode}.pdf`);
        const m = await runChild(mode, listFile, out);
        process.stderr.write(
          `${mode} run ${r + 1}: ${m.seconds.toFixed(2)} s, ${m.maxRssMb.toFixed(0)} MB peak RSS\n`,
        );
        await checkOutput(mode, out, m.pages);
        runs[mode].push(m);
      }
    }
    const naive = median(runs.naive);
    const ours = median(runs.streamed);
    const worst = (mode: 'naive' | 'streamed') => ({
      seconds: Math.max(...runs[mode].map((m) => m.seconds)),
      rss: Math.max(...runs[mode].map((m) => m.maxRssMb)),
    });
    const lines: string[] = [];
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    lines.push(
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npx tsx bench/binder.ts\`: Node ${process.version}, ${cpus().length} CPU(s) (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, load average ${loadBefore.toFixed(1)} before the builds and ${(loadavg()[0] ?? 0).toFixed(1)} after. Input: ${DOCS} documents × ${PAGES} pages, ${mb(generated.bytes)} MB. Median of ${RUNS} runs per mode (by time); each run in a fresh process.`,
    );
    lines.push('');
    lines.push('| build | wall time | peak RSS | output | pages | worst run (time / RSS) |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, m, mode] of [
      ['naive pdf-lib merge (load all, copyPages, save)', naive, 'naive'],
      ['ours: streamed binder (cover, contents, chronology, stamps)', ours, 'streamed'],
    ] as const) {
      const w = worst(mode);
      lines.push(
        `| ${name} | ${m.seconds.toFixed(2)} s | ${m.maxRssMb.toFixed(0)} MB | ${mb(m.bytes)} MB | ${m.pages} | ${w.seconds.toFixed(2)} s / ${w.rss.toFixed(0)} MB |`,
      );
    }
    lines.push(
      `| idle child (same modules loaded, no build) | – | ${idle.maxRssMb.toFixed(0)} MB | – | – | – |`,
    );
    lines.push('');
    const met = (ok: boolean) => (ok ? 'met' : 'not met');
    lines.push('| target | measured (ours) | |');
    lines.push('| --- | ---: | --- |');
    lines.push(
      `| wall time <= ${TARGET.seconds} s | ${ours.seconds.toFixed(2)} s | ${met(ours.seconds <= TARGET.seconds)} |`,
    );
    lines.push(
      `| peak RSS <= ${TARGET.rssMb} MB | ${ours.maxRssMb.toFixed(0)} MB | ${met(ours.maxRssMb <= TARGET.rssMb)} |`,
    );
    lines.push('');
    lines.push(
      `Issue baseline for the naive merge on the issue author's machine: ${BASELINE.seconds} s and ${BASELINE.rssMb} MB peak.`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (process.env.BENCH_KEEP === '1') {
      process.stderr.write(`kept ${dir}\n`);
    } else {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[2] === 'child') {
  const [, , , mode, listFile, out] = process.argv;
  child(mode as Mode, listFile ?? '', out ?? '').catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    if (error instanceof BenchFailure) {
      process.stderr.write(`BENCHMARK FAILED: ${error.message}\n`);
    } else {
      process.stderr.write(`BENCHMARK FAILED: ${(error as Error).stack ?? String(error)}\n`);
    }
    process.exit(1);
  });
}
