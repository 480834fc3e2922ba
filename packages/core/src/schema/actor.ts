import * as z from 'zod';
import { idSchema, nameSchema, shortTextSchema, webUrlSchema } from './common.js';
import { actorKindSchema } from './vocabulary.js';

/** An organisation or authority taking part in practices. Individuals are never recorded. */
export const actorSchema = z.strictObject({
  id: idSchema,
  /** The name as the actor writes it, in its own language. */
  name: nameSchema,
  /** Common short form (acronym), when the actor uses one. */
  shortName: nameSchema.optional(),
  /** A gloss of the name in each language, when the original is not self-explanatory. */
  gloss: shortTextSchema.optional(),
  kind: actorKindSchema,
  /** The territory the actor belongs to; omitted for national or international actors. */
  territory: idSchema.optional(),
  website: webUrlSchema.optional(),
});
