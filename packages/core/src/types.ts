import type * as z from 'zod';
import type { actorSchema } from './schema/actor.js';
import type { localizedTextSchema, sourceSchema } from './schema/common.js';
import type { datasetSchema } from './schema/dataset.js';
import type { allianceSchema, periodSchema, practiceActorSchema, practiceSchema } from './schema/practice.js';
import type { relationSchema } from './schema/relation.js';
import type { commitmentSchema, territoryLinkSchema, territorySchema } from './schema/territory.js';
import type { Locale } from './vocabulary.js';

// Types are inferred from the schemas and never written twice. This module only imports types,
// so code that depends on it (the query functions, the widget) bundles no zod.

/** Text in every language of the dataset. */
export type LocalizedText = z.infer<ReturnType<typeof localizedTextSchema>>;
/** A cited document. */
export type Source = z.infer<typeof sourceSchema>;
/** A territory studied by the Alliance. */
export type Territory = z.infer<typeof territorySchema>;
/** A political commitment of a territory. */
export type Commitment = z.infer<typeof commitmentSchema>;
/** A link about a territory. */
export type TerritoryLink = z.infer<typeof territoryLinkSchema>;
/** An organisation or authority. */
export type Actor = z.infer<typeof actorSchema>;
/** An inspiring practice. */
export type Practice = z.infer<typeof practiceSchema>;
/** An actor's part in a practice. */
export type PracticeActor = z.infer<typeof practiceActorSchema>;
/** The alliance statement of a practice. */
export type Alliance = z.infer<typeof allianceSchema>;
/** The period and status of a practice. */
export type Period = z.infer<typeof periodSchema>;
/** An edge of the alliance graph. */
export type Relation = z.infer<typeof relationSchema>;
/** The complete, validated dataset with every language. */
export type Dataset = z.infer<typeof datasetSchema>;

/** Text in some languages only: what a per-language file carries. */
export type PartialText = Readonly<Partial<Record<Locale, string>>>;

type Widen<T> = T extends LocalizedText
  ? PartialText
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

/**
 * A read-only dataset whose texts may lack some languages: either the full `Dataset` or a
 * per-language slice. Every query function accepts it; `localize` handles the missing languages.
 */
export type DatasetView = Widen<Dataset>;
/** A practice of a `DatasetView`. */
export type PracticeView = DatasetView['practices'][number];
/** A territory of a `DatasetView`. */
export type TerritoryView = DatasetView['territories'][number];
/** An actor of a `DatasetView`. */
export type ActorView = DatasetView['actors'][number];
/** A relation of a `DatasetView`. */
export type RelationView = DatasetView['relations'][number];
/** A commitment of a `DatasetView`. */
export type CommitmentView = TerritoryView['commitments'][number];
/** A source of a `DatasetView`. */
export type SourceView = PracticeView['sources'][number];
