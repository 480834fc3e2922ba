import { excerpt, languageSlice, listSlice } from '../export/language-slice.js';
import type { DatasetView } from '../types.js';
import { ACTOR_KINDS, ALLIANCE_MODELS, CONFIDENCES, PILLARS, RELATION_KINDS, STATUSES, THEMES, type Locale } from '../vocabulary.js';
import {
  PACKED_FORMAT,
  PACKED_VERSION,
  type PackedActors,
  type PackedDetail,
  type PackedManifest,
  type PackedPart,
  type PackedText,
  type PackedVocabulary,
} from './format.js';

/** Options of `packDataset`. */
export interface PackOptions {
  /** Practices per part (default 2,000): small enough to load in parallel, large enough to keep the file count low. */
  readonly partSize?: number;
  /** Path of part `i`'s files, relative to the manifest; defaults to `parts/<i>.json` and `text/<i>.json`. */
  readonly paths?: (index: number) => { index: string; text: string };
  /** Practices per detail file (default 100). */
  readonly detailSize?: number;
  /** Path of the actor file, relative to the manifest; defaults to `actors.json`. */
  readonly actorsPath?: string;
}

/** Everything `packDataset` produces: write each value as JSON at its path (the manifest wherever you like). */
export interface PackedFiles {
  readonly manifest: PackedManifest;
  readonly files: readonly { readonly path: string; readonly content: PackedActors | PackedPart | PackedText | PackedDetail }[];
}

/** Default number of practices per part. */
export const DEFAULT_PART_SIZE = 2000;
/** Default number of practices per detail file. */
export const DEFAULT_DETAIL_SIZE = 100;

const VOCABULARY: Readonly<Record<PackedVocabulary, readonly string[]>> = {
  pillars: PILLARS,
  themes: THEMES,
  actorKinds: ACTOR_KINDS,
  relationKinds: RELATION_KINDS,
  models: ALLIANCE_MODELS,
  statuses: STATUSES,
  confidences: CONFIDENCES,
};

const defaultPaths = (index: number) => ({ index: `parts/${index}.json`, text: `text/${index}.json` });

/**
 * Packs one language of a dataset for large panoramas: a manifest and, per run of `partSize` practices, list
 * columns, excerpts and full records (ADR 0005). Pure: returns the files' contents and paths, writes nothing.
 * The dataset should have passed `parseDataset`; `readPacked*` check the files again when they are loaded.
 *
 * @example
 * const { manifest, files } = packDataset(dataset, 'fr', { partSize: 2000 });
 */
export function packDataset(dataset: DatasetView, locale: Locale, options: PackOptions = {}): PackedFiles {
  const partSize = Math.max(1, Math.floor(options.partSize ?? DEFAULT_PART_SIZE));
  const pathsOf = options.paths ?? defaultPaths;
  const light = listSlice(dataset, locale);
  const codes = Object.fromEntries(
    Object.entries(VOCABULARY).map(([name, values]) => [name, new Map(values.map((value, index) => [value, index]))]),
  ) as Record<PackedVocabulary, Map<string, number>>;
  const known = (positions: ReadonlyMap<string, number>, id: string, what: string): number => {
    const found = positions.get(id);
    if (found === undefined) throw new TypeError(`unknown ${what} "${id}": validate the dataset first`);
    return found;
  };
  const code = (vocabulary: PackedVocabulary, value: string): number => {
    const found = codes[vocabulary].get(value);
    if (found === undefined) throw new TypeError(`"${value}" is not in the ${vocabulary} vocabulary: validate the dataset first`);
    return found;
  };
  const territoryIndex = new Map(light.territories.map((territory, index) => [territory.id, index]));
  const actorIndex = new Map(light.actors.map((actor, index) => [actor.id, index]));
  const fullActorById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const actorsPath = options.actorsPath ?? 'actors.json';
  const actors: PackedActors = {
    format: `${PACKED_FORMAT}-actors`,
    version: PACKED_VERSION,
    ids: light.actors.map((actor) => actor.id),
    names: light.actors.map((actor) => actor.name),
    shortNames: light.actors.map((actor) => actor.shortName ?? ''),
    kinds: light.actors.map((actor) => code('actorKinds', actor.kind)),
  };
  const files: PackedFiles['files'][number][] = [{ path: actorsPath, content: actors }];
  const parts: PackedManifest['parts'][number][] = [];
  for (let from = 0, index = 0; from < dataset.practices.length; from += partSize, index++) {
    const practices = light.practices.slice(from, from + partSize);
    const full = dataset.practices.slice(from, from + partSize);
    const part: PackedPart = {
      format: `${PACKED_FORMAT}-part`,
      version: PACKED_VERSION,
      ids: practices.map((practice) => practice.id),
      titles: practices.map((practice) => practice.title[locale] ?? ''),
      territories: practices.map((practice) => known(territoryIndex, practice.territory, 'territory')),
      pillars: practices.map((practice) => [practice.primaryPillar, ...practice.pillars].map((pillar) => code('pillars', pillar))),
      themes: practices.map((practice) => practice.themes.map((theme) => code('themes', theme))),
      models: practices.map((practice) => code('models', practice.alliance.model)),
      relationKinds: practices.map((practice) => practice.alliance.relationKinds.map((kind) => code('relationKinds', kind))),
      statuses: practices.map((practice) => code('statuses', practice.period.status)),
      confidences: practices.map((practice) => code('confidences', practice.confidence)),
      starts: practices.map((practice) => practice.period.start ?? ''),
      ends: practices.map((practice) => practice.period.end ?? ''),
      asOf: practices.map((practice) => practice.period.asOf),
      lastChecked: practices.map((practice) => practice.lastChecked),
      actors: practices.map((practice) => practice.actors.map(({ actor }) => known(actorIndex, actor, 'actor'))),
    };
    const text: PackedText = {
      format: `${PACKED_FORMAT}-text`,
      version: PACKED_VERSION,
      excerpts: full.map((practice) => excerpt(practice.summary[locale] ?? '')),
      originalNames: full.map((practice) => practice.originalName.text),
      originalLanguages: full.map((practice) => practice.originalName.lang),
    };
    const paths = pathsOf(index);
    files.push({ path: paths.index, content: part }, { path: paths.text, content: text });
    parts.push({ ...paths, practices: practices.length });
  }

  const detailSize = Math.max(1, Math.floor(options.detailSize ?? DEFAULT_DETAIL_SIZE));
  const detailPaths: string[] = [];
  const relationsOf = new Map<string, DatasetView['relations'][number][]>();
  for (const relation of dataset.relations) {
    if (relation.practice === undefined) continue;
    const list = relationsOf.get(relation.practice);
    if (list) list.push(relation);
    else relationsOf.set(relation.practice, [relation]);
  }
  for (let from = 0, index = 0; from < dataset.practices.length; from += detailSize, index++) {
    const full = dataset.practices.slice(from, from + detailSize);
    const involved = new Set(full.flatMap((practice) => practice.actors.map(({ actor }) => actor)));
    const slice = languageSlice(
      {
        ...dataset,
        practices: full,
        actors: [...involved].map((id) => fullActorById.get(id)!),
        relations: full.flatMap((practice) => relationsOf.get(practice.id) ?? []),
      },
      locale,
    );
    const detail: PackedDetail = {
      format: `${PACKED_FORMAT}-detail`,
      version: PACKED_VERSION,
      practices: slice.practices,
      actors: slice.actors,
      relations: slice.relations,
    };
    const path = `detail/${index}.json`;
    detailPaths.push(path);
    files.push({ path, content: detail });
  }

  const manifest: PackedManifest = {
    format: PACKED_FORMAT,
    version: PACKED_VERSION,
    locale,
    dataset: { version: dataset.version, license: dataset.license, attribution: dataset.attribution, updated: dataset.updated },
    practices: dataset.practices.length,
    territories: light.territories,
    vocabulary: VOCABULARY,
    actors: { path: actorsPath, count: actors.ids.length },
    parts,
    details: { size: detailSize, paths: detailPaths },
  };
  return { manifest, files };
}
