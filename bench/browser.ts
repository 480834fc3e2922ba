/**
 * Browser benchmark in headless Chromium (playwright-core, the system's Chromium): first render of
 * examples/index.html, keystroke → next paint in the search box with 1,000 and 10,000 generated practices at 1× and
 * 4× CPU throttling, long tasks during load, and the JavaScript heap. Timings are reported, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import type { DatasetView } from '@alliance-panorama/core';
import { listSlice } from '@alliance-panorama/core/export';
import { packDataset } from '@alliance-panorama/core/packed';
import { generateDataset } from '@alliance-panorama/core/testing';
import type { StaticServer } from './server.js';

import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';

export { CHROMIUM_ARGS };

export interface LoadRun {
  /** First contentful paint (ms from navigation start). */
  fcp?: number;
  /** Results of the panorama painted: cards in the DOM, then two animation frames. */
  resultsPainted?: number;
  lcp?: number;
  longTasks: number;
  longTaskMs: number;
  /** Sum over long tasks of the time past 50 ms (Lighthouse's total blocking time, measured up to the results). */
  blockingMs: number;
  heapMB?: number;
  cards: number;
  countText: string;
}
export interface LoadRow {
  page: string;
  cpu: number;
  runs: number;
  fcp?: number;
  resultsPainted?: number;
  lcp?: number;
  longTasks: number;
  longTaskMs: number;
  blockingMs: number;
  heapMB?: number;
  error?: string;
}
export interface KeystrokeRow {
  data: string;
  practices: number;
  cpu: number;
  /** Keystrokes whose result count changed (the measured ones). */
  samples: number;
  /** Keystrokes typed in all (some leave the count unchanged). */
  typed: number;
  median?: number;
  p95?: number;
  worst?: number;
  /** Most result cards in the DOM after any keystroke. */
  maxCards: number;
  /** Long tasks while typing, and their time past 50 ms. */
  longTasks: number;
  blockingMs: number;
  /** From navigation to every practice counted (for packed data, excerpts may still be loading). */
  completeMs?: number;
  /** From navigation to every practice counted with every excerpt (search complete). */
  loadMs?: number;
  heapMB?: number;
  error?: string;
}
export interface BrowserResult {
  chromium: string;
  blankHeapMB?: number;
  loads: LoadRow[];
  keystrokes: KeystrokeRow[];
}

/** Runs in every page before its own scripts: observers for paints and long tasks, and the keystroke probe. */
const INIT_SCRIPT = `(() => {
  const bench = (window.__bench = { longTasks: [], fcp: undefined, lcp: undefined, resultsPainted: undefined });
  const observe = (type, callback) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true }); } catch {}
  };
  observe('longtask', (entry) => bench.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('paint', (entry) => { if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime; });
  observe('largest-contentful-paint', (entry) => { bench.lcp = entry.startTime; });
  const root = () => document.querySelector('alliance-panorama')?.shadowRoot;
  const cards = () => root()?.querySelectorAll('[part~="card"]').length ?? 0;
  const watch = () => {
    if (cards() > 0) {
      requestAnimationFrame(() => requestAnimationFrame(() => { bench.resultsPainted = performance.now(); }));
    } else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  // Arms one measurement: the next keydown in the search box starts the clock; it stops two animation frames
  // after the result count changes (or after the update that leaves it unchanged).
  bench.arm = () => {
    const element = document.querySelector('alliance-panorama');
    const shadow = element.shadowRoot;
    const count = shadow.querySelector('p.count[role="status"]');
    const input = shadow.querySelector('input[type="search"]');
    const before = count.textContent;
    let started;
    input.addEventListener('keydown', (event) => { started = event.timeStamp; }, { once: true, capture: true });
    bench.pending = new Promise((resolve) => {
      let finished = false;
      const finish = (changed) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({
          ms: performance.now() - (started ?? performance.now()),
          changed,
          text: count.textContent,
          cards: shadow.querySelectorAll('[part~="card"]').length,
        })));
      };
      const observer = new MutationObserver(() => { if (count.textContent !== before) finish(true); });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
      // A query answered by a worker (packed data) arrives later: the results region is aria-busy until then.
      const results = shadow.querySelector('section.results');
      const settle = () => (results?.getAttribute('aria-busy') === 'true' ? requestAnimationFrame(settle) : finish(count.textContent !== before));
      input.addEventListener('input', () => element.updateComplete.then(() => setTimeout(settle, 0)), { once: true });
    });
  };
})();`;

interface PageBench {
  longTasks: { start: number; duration: number }[];
  fcp?: number;
  lcp?: number;
  resultsPainted?: number;
  pending?: Promise<{ ms: number; changed: boolean; text: string; cards: number }>;
  arm(): void;
}
declare global {
  interface Window {
    __bench: PageBench;
  }
}

const median = (values: number[]) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const percentile = (values: number[], p: number) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};
const blocking = (tasks: { duration: number }[]) => tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

async function openPage(browser: Browser, cpu: number): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { page, cdp, close: () => context.close() };
}

/** Loads a page and waits for the panorama's first results to be painted. */
async function load(page: Page, url: string, timeout = 60_000): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForFunction(() => window.__bench.resultsPainted !== undefined, undefined, { timeout });
}

async function measureLoad(browser: Browser, url: string, cpu: number): Promise<LoadRun> {
  const { page, cdp, close } = await openPage(browser, cpu);
  try {
    await load(page, url);
    // Long tasks that end the load (rendering the first cards) are reported a moment later.
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => {
      const bench = window.__bench;
      const shadow = document.querySelector('alliance-panorama')?.shadowRoot;
      const until = bench.resultsPainted ?? Number.POSITIVE_INFINITY;
      return {
        fcp: bench.fcp,
        lcp: bench.lcp,
        resultsPainted: bench.resultsPainted,
        tasks: bench.longTasks.filter((task) => task.start < until),
        cards: shadow?.querySelectorAll('[part~="card"]').length ?? 0,
        countText: shadow?.querySelector('p.count[role="status"]')?.textContent ?? '',
      };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return {
      fcp: state.fcp,
      lcp: state.lcp,
      resultsPainted: state.resultsPainted,
      longTasks: state.tasks.length,
      longTaskMs: state.tasks.reduce((sum, task) => sum + task.duration, 0),
      blockingMs: blocking(state.tasks),
      heapMB: cpu === 1 ? await heapMB(cdp) : undefined,
      cards: state.cards,
      countText: state.countText,
    };
  } finally {
    await close();
  }
}

/** Texts typed letter by letter, each then erased: every prefix is a new query. */
export const TYPED = ['accueil ville', 'logement quartier'];

async function measureKeystrokes(
  browser: Browser,
  server: StaticServer,
  scenario: Scenario,
  cpu: number,
): Promise<KeystrokeRow> {
  const row: KeystrokeRow = { data: scenario.label, practices: scenario.practices, cpu, samples: 0, typed: 0, maxCards: 0, longTasks: 0, blockingMs: 0 };
  const { page, cdp, close } = await openPage(browser, cpu);
  try {
    await page.exposeFunction('__benchError', (code: string, message: string) => {
      row.error = `refused by the widget: ${code} (${message})`;
    });
    await page.addInitScript(() =>
      document.addEventListener('alliance-error', (event) => {
        const { error } = event as Event & { error: { code: string; message: string } };
        void (window as unknown as { __benchError(code: string, message: string): void }).__benchError(error.code, error.message);
      }),
    );
    const started = performance.now();
    const expected = `${scenario.practices} pratiques`;
    try {
      await load(page, `${server.origin}${scenario.page}`);
      // Wait for the generated practices (for packed data, with every excerpt: no progress note), or for the
      // widget to refuse them.
      while (!row.error) {
        const [text, loading] = await page.evaluate(() => {
          const shadow = document.querySelector('alliance-panorama')?.shadowRoot;
          return [shadow?.querySelector('p.count[role="status"]')?.textContent, Boolean(shadow?.querySelector('[part~="progress"]'))];
        });
        if (text === expected && row.completeMs === undefined) row.completeMs = performance.now() - started;
        if (text === expected && !loading) break;
        if (performance.now() - started > 120_000) throw new Error(`still "${text}" after 120 s`);
        await page.waitForTimeout(50);
      }
    } catch (error) {
      row.error ??= `did not show ${scenario.practices} practices: ${String(error).split('\n')[0]}`;
    }
    if (row.error) return row;
    row.loadMs = performance.now() - started;
    await page.evaluate(() => (document.querySelector('alliance-panorama')!.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement).focus());
    const tasksBefore = await page.evaluate(() => window.__bench.longTasks.length);
    const times: number[] = [];
    const keys = TYPED.flatMap((text) => [
      ...[...text].map((character) => (character === ' ' ? 'Space' : character)),
      ...Array.from({ length: text.length }, () => 'Backspace'),
    ]);
    for (const key of keys) {
      await page.evaluate(() => window.__bench.arm());
      await page.keyboard.press(key);
      const result = await page.evaluate(() => window.__bench.pending!);
      row.typed += 1;
      row.maxCards = Math.max(row.maxCards, result.cards);
      if (result.changed) times.push(result.ms);
    }
    const tasks = await page.evaluate((from) => window.__bench.longTasks.slice(from), tasksBefore);
    row.samples = times.length;
    row.median = median(times);
    row.p95 = percentile(times, 0.95);
    row.worst = times.length ? Math.max(...times) : undefined;
    row.longTasks = tasks.length;
    row.blockingMs = blocking(tasks);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (cpu === 1) row.heapMB = await heapMB(cdp);
    return row;
  } finally {
    await close();
  }
}

interface Scenario {
  label: string;
  practices: number;
  /** URL path of the page to open. */
  page: string;
  /** Files to serve while it runs. */
  files: Record<string, string>;
}

const pageWith = (attributes: string) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Benchmark</title>
    <link rel="stylesheet" href="/examples/host.css" />
    <script type="module" src="/packages/widget/dist/cdn/alliance-panorama.js"></script>
  </head>
  <body><main><alliance-panorama ${attributes}></alliance-panorama></main></body>
</html>`;

/** Serves a generated one-language light list in place of the bundled `list.fr` chunk, as a site bundling that many practices would. */
function bundledListModule(dataset: DatasetView): string {
  return `export const list = JSON.parse(${JSON.stringify(JSON.stringify(listSlice(dataset, 'fr')))});\n`;
}

/** Packed files of a generated dataset (ADR 0005), as `alliance-panorama pack` writes them, under `/bench/packed-<n>/`. */
function packedScenario(practices: number): Scenario {
  const dataset = generateDataset({ practices, seed: 42 });
  const { manifest, files } = packDataset(dataset, 'fr');
  const base = `/bench/packed-${practices}`;
  const served: Record<string, string> = { [`${base}.html`]: pageWith(`lang="fr" src="${base}/index.json"`), [`${base}/index.json`]: JSON.stringify(manifest) };
  for (const file of files) served[`${base}/${file.path}`] = JSON.stringify(file.content);
  return { label: `src: packed (${manifest.parts.length} parts of ${manifest.parts[0]?.practices ?? 0}, worker)`, practices, page: `${base}.html`, files: served };
}

function scenarios(listChunkPath: string | undefined, sizes: number[], packedSizes: number[]): Scenario[] {
  const result: Scenario[] = [];
  for (const practices of packedSizes) result.push(packedScenario(practices));
  for (const practices of sizes) {
    const dataset = generateDataset({ practices, seed: 42 });
    const json = JSON.stringify(dataset);
    result.push({
      label: `src: generated dataset.json (${(json.length / 2 ** 20).toFixed(1)} MiB)`,
      practices,
      page: `/bench/src-${practices}.html`,
      files: { [`/bench/src-${practices}.html`]: pageWith(`lang="fr" src="/bench/generated-${practices}.json"`), [`/bench/generated-${practices}.json`]: json },
    });
    if (listChunkPath) {
      result.push({
        label: 'bundled list.fr replaced by a generated one',
        practices,
        page: `/bench/bundled-${practices}.html`,
        files: { [`/bench/bundled-${practices}.html`]: pageWith('lang="fr"'), [listChunkPath]: bundledListModule(dataset) },
      });
    }
  }
  return result;
}

export interface BrowserOptions {
  executablePath: string;
  server: StaticServer;
  /** URL path of the built `list.fr` chunk, to replace it with generated lists. */
  listChunkPath?: string;
  sizes?: number[];
  /** Sizes of the generated datasets served packed through `src` (worker engine). */
  packedSizes?: number[];
  cpus?: number[];
  loadRuns?: number;
  log?: (line: string) => void;
}

export async function benchBrowser({
  executablePath,
  server,
  listChunkPath,
  sizes = [1_000, 10_000],
  packedSizes = [10_000, 100_000],
  cpus = [1, 4],
  loadRuns = 3,
  log = () => {},
}: BrowserOptions): Promise<BrowserResult> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const result: BrowserResult = { chromium: browser.version(), loads: [], keystrokes: [] };

    server.put('/bench/blank.html', '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
    {
      const { page, cdp, close } = await openPage(browser, 1);
      await page.goto(`${server.origin}/bench/blank.html`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      result.blankHeapMB = await heapMB(cdp);
      await close();
    }
    server.clear();

    for (const cpu of cpus) {
      log(`browser: examples/index.html at ${cpu}× CPU`);
      const runs: LoadRun[] = [];
      let error: string | undefined;
      for (let i = 0; i < loadRuns; i++) {
        try {
          runs.push(await measureLoad(browser, `${server.origin}/examples/index.html`, cpu));
        } catch (caught) {
          error = String(caught).split('\n')[0];
        }
      }
      const pick = (key: keyof LoadRun) => median(runs.map((run) => run[key]).filter((value): value is number => typeof value === 'number'));
      result.loads.push({
        page: 'examples/index.html',
        cpu,
        runs: runs.length,
        fcp: pick('fcp'),
        resultsPainted: pick('resultsPainted'),
        lcp: pick('lcp'),
        longTasks: pick('longTasks') ?? 0,
        longTaskMs: pick('longTaskMs') ?? 0,
        blockingMs: pick('blockingMs') ?? 0,
        heapMB: pick('heapMB'),
        ...(error ? { error } : {}),
      });
    }

    for (const scenario of scenarios(listChunkPath, sizes, packedSizes)) {
      for (const [path, body] of Object.entries(scenario.files)) server.put(path, body);
      for (const cpu of cpus) {
        log(`browser: keystrokes, ${scenario.practices.toLocaleString('en')} practices, ${scenario.label}, ${cpu}× CPU`);
        const row = await measureKeystrokes(browser, server, scenario, cpu).catch(
          (caught: unknown): KeystrokeRow => ({
            data: scenario.label,
            practices: scenario.practices,
            cpu,
            samples: 0,
            typed: 0,
            maxCards: 0,
            longTasks: 0,
            blockingMs: 0,
            error: String(caught).split('\n')[0],
          }),
        );
        if (listChunkPath && scenario.files[listChunkPath] && !row.error && !server.hits.get(listChunkPath)) {
          row.error = 'the generated list was not requested: the bundled one was measured';
        }
        result.keystrokes.push(row);
        // A refused file is refused at every speed.
        if (row.error?.startsWith('refused')) {
          for (const other of cpus.filter((rate) => rate !== cpu)) result.keystrokes.push({ ...row, cpu: other });
          break;
        }
      }
      server.clear();
    }
    return result;
  } finally {
    await browser.close();
  }
}
