import * as z from 'zod';
import { dateSchema, nameSchema } from './common.js';
import { actorSchema } from './actor.js';
import { practiceSchema } from './practice.js';
import { relationSchema } from './relation.js';
import { territorySchema } from './territory.js';

/** Upper bounds that keep a hostile file from exhausting memory while still fitting any real panorama. */
export const DATASET_LIMITS = { territories: 2_000, actors: 200_000, practices: 200_000, relations: 400_000 } as const;

/** The whole dataset: every entity, its version and its licence. Cross-references are checked by `parseDataset`. */
export const datasetSchema = z.strictObject({
  /** Optional pointer to the JSON Schema, for editors. */
  $schema: z.string().max(2000).optional(),
  /** Semantic version of the data: major for a schema break, minor for new records, patch for corrections. */
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { error: 'must be a semantic version such as 1.0.0' }),
  /** SPDX licence id of the data. */
  license: nameSchema,
  /** Credit line required by the licence. */
  attribution: nameSchema,
  /** Day the files were assembled. */
  updated: dateSchema,
  territories: z.array(territorySchema).max(DATASET_LIMITS.territories),
  actors: z.array(actorSchema).max(DATASET_LIMITS.actors),
  practices: z.array(practiceSchema).max(DATASET_LIMITS.practices),
  relations: z.array(relationSchema).max(DATASET_LIMITS.relations),
});
