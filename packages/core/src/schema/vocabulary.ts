import * as z from 'zod';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ALLIANCE_MODELS,
  COMMITMENT_KINDS,
  CONFIDENCES,
  METHOD_TAGS,
  PILLARS,
  RELATION_KINDS,
  SESSIONS,
  STATUSES,
  TERRITORY_KINDS,
  THEMES,
} from '../vocabulary.js';

/** Schemas of the closed vocabularies, built from the `as const` lists in `vocabulary.ts`. */
export const pillarSchema = z.enum(PILLARS);
export const themeSchema = z.enum(THEMES);
export const methodTagSchema = z.enum(METHOD_TAGS);
export const actorKindSchema = z.enum(ACTOR_KINDS);
export const relationKindSchema = z.enum(RELATION_KINDS);
export const actorRoleSchema = z.enum(ACTOR_ROLES);
export const allianceModelSchema = z.enum(ALLIANCE_MODELS);
export const statusSchema = z.enum(STATUSES);
export const confidenceSchema = z.enum(CONFIDENCES);
export const territoryKindSchema = z.enum(TERRITORY_KINDS);
export const sessionSchema = z.enum(SESSIONS);
export const commitmentKindSchema = z.enum(COMMITMENT_KINDS);
