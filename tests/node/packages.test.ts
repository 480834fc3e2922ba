// The widget's published metadata: custom-elements.json is up to date with the element sources and documents
// the public contract (tags, attributes, events, parts, CSS custom properties), and package.json points to it and
// to the React entry. publint and attw run on the packed packages in scripts/check-packages.mjs (a CI step).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AllianceErrorEvent, AllianceFilterChangeEvent, AlliancePracticeOpenEvent } from '../../packages/widget/src/events/index.js';

const widget = fileURLToPath(new URL('../../packages/widget/', import.meta.url));
const cem = fileURLToPath(new URL('../../node_modules/@custom-elements-manifest/analyzer/cem.js', import.meta.url));
/** The widget's `analyze` script, minus the `cem` binary name. */
const ANALYZE_ARGS = ['analyze', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--litelement', '--quiet'];

interface Named {
  name?: string;
  description?: string;
  type?: { text: string };
}
interface Declaration extends Named {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: (Named & { fieldName?: string })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/**
 * Custom properties the styles read but the panorama's JSDoc does not list yet (add `@cssprop` lines to
 * src/panorama/alliance-panorama.ts, then remove them from here). The list may only shrink.
 */
const PANORAMA_UNDOCUMENTED_CSS: string[] = [];

const packageJson = JSON.parse(readFileSync(join(widget, 'package.json'), 'utf8')) as Record<string, unknown>;
const committedText = readFileSync(join(widget, 'custom-elements.json'), 'utf8');
const manifest = JSON.parse(committedText) as Manifest;

function element(tag: string): Declaration {
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.customElement && d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>`);
  return found;
}
const names = (items: Named[] | undefined): string[] => (items ?? []).flatMap((item) => (item.name ? [item.name] : []));

/** Every file under `dir` (relative to the widget) whose name ends with `.ts`, tests excluded. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(widget, dir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      out.push(relative(widget, join(entry.parentPath, entry.name)));
    }
  }
  return out;
}
/** The literal `part="…"` names in the templates of the given files. */
function templateParts(files: string[]): string[] {
  const parts = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(join(widget, file), 'utf8').matchAll(/\bpart="([^"$]+)"/g)) {
      for (const part of match[1]!.split(/\s+/)) parts.add(part);
    }
  }
  return [...parts].sort();
}

describe('custom-elements.json', () => {
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'alliance-cem-'));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('is what `npm run analyze -w @alliance-panorama/widget` generates from the current sources', () => {
    // A copy, because the analyzer also writes the `customElements` field into the package.json of its directory.
    cpSync(join(widget, 'src'), join(temp, 'src'), { recursive: true });
    cpSync(join(widget, 'package.json'), join(temp, 'package.json'));
    const run = spawnSync(process.execPath, [cem, ...ANALYZE_ARGS], { cwd: temp, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const sorted = spawnSync(process.execPath, [join(widget, 'scripts', 'sort-manifest.mjs'), join(temp, 'custom-elements.json')], { encoding: 'utf8' });
    expect(sorted.status, sorted.stderr).toBe(0);
    const generated = readFileSync(join(temp, 'custom-elements.json'), 'utf8');
    const generatedLines = generated.split('\n');
    const committedLines = committedText.split('\n');
    const line = generatedLines.findIndex((text, index) => text !== committedLines[index]);
    // On failure: run `npm run analyze -w @alliance-panorama/widget` and commit packages/widget/custom-elements.json.
    expect(
      generated === committedText,
      `custom-elements.json is stale (line ${line + 1}: committed ${JSON.stringify(committedLines[line])}, ` +
        `generated ${JSON.stringify(generatedLines[line])}): run \`npm run analyze -w @alliance-panorama/widget\``,
    ).toBe(true);
  });

  it('is referenced by the widget package and published with it', () => {
    expect(packageJson.customElements).toBe('custom-elements.json');
    expect(packageJson.files).toContain('custom-elements.json');
    expect((packageJson.exports as Record<string, unknown>)['./custom-elements.json']).toBe('./custom-elements.json');
    expect(manifest.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('documents every attribute of <alliance-panorama>, each with a description', () => {
    const panorama = element('alliance-panorama');
    const expected = ['lang', 'territory', 'pillar', 'theme', 'q', 'lock', 'src', 'sync-url', 'color-scheme', 'page-size'];
    expect(names(panorama.attributes)).toEqual(expect.arrayContaining(expected));
    for (const attribute of panorama.attributes!.filter((a) => expected.includes(a.name!))) {
      expect(attribute.description, `attribute ${attribute.name}`).toBeTruthy();
    }
    expect(panorama.attributes!.find((a) => a.name === 'sync-url')?.fieldName).toBe('syncUrl');
    expect(panorama.attributes!.find((a) => a.name === 'lock')?.type?.text).toBe('boolean');
  });

  it('documents every attribute of <alliance-territory-card>', () => {
    const card = element('alliance-territory-card');
    expect(names(card.attributes)).toEqual(
      expect.arrayContaining(['territory', 'lang', 'href', 'practices', 'heading-level', 'color-scheme']),
    );
  });

  it('documents the three events of <alliance-panorama> under the names the event classes dispatch', () => {
    const events = element('alliance-panorama').events ?? [];
    for (const eventName of [AllianceFilterChangeEvent.eventName, AlliancePracticeOpenEvent.eventName, AllianceErrorEvent.eventName]) {
      const documented = events.find((event) => event.name === eventName);
      expect(documented?.description, `event ${eventName}`).toBeTruthy();
    }
  });

  it('documents every part used in the templates', () => {
    const panorama = element('alliance-panorama');
    const card = element('alliance-territory-card');
    expect(names(panorama.cssParts)).toEqual(expect.arrayContaining(['base', 'search', 'filters', 'chips', 'card', 'pagination', 'dialog', 'error']));
    expect(names(panorama.cssParts)).toEqual(expect.arrayContaining(templateParts(sources('src/panorama'))));
    expect(names(card.cssParts)).toEqual(expect.arrayContaining(['card', 'coverage']));
    expect(names(card.cssParts)).toEqual(expect.arrayContaining(templateParts(sources('src/territory-card'))));
  });

  it('documents the CSS custom properties of both elements', () => {
    const panorama = names(element('alliance-panorama').cssProperties);
    const card = names(element('alliance-territory-card').cssProperties);
    for (const property of [...panorama, ...card]) expect(property).toMatch(/^--alliance-[a-z0-9-]+$/);
    expect(panorama).toEqual(
      expect.arrayContaining([
        '--alliance-font',
        '--alliance-accent',
        '--alliance-background',
        '--alliance-surface',
        '--alliance-text',
        '--alliance-border',
        '--alliance-pillar-local-citizenship',
        '--alliance-pillar-interculturality',
        '--alliance-pillar-access-to-rights',
      ]),
    );
    expect(card).toEqual(expect.arrayContaining(['--alliance-font', '--alliance-accent', '--alliance-surface', '--alliance-text']));
    // Every documented property is one the styles really read (no stale or misspelt names) and, for the panorama,
    // every property the styles read is documented, apart from the known gaps below.
    const styles = sources('src').map((file) => readFileSync(join(widget, file), 'utf8')).join('\n');
    for (const property of [...panorama, ...card]) expect(styles, property).toContain(`var(${property},`);
    const read = new Set([...styles.matchAll(/var\((--alliance-[a-z0-9-]+)/g)].map((match) => match[1]!));
    const undocumented = [...read].filter((property) => !panorama.includes(property)).sort();
    expect(PANORAMA_UNDOCUMENTED_CSS, `undocumented on <alliance-panorama>: ${undocumented.join(', ')}`).toEqual(
      expect.arrayContaining(undocumented),
    );
  });
});

describe('the widget package', () => {
  it('exports the React wrapper as a subpath with types, and lists it as a module with side effects', () => {
    const exports = packageJson.exports as Record<string, Record<string, string>>;
    expect(exports['./react']).toEqual({
      '@alliance-panorama/source': './src/react.ts',
      types: './dist/react.d.ts',
      default: './dist/react.js',
    });
    expect(packageJson.sideEffects).toEqual(expect.arrayContaining(['./dist/react.js', './src/react.ts']));
    expect(existsSync(join(widget, 'src/react.ts'))).toBe(true);
  });

  it('keeps react an optional peer dependency', () => {
    const peers = packageJson.peerDependencies as Record<string, string>;
    expect(peers.react).toMatch(/18/);
    expect(peers.react).toMatch(/19/);
    expect((packageJson.peerDependenciesMeta as Record<string, { optional?: boolean }>).react?.optional).toBe(true);
    expect(Object.keys(packageJson.dependencies as object)).not.toContain('react');
  });
});
