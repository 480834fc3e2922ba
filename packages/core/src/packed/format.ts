import type { ActorView, DatasetView, PracticeView, RelationView, TerritoryView } from '../types.js';
import type { Locale } from '../vocabulary.js';

/**
 * The packed format: one language of a large dataset split into files a browser can load a few at a time
 * (ADR 0005). A manifest names the parts; each part holds the columns a list needs (ids, titles, territory,
 * vocabulary codes, years, actors) for a run of practices; its text file holds their excerpts and original
 * names; detail files hold full records, a hundred at a time. Vocabulary values are stored once, in the manifest, and parts refer to them by position.
 */
export const PACKED_FORMAT = 'alliance-panorama/packed';
/** Version of the packed format. A reader refuses other versions. */
export const PACKED_VERSION = 1;

/** The vocabularies a part's codes point into, in the manifest. */
export const PACKED_VOCABULARIES = ['pillars', 'themes', 'actorKinds', 'relationKinds', 'models', 'statuses', 'confidences'] as const;
/** Name of a packed vocabulary. */
export type PackedVocabulary = (typeof PACKED_VOCABULARIES)[number];

/** Files of one part, relative to the manifest. */
export interface PackedPartFiles {
  /** The list columns (`PackedPart`): needed for the first results. */
  readonly index: string;
  /** Excerpts and original names (`PackedText`): card text and the rest of the search, loaded after every index. */
  readonly text: string;
  /** Number of practices in the part. */
  readonly practices: number;
}

/** The actors of every part, loaded with the first part (their kinds are a facet, their names are searched). */
export interface PackedActors {
  readonly format: `${typeof PACKED_FORMAT}-actors`;
  readonly version: typeof PACKED_VERSION;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** `''` when the actor has no short name. */
  readonly shortNames: readonly string[];
  /** Codes in `vocabulary.actorKinds`. */
  readonly kinds: readonly number[];
}

/** The manifest: what the dataset is, its territories and vocabularies, and where its parts are. */
export interface PackedManifest {
  readonly format: typeof PACKED_FORMAT;
  readonly version: typeof PACKED_VERSION;
  readonly locale: Locale;
  /** Version, licence, attribution and date of the dataset that was packed. */
  readonly dataset: Pick<DatasetView, 'version' | 'license' | 'attribution' | 'updated'>;
  /** Number of practices in every part together. */
  readonly practices: number;
  /** The territories, as in a list slice (no presentation or commitments). */
  readonly territories: readonly TerritoryView[];
  readonly vocabulary: Readonly<Record<PackedVocabulary, readonly string[]>>;
  /** The actor file (`PackedActors`), relative to the manifest, and how many actors it holds. */
  readonly actors: { readonly path: string; readonly count: number };
  readonly parts: readonly PackedPartFiles[];
  /**
   * Full records, `size` practices per file in the order of the parts (file `k` holds practices `k × size` to
   * `(k + 1) × size − 1`): a detail view loads one small file, whatever the part size.
   */
  readonly details: { readonly size: number; readonly paths: readonly string[] };
}

/** The list columns of a run of practices; every array has one entry per practice, in the same order. */
export interface PackedPart {
  readonly format: `${typeof PACKED_FORMAT}-part`;
  readonly version: typeof PACKED_VERSION;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  /** Position in the manifest's territories. */
  readonly territories: readonly number[];
  /** Codes in `vocabulary.pillars`: the primary pillar first. */
  readonly pillars: readonly (readonly number[])[];
  readonly themes: readonly (readonly number[])[];
  readonly models: readonly number[];
  readonly relationKinds: readonly (readonly number[])[];
  readonly statuses: readonly number[];
  readonly confidences: readonly number[];
  /** Start and end of each period as written in the dataset (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), `''` when unknown. */
  readonly starts: readonly string[];
  readonly ends: readonly string[];
  /** As-of date of each period's status. */
  readonly asOf: readonly string[];
  /** Day each record was last checked against its sources. */
  readonly lastChecked: readonly string[];
  /** Positions in the actor file. */
  readonly actors: readonly (readonly number[])[];
}

/** What the search needs beyond titles, in the part's order: excerpts of the summaries and original names. */
export interface PackedText {
  readonly format: `${typeof PACKED_FORMAT}-text`;
  readonly version: typeof PACKED_VERSION;
  readonly excerpts: readonly string[];
  readonly originalNames: readonly string[];
  /** BCP 47 tag of each original name. */
  readonly originalLanguages: readonly string[];
}

/** Full records of a run of practices in the manifest's language, with the actors and relations they involve. */
export interface PackedDetail {
  readonly format: `${typeof PACKED_FORMAT}-detail`;
  readonly version: typeof PACKED_VERSION;
  readonly practices: readonly PracticeView[];
  readonly actors: readonly ActorView[];
  readonly relations: readonly RelationView[];
}
