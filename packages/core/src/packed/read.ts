import type { DatasetIssue, ParseResult } from '../schema/parse.js';
import { LOCALES } from '../vocabulary.js';
import {
  PACKED_FORMAT,
  PACKED_VERSION,
  PACKED_VOCABULARIES,
  type PackedActors,
  type PackedDetail,
  type PackedManifest,
  type PackedPart,
  type PackedText,
} from './format.js';

// Packed files are checked with plain loops rather than zod: a part of 2,000 practices has some 40,000 values,
// and these checks run in a worker on every load. They guard what the reader relies on (types, lengths, code
// ranges, sizes); the records themselves were validated by `parseDataset` when the dataset was packed.

type Path = readonly (string | number)[];
type Obj = Record<string, unknown>;

/** Longest string accepted in a packed file (titles and names are at most 300 characters in a dataset). */
const MAX_STRING = 4000;
/** Most practices accepted in one part, and in one manifest. */
export const PACKED_LIMITS = { partPractices: 50_000, parts: 1_000, territories: 2_000, actors: 1_000_000 } as const;

class Checker {
  readonly issues: DatasetIssue[] = [];

  fail(code: DatasetIssue['code'], path: Path, message: string): false {
    if (this.issues.length < 100) this.issues.push({ code, path, message });
    return false;
  }

  object(value: unknown, path: Path): Obj | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    this.fail(value === undefined ? 'missing_field' : 'invalid_type', path, 'expected an object');
    return undefined;
  }

  header(file: Obj, format: string): boolean {
    if (file.format !== format) return this.fail('invalid_value', ['format'], `expected "${format}"`);
    if (file.version !== PACKED_VERSION) return this.fail('invalid_value', ['version'], `expected version ${PACKED_VERSION}`);
    return true;
  }

  array(value: unknown, path: Path, length?: number, max: number = PACKED_LIMITS.partPractices): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.fail(value === undefined ? 'missing_field' : 'invalid_type', path, 'expected an array');
      return undefined;
    }
    if (length !== undefined && value.length !== length) {
      this.fail('invalid_value', path, `expected ${length} entries, found ${value.length}`);
      return undefined;
    }
    if (value.length > max) {
      this.fail('too_big', path, `more than ${max} entries`);
      return undefined;
    }
    return value;
  }

  strings(value: unknown, path: Path, length?: number, { empty = true, max = PACKED_LIMITS.partPractices as number } = {}): boolean {
    const items = this.array(value, path, length, max);
    if (!items) return false;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item !== 'string') return this.fail('invalid_type', [...path, i], 'expected a string');
      if (item.length > MAX_STRING) return this.fail('too_big', [...path, i], `longer than ${MAX_STRING} characters`);
      if (!empty && item.trim() === '') return this.fail('too_small', [...path, i], 'must not be empty');
    }
    return true;
  }

  code(item: unknown, path: Path, size: number): boolean {
    return Number.isInteger(item) && (item as number) >= 0 && (item as number) < size
      ? true
      : this.fail('unknown_reference', path, `expected a position from 0 to ${size - 1}`);
  }

  codes(value: unknown, path: Path, length: number, size: number, max: number = PACKED_LIMITS.partPractices): boolean {
    const items = this.array(value, path, length, max);
    if (!items) return false;
    for (let i = 0; i < items.length; i++) if (!this.code(items[i], [...path, i], size)) return false;
    return true;
  }

  codeLists(value: unknown, path: Path, length: number, size: number, { empty = true } = {}): boolean {
    const items = this.array(value, path, length);
    if (!items) return false;
    for (let i = 0; i < items.length; i++) {
      const list = this.array(items[i], [...path, i], undefined, 1000);
      if (!list) return false;
      if (!empty && list.length === 0) return this.fail('too_small', [...path, i], 'needs at least one value');
      for (let k = 0; k < list.length; k++) if (!this.code(list[k], [...path, i, k], size)) return false;
    }
    return true;
  }

  result<T>(value: unknown): ParseResult<T> {
    return this.issues.length === 0 ? { ok: true, value: value as T } : { ok: false, issues: this.issues };
  }
}

const KNOWN_FIELDS_MANIFEST = new Set(['$schema', 'format', 'version', 'locale', 'dataset', 'practices', 'territories', 'vocabulary', 'actors', 'parts', 'details']);

/**
 * Checks a packed manifest (parsed JSON) and returns it typed, or every issue found with its path and code.
 * Part paths must be relative (no scheme, no leading `/` or `..`): a manifest cannot send the reader elsewhere.
 */
export function readPackedManifest(json: unknown): ParseResult<PackedManifest> {
  const check = new Checker();
  const file = check.object(json, []);
  if (!file || !check.header(file, PACKED_FORMAT)) return check.result(json);
  for (const key of Object.keys(file)) if (!KNOWN_FIELDS_MANIFEST.has(key)) check.fail('unknown_field', [key], 'unknown field');
  if (!(LOCALES as readonly unknown[]).includes(file.locale)) check.fail('invalid_value', ['locale'], `must be one of: ${LOCALES.join(', ')}`);
  const dataset = check.object(file.dataset, ['dataset']);
  if (dataset) for (const key of ['version', 'license', 'attribution', 'updated']) {
    if (typeof dataset[key] !== 'string') check.fail('missing_field', ['dataset', key], 'expected a string');
  }
  const territories = check.array(file.territories, ['territories'], undefined, PACKED_LIMITS.territories);
  territories?.forEach((territory, i) => {
    const t = check.object(territory, ['territories', i]);
    if (!t) return;
    if (typeof t.id !== 'string') check.fail('missing_field', ['territories', i, 'id'], 'expected a string');
    if (typeof t.localName !== 'string') check.fail('missing_field', ['territories', i, 'localName'], 'expected a string');
    if (!check.object(t.name, ['territories', i, 'name'])) return;
    const c = check.object(t.coordinates, ['territories', i, 'coordinates']);
    if (c && !(Number.isFinite(c.lat) && Number.isFinite(c.lon))) check.fail('invalid_type', ['territories', i, 'coordinates'], 'expected numbers');
    if (!Array.isArray(t.links)) check.fail('missing_field', ['territories', i, 'links'], 'expected an array');
  });
  const vocabulary = check.object(file.vocabulary, ['vocabulary']);
  if (vocabulary) for (const name of PACKED_VOCABULARIES) check.strings(vocabulary[name], ['vocabulary', name], undefined, { empty: false });
  const actors = check.object(file.actors, ['actors']);
  if (actors) {
    if (typeof actors.path !== 'string' || !isRelativePath(actors.path)) check.fail('invalid_url', ['actors', 'path'], 'expected a relative path inside the manifest folder');
    if (!Number.isInteger(actors.count) || (actors.count as number) < 0 || (actors.count as number) > PACKED_LIMITS.actors) {
      check.fail('invalid_value', ['actors', 'count'], `expected a whole number from 0 to ${PACKED_LIMITS.actors}`);
    }
  }
  const parts = check.array(file.parts, ['parts'], undefined, PACKED_LIMITS.parts);
  let total = 0;
  parts?.forEach((part, i) => {
    const p = check.object(part, ['parts', i]);
    if (!p) return;
    for (const key of ['index', 'text']) {
      const path = p[key];
      if (typeof path !== 'string' || !isRelativePath(path)) check.fail('invalid_url', ['parts', i, key], 'expected a relative path inside the manifest folder');
    }
    if (!Number.isInteger(p.practices) || (p.practices as number) < 0 || (p.practices as number) > PACKED_LIMITS.partPractices) {
      check.fail('invalid_value', ['parts', i, 'practices'], `expected a whole number from 0 to ${PACKED_LIMITS.partPractices}`);
    } else total += p.practices as number;
  });
  if (file.practices !== total) check.fail('invalid_value', ['practices'], `expected the sum of the parts' practices (${total})`);
  const details = check.object(file.details, ['details']);
  if (details) {
    const size = details.size;
    if (!Number.isInteger(size) || (size as number) < 1 || (size as number) > PACKED_LIMITS.partPractices) {
      check.fail('invalid_value', ['details', 'size'], `expected a whole number from 1 to ${PACKED_LIMITS.partPractices}`);
    } else if (check.strings(details.paths, ['details', 'paths'], Math.ceil(total / (size as number)), { max: PACKED_LIMITS.parts * 100 })) {
      (details.paths as string[]).forEach((path, i) => {
        if (!isRelativePath(path)) check.fail('invalid_url', ['details', 'paths', i], 'expected a relative path inside the manifest folder');
      });
    }
  }
  return check.result(json);
}

/** A path that stays under the manifest's folder: no scheme, no host, no leading slash, no `..` segment. */
export function isRelativePath(path: string): boolean {
  return path.length > 0 && path.length < 500 && !/^[a-z][a-z0-9+.-]*:|^[/\\]|(^|[/\\])\.\.([/\\]|$)/i.test(path);
}

/** Checks part `index` of a manifest: every column present, of the part's length, with codes in range. */
export function readPackedPart(json: unknown, manifest: PackedManifest, index: number): ParseResult<PackedPart> {
  const check = new Checker();
  const file = check.object(json, []);
  if (!file || !check.header(file, `${PACKED_FORMAT}-part`)) return check.result(json);
  const n = manifest.parts[index]?.practices ?? -1;
  const v = manifest.vocabulary;
  check.strings(file.ids, ['ids'], n, { empty: false });
  check.strings(file.titles, ['titles'], n, { empty: false });
  check.codes(file.territories, ['territories'], n, manifest.territories.length);
  check.codeLists(file.pillars, ['pillars'], n, v.pillars.length, { empty: false });
  check.codeLists(file.themes, ['themes'], n, v.themes.length);
  check.codes(file.models, ['models'], n, v.models.length);
  check.codeLists(file.relationKinds, ['relationKinds'], n, v.relationKinds.length);
  check.codes(file.statuses, ['statuses'], n, v.statuses.length);
  check.codes(file.confidences, ['confidences'], n, v.confidences.length);
  for (const key of ['starts', 'ends', 'asOf', 'lastChecked'] as const) check.strings(file[key], [key], n);
  check.codeLists(file.actors, ['actors'], n, manifest.actors.count);
  return check.result(json);
}

/** Checks the actor file of a manifest. */
export function readPackedActors(json: unknown, manifest: PackedManifest): ParseResult<PackedActors> {
  const check = new Checker();
  const file = check.object(json, []);
  if (!file || !check.header(file, `${PACKED_FORMAT}-actors`)) return check.result(json);
  const n = manifest.actors.count;
  const max = PACKED_LIMITS.actors;
  check.strings(file.ids, ['ids'], n, { empty: false, max });
  check.strings(file.names, ['names'], n, { empty: false, max });
  check.strings(file.shortNames, ['shortNames'], n, { max });
  check.codes(file.kinds, ['kinds'], n, manifest.vocabulary.actorKinds.length, max);
  return check.result(json);
}

/** Checks the excerpts of part `index`. */
export function readPackedText(json: unknown, manifest: PackedManifest, index: number): ParseResult<PackedText> {
  const check = new Checker();
  const file = check.object(json, []);
  if (file && check.header(file, `${PACKED_FORMAT}-text`)) {
    const n = manifest.parts[index]?.practices ?? -1;
    check.strings(file.excerpts, ['excerpts'], n);
    check.strings(file.originalNames, ['originalNames'], n);
    check.strings(file.originalLanguages, ['originalLanguages'], n);
  }
  return check.result(json);
}

/**
 * Checks a detail file against the practices it should hold (`ids`, in order). Records are shown as text only
 * (links go through the widget's URL check), so their fields are checked by kind, not against the full schema.
 */
export function readPackedDetail(json: unknown, ids: readonly string[]): ParseResult<PackedDetail> {
  const check = new Checker();
  const file = check.object(json, []);
  if (!file || !check.header(file, `${PACKED_FORMAT}-detail`)) return check.result(json);
  const practices = check.array(file.practices, ['practices'], ids.length);
  practices?.forEach((practice, i) => {
    const p = check.object(practice, ['practices', i]);
    if (!p) return;
    if (p.id !== ids[i]) check.fail('invalid_value', ['practices', i, 'id'], `expected "${ids[i]}"`);
    for (const key of ['title', 'summary', 'originalName', 'alliance', 'period']) check.object(p[key], ['practices', i, key]);
    for (const key of ['pillars', 'themes', 'actors', 'sources']) check.array(p[key], ['practices', i, key], undefined, 1000);
    check.strings(p.themes, ['practices', i, 'themes']);
    check.strings(p.pillars, ['practices', i, 'pillars']);
    check.strings((p.alliance as Obj | undefined)?.relationKinds, ['practices', i, 'alliance', 'relationKinds']);
    (Array.isArray(p.actors) ? p.actors : []).forEach((entry, k) => {
      const e = check.object(entry, ['practices', i, 'actors', k]);
      if (e && (typeof e.actor !== 'string' || !check.strings(e.roles, ['practices', i, 'actors', k, 'roles']))) {
        check.fail('invalid_type', ['practices', i, 'actors', k], 'expected an actor id and its roles');
      }
    });
    (Array.isArray(p.sources) ? p.sources : []).forEach((source, k) => {
      const s = check.object(source, ['practices', i, 'sources', k]);
      if (s && (typeof s.url !== 'string' || typeof s.title !== 'string')) check.fail('invalid_type', ['practices', i, 'sources', k], 'expected a url and a title');
    });
  });
  const actors = check.array(file.actors, ['actors']);
  actors?.forEach((actor, i) => {
    const a = check.object(actor, ['actors', i]);
    if (a && (typeof a.id !== 'string' || typeof a.name !== 'string')) check.fail('invalid_type', ['actors', i], 'expected an id and a name');
  });
  check.array(file.relations, ['relations']);
  return check.result(json);
}
