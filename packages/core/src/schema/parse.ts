import type * as z from 'zod';
import type { Dataset } from '../types.js';
import { ACTOR_KIND_SIDE, PILLARS, THEME_PILLAR, type ActorKind, type ThemeId } from '../vocabulary.js';
import { DATASET_LIMITS, datasetSchema } from './dataset.js';

/** Stable codes of dataset issues. Tools may switch on them; messages may change, codes do not. */
export const ISSUE_CODES = [
  'invalid_input',
  'invalid_type',
  'missing_field',
  'unknown_field',
  'invalid_value',
  'invalid_format',
  'invalid_url',
  'invalid_date',
  'too_small',
  'too_big',
  'duplicate_id',
  'unknown_reference',
  'self_reference',
  'theme_outside_pillars',
  'repeated_value',
  'inconsistent_period',
  'alliance_sides',
  'internal_error',
] as const;
/** A stable issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem found in a dataset: where (`path`, as JSON keys and indexes), what (`code`) and why (`message`). */
export interface DatasetIssue {
  readonly code: IssueCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Result of `parseDataset`: the typed dataset, or every issue found. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/** How many issues are reported at most; past that a final `too_big` issue says how many were left out. */
export const MAX_ISSUES = 1000;

type Obj = Record<string, unknown>;
const asObj = (value: unknown): Obj | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
const asArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function fromZodIssue(issue: z.core.$ZodIssue): DatasetIssue {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'missing_field', path, message: `required field is missing (expected ${issue.expected})` }
        : { code: 'invalid_type', path, message: `expected ${issue.expected}` };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        path,
        message: `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'invalid_format':
      return { code: 'invalid_format', path, message: issue.message };
    case 'too_small':
      return { code: 'too_small', path, message: issue.message };
    case 'too_big':
      return { code: 'too_big', path, message: issue.message };
    case 'custom': {
      const code = (issue.params as { code?: IssueCode } | undefined)?.code ?? 'invalid_value';
      return { code, path, message: issue.message };
    }
    case 'invalid_union':
      return { code: 'invalid_value', path, message: 'does not match any allowed form' };
    default:
      return { code: 'invalid_value', path, message: issue.message };
  }
}

function expandUnknownKeys(issue: z.core.$ZodIssue): DatasetIssue[] {
  if (issue.code !== 'unrecognized_keys') return [fromZodIssue(issue)];
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  return issue.keys.map((key) => ({
    code: 'unknown_field' as const,
    path: [...path, key],
    message: `unknown field "${key}" (check its spelling)`,
  }));
}

function checkCollectionSizes(input: Obj): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const [key, max] of Object.entries(DATASET_LIMITS)) {
    const value = input[key];
    if (Array.isArray(value) && value.length > max) {
      issues.push({ code: 'too_big', path: [key], message: `has ${value.length} items; at most ${max} are accepted` });
    }
  }
  return issues;
}

/** Records ids of one collection, reporting duplicates. */
function indexIds(items: readonly unknown[], collection: string, issues: DatasetIssue[]): Map<string, Obj> {
  const byId = new Map<string, Obj>();
  items.forEach((item, index) => {
    const record = asObj(item);
    const id = asString(record?.id);
    if (!record || id === undefined) return;
    if (byId.has(id)) {
      issues.push({ code: 'duplicate_id', path: [collection, index, 'id'], message: `id "${id}" is used twice` });
    } else byId.set(id, record);
  });
  return byId;
}

function checkReference(
  value: unknown,
  ids: ReadonlyMap<string, unknown>,
  what: string,
  path: (string | number)[],
  issues: DatasetIssue[],
): void {
  const id = asString(value);
  if (id !== undefined && !ids.has(id)) {
    issues.push({ code: 'unknown_reference', path, message: `no ${what} has id "${id}"` });
  }
}

function checkRepeats(values: readonly unknown[], path: (string | number)[], issues: DatasetIssue[]): void {
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      issues.push({ code: 'repeated_value', path: [...path, index], message: `${JSON.stringify(value)} is listed twice` });
    }
    seen.add(value);
  });
}

function checkPractice(
  practice: Obj,
  index: number,
  refs: { territories: Map<string, Obj>; actors: Map<string, Obj> },
  issues: DatasetIssue[],
): void {
  const at = (...rest: (string | number)[]) => ['practices', index, ...rest];
  checkReference(practice.territory, refs.territories, 'territory', at('territory'), issues);

  const primary = asString(practice.primaryPillar);
  const others = asArray(practice.pillars);
  checkRepeats(others, at('pillars'), issues);
  others.forEach((pillar, i) => {
    if (pillar === primary) {
      issues.push({ code: 'repeated_value', path: at('pillars', i), message: 'repeats the primary pillar' });
    }
  });
  const pillars = new Set([primary, ...others]);
  // A theme can only be checked against pillars that are themselves valid; otherwise the pillar issue says it all.
  const pillarsKnown = [...pillars].every((pillar) => (PILLARS as readonly unknown[]).includes(pillar));
  const themes = asArray(practice.themes);
  checkRepeats(themes, at('themes'), issues);
  themes.forEach((theme, i) => {
    const pillar = THEME_PILLAR[theme as ThemeId];
    if (pillarsKnown && pillar && !pillars.has(pillar)) {
      issues.push({
        code: 'theme_outside_pillars',
        path: at('themes', i),
        message: `theme "${String(theme)}" belongs to pillar "${pillar}", which the practice does not list`,
      });
    }
  });

  const sides = new Set<string>();
  const actorIds: unknown[] = [];
  asArray(practice.actors).forEach((entry, i) => {
    const actorId = asObj(entry)?.actor;
    actorIds.push(actorId);
    checkReference(actorId, refs.actors, 'actor', at('actors', i, 'actor'), issues);
    const kind = asString(refs.actors.get(asString(actorId) ?? '')?.kind);
    if (kind && kind in ACTOR_KIND_SIDE) sides.add(ACTOR_KIND_SIDE[kind as ActorKind]);
    checkRepeats(asArray(asObj(entry)?.roles), at('actors', i, 'roles'), issues);
  });
  checkRepeats(actorIds, at('actors'), issues);

  const alliance = asObj(practice.alliance);
  if (alliance?.model === 'alliance' && !(sides.has('authority') && sides.has('civil-society'))) {
    issues.push({
      code: 'alliance_sides',
      path: at('alliance', 'model'),
      message:
        'an alliance needs at least one public-authority actor and one civil-society actor; otherwise say which side leads it',
    });
  }
  checkRepeats(asArray(alliance?.relationKinds), at('alliance', 'relationKinds'), issues);

  const period = asObj(practice.period);
  const start = asString(period?.start);
  const end = asString(period?.end);
  if (start && end && end.localeCompare(start) < 0 && !end.startsWith(start.slice(0, end.length))) {
    issues.push({ code: 'inconsistent_period', path: at('period', 'end'), message: `ends (${end}) before it starts (${start})` });
  }
}

function checkCrossReferences(input: Obj): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const territories = indexIds(asArray(input.territories), 'territories', issues);
  const actors = indexIds(asArray(input.actors), 'actors', issues);
  const practices = indexIds(asArray(input.practices), 'practices', issues);
  indexIds(asArray(input.relations), 'relations', issues);

  asArray(input.territories).forEach((territory, index) => {
    const seen = new Set<string>();
    asArray(asObj(territory)?.commitments).forEach((commitment, i) => {
      const id = asString(asObj(commitment)?.id);
      if (id === undefined) return;
      if (seen.has(id)) {
        issues.push({
          code: 'duplicate_id',
          path: ['territories', index, 'commitments', i, 'id'],
          message: `commitment id "${id}" is used twice in this territory`,
        });
      }
      seen.add(id);
    });
  });
  asArray(input.actors).forEach((actor, index) => {
    const territory = asObj(actor)?.territory;
    if (territory !== undefined) checkReference(territory, territories, 'territory', ['actors', index, 'territory'], issues);
  });
  asArray(input.practices).forEach((practice, index) => {
    const record = asObj(practice);
    if (record) checkPractice(record, index, { territories, actors }, issues);
  });
  asArray(input.relations).forEach((relation, index) => {
    const record = asObj(relation);
    if (!record) return;
    checkReference(record.from, actors, 'actor', ['relations', index, 'from'], issues);
    checkReference(record.to, actors, 'actor', ['relations', index, 'to'], issues);
    if (record.from !== undefined && record.from === record.to) {
      issues.push({ code: 'self_reference', path: ['relations', index, 'to'], message: 'a relation must link two different actors' });
    }
    if (record.practice !== undefined) {
      checkReference(record.practice, practices, 'practice', ['relations', index, 'practice'], issues);
    }
  });
  return issues;
}

function capIssues(issues: DatasetIssue[]): DatasetIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { code: 'too_big', path: [], message: `${issues.length - MAX_ISSUES} more issues were left out` },
  ];
}

/**
 * Checks untrusted input (parsed JSON) against the dataset schema and every cross-reference.
 * Never throws: whatever it is given, it returns `{ ok: true, value }` or `{ ok: false, issues }`
 * with all the issues it found (up to `MAX_ISSUES`), each with a stable `code` and a `path`.
 *
 * @example
 * const result = parseDataset(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.path.join('.'), issue.code, issue.message);
 */
export function parseDataset(input: unknown): ParseResult<Dataset> {
  try {
    const root = asObj(input);
    if (!root) {
      const type = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
      return { ok: false, issues: [{ code: 'invalid_input', path: [], message: `expected a dataset object, received ${type}` }] };
    }
    const sizeIssues = checkCollectionSizes(root);
    if (sizeIssues.length > 0) return { ok: false, issues: sizeIssues };

    const shape = datasetSchema.safeParse(input, { reportInput: true });
    const issues: DatasetIssue[] = shape.success ? [] : shape.error.issues.flatMap(expandUnknownKeys);
    issues.push(...checkCrossReferences(root));
    if (issues.length > 0 || !shape.success) return { ok: false, issues: capIssues(issues) };
    return { ok: true, value: shape.data };
  } catch (error) {
    // Only exotic inputs get here (getters or proxies that throw); report rather than crash the host page.
    return {
      ok: false,
      issues: [{ code: 'internal_error', path: [], message: `the input could not be read: ${String(error)}` }],
    };
  }
}
