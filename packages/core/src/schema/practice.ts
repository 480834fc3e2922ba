import * as z from 'zod';
import {
  dateSchema,
  idSchema,
  languageTagSchema,
  longTextSchema,
  nameSchema,
  partialDateSchema,
  shortTextSchema,
  sourcesSchema,
} from './common.js';
import {
  actorRoleSchema,
  allianceModelSchema,
  confidenceSchema,
  methodTagSchema,
  pillarSchema,
  relationKindSchema,
  statusSchema,
  themeSchema,
} from './vocabulary.js';

/** An actor's part in a practice. */
export const practiceActorSchema = z.strictObject({
  actor: idSchema,
  roles: z.array(actorRoleSchema).min(1).max(7),
});

/** How the practice links civil society and the local authority, or the honest statement that it does not. */
export const allianceSchema = z.strictObject({
  model: allianceModelSchema,
  /** Kinds of relation at work; empty when one side acts alone. */
  relationKinds: z.array(relationKindSchema).max(12),
  description: longTextSchema,
});

/** When the practice ran, and what we knew of it on a given day. */
export const periodSchema = z.strictObject({
  start: partialDateSchema.optional(),
  end: partialDateSchema.optional(),
  status: statusSchema,
  /** The date of the latest source that shows the status. */
  asOf: partialDateSchema,
});

/** An inspiring practice: one record of the panorama. */
export const practiceSchema = z.strictObject({
  id: idSchema,
  territory: idSchema,
  originalName: z.strictObject({ text: nameSchema, lang: languageTagSchema }),
  title: shortTextSchema,
  summary: longTextSchema,
  primaryPillar: pillarSchema,
  /** Other pillars the practice serves (never repeats the primary one). */
  pillars: z.array(pillarSchema).max(2),
  themes: z.array(themeSchema).min(1).max(12),
  tags: z.array(methodTagSchema).max(4).optional(),
  actors: z.array(practiceActorSchema).min(1).max(40),
  alliance: allianceSchema,
  period: periodSchema,
  sources: sourcesSchema,
  confidence: confidenceSchema,
  /** Caveats a reader should know: conflicting dates or figures, weak sources. */
  caveats: longTextSchema.optional(),
  lastChecked: dateSchema,
});
