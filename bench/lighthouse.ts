/**
 * Lighthouse (its CLI, mobile preset: simulated slow 4G and 4× CPU) on examples/index.html, served by the
 * benchmark's own server on 127.0.0.1. Keeps the full report in bench-results/lighthouse.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './browser.js';

export interface LighthouseResult {
  version: string;
  url: string;
  performance?: number;
  accessibility?: number;
  /** Milliseconds. */
  fcp?: number;
  lcp?: number;
  tbt?: number;
  cls?: number;
  speedIndex?: number;
  /** Accessibility audits that failed, by id. */
  failedAccessibility: string[];
  runtimeError?: string;
  report: string;
}

interface Report {
  lighthouseVersion: string;
  finalDisplayedUrl?: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null; scoreDisplayMode: string }>;
}

export async function benchLighthouse({
  url,
  chromePath,
  outDir,
  log = () => {},
}: {
  url: string;
  chromePath: string;
  outDir: string;
  log?: (line: string) => void;
}): Promise<LighthouseResult> {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const output = join(outDir, 'lighthouse.json');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance,accessibility',
    '--form-factor=mobile',
    '--quiet',
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
  ];
  log(`lighthouse: ${url}`);
  const stderr: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0 || !existsSync(output)) throw new Error(`lighthouse exited with ${code}: ${stderr.join('').trim().split('\n').slice(-3).join(' ')}`);
  const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
  const numeric = (id: string) => report.audits[id]?.numericValue;
  const score = (id: string) => {
    const value = report.categories[id]?.score;
    return value === null || value === undefined ? undefined : Math.round(value * 100);
  };
  const failedAccessibility = (report.categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && (report.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
  return {
    version: report.lighthouseVersion,
    url: report.finalDisplayedUrl ?? url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    speedIndex: numeric('speed-index'),
    failedAccessibility,
    ...(report.runtimeError ? { runtimeError: `${report.runtimeError.code}: ${report.runtimeError.message}` } : {}),
    report: output,
  };
}
