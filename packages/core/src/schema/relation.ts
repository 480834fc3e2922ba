import * as z from 'zod';
import { idSchema, partialDateSchema, sourcesSchema } from './common.js';
import { relationKindSchema } from './vocabulary.js';

/**
 * An edge of the alliance graph, read `from → to`: for `funding`, `from` pays `to`; for
 * `network-membership`, `from` joins `to`; for symmetric kinds (co-construction) the order is free.
 */
export const relationSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  kind: relationKindSchema,
  /** The practice this relation belongs to, when it is tied to one. */
  practice: idSchema.optional(),
  since: partialDateSchema.optional(),
  until: partialDateSchema.optional(),
  formalisation: z.enum(['informal', 'agreement', 'contract', 'council-resolution', 'law']).optional(),
  sources: sourcesSchema,
});
