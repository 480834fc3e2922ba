import * as z from 'zod';
import {
  dateSchema,
  idSchema,
  longTextSchema,
  nameSchema,
  partialDateSchema,
  shortTextSchema,
  sourceSchema,
  sourcesSchema,
  webUrlSchema,
} from './common.js';
import { commitmentKindSchema, confidenceSchema, sessionSchema, territoryKindSchema } from './vocabulary.js';

/** A dated, sourced political commitment of a territory (declaration, charter, council resolution…). */
export const commitmentSchema = z.strictObject({
  id: idSchema,
  kind: commitmentKindSchema,
  /** When it was made, as precise as the sources allow; omitted when no source dates it. */
  date: partialDateSchema.optional(),
  title: shortTextSchema,
  description: longTextSchema.optional(),
  confidence: confidenceSchema,
  sources: sourcesSchema,
});

/** A link about the territory: its Alliance panorama, the Alliance page, the authority's own site. */
export const territoryLinkSchema = z.strictObject({
  kind: z.enum(['panorama', 'alliance', 'official', 'other']),
  url: webUrlSchema,
  title: shortTextSchema,
});

/** A territory studied by the Alliance's volunteers. */
export const territorySchema = z.strictObject({
  id: idSchema,
  /** The name in the territory's own language, as its authority writes it. */
  localName: nameSchema,
  name: shortTextSchema,
  /** ISO 3166-1 alpha-2 country code. */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as FR' }),
  kind: territoryKindSchema,
  coordinates: z.strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  }),
  population: z
    .strictObject({
      value: z.number().int().positive(),
      year: z.number().int().min(1800).max(2100),
      /** What the figure counts (commune, metropolitan area, several communes…) and any caveat. */
      note: shortTextSchema.optional(),
      source: sourceSchema,
    })
    .optional(),
  session: sessionSchema,
  presentation: longTextSchema,
  links: z.array(territoryLinkSchema).max(20),
  commitments: z.array(commitmentSchema).max(100),
  /** Wikidata item id, only when a citable page gives it. */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/)
    .optional(),
  lastChecked: dateSchema,
});
