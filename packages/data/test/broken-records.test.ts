import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assemble, formatIssue } from '../src/assemble.js';
import { buildOutputs } from '../src/build.js';
import { RECORDS_DIR } from '../src/load.js';

type RecordFile = { practices: Record<string, unknown>[] };

const territoryNames = readdirSync(join(RECORDS_DIR, 'territories')).filter((name) => name.endsWith('.json')).sort();
// Two territory files, so that issues must be traced to the right file and to the index inside it.
const [first, second] = [territoryNames[0], territoryNames[1] ?? territoryNames[0]] as [string, string];

let records: string;

/** Copies every record file into a fresh directory (files may refer to actors defined in other files). */
beforeEach(() => {
  records = mkdtempSync(join(tmpdir(), 'alliance-records-'));
  cpSync(RECORDS_DIR, records, { recursive: true });
});

afterEach(() => rmSync(records, { recursive: true, force: true }));

function edit(name: string, change: (file: RecordFile) => void): void {
  const path = join(records, 'territories', name);
  const file = JSON.parse(readFileSync(path, 'utf8')) as RecordFile;
  change(file);
  writeFileSync(path, JSON.stringify(file, null, 2));
}

const issuesOf = (dir: string) => {
  const result = assemble(dir);
  return result.ok ? [] : result.issues;
};

describe('a broken record', () => {
  it('is fine before it is broken', () => {
    expect(issuesOf(records).map(formatIssue)).toEqual([]);
  });

  it('is reported with its file and the path of the missing field inside it', () => {
    edit(second, (file) => {
      delete (file.practices[1]?.summary as Record<string, string>).en;
    });
    expect(issuesOf(records)).toContainEqual(
      expect.objectContaining({
        file: `territories/${second}`,
        filePath: ['practices', 1, 'summary', 'en'],
        code: 'missing_field',
      }),
    );
  });

  it('is reported with its file when it points at an unknown territory or actor', () => {
    edit(first, (file) => {
      const practice = file.practices[0] as { territory: string; actors: { actor: string }[] };
      practice.territory = 'atlantis';
      practice.actors[0]!.actor = 'nobody-at-all';
    });
    const issues = issuesOf(records);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: `territories/${first}`, filePath: ['practices', 0, 'territory'], code: 'unknown_reference' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ file: `territories/${first}`, filePath: ['practices', 0, 'actors', 0, 'actor'], code: 'unknown_reference' }),
    );
  });

  it('is reported by file when the file is not valid JSON', () => {
    writeFileSync(join(records, 'territories', first), '{ "practices": [ }');
    expect(issuesOf(records)).toEqual([
      expect.objectContaining({ file: `territories/${first}`, filePath: [], code: 'invalid_input' }),
    ]);
  });

  it('stops buildOutputs before it writes anything', () => {
    edit(first, (file) => {
      (file.practices[0] as Record<string, unknown>).confidence = 'certain';
    });
    const out = mkdtempSync(join(tmpdir(), 'alliance-out-'));
    try {
      const result = buildOutputs(out, { recordsDir: records });
      expect(result.ok).toBe(false);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('makes the build script print `file: path: code: message` and exit 1', () => {
    edit(second, (file) => {
      (file.practices[0]?.title as Record<string, string>).es = '   ';
    });
    const out = join(records, 'out');
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const run = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['--conditions=@alliance-panorama/source', fileURLToPath(new URL('../scripts/build.ts', import.meta.url)), '--records', records, '--out', out],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^territories/${second.replace('.', '\\.')}: practices\\.0\\.title\\.es: too_small: .+$`, 'm'));
    expect(existsSync(out)).toBe(false);
  });
});
