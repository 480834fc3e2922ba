import {
  ACTOR_KIND_LABELS,
  ACTOR_ROLE_LABELS,
  ALLIANCE_MODEL_LABELS,
  CONFIDENCE_LABELS,
  PILLAR_LABELS,
  RELATION_KIND_LABELS,
  STATUS_LABELS,
  THEME_LABELS,
  COMMITMENT_KIND_LABELS,
} from '@alliance-panorama/core/labels';
import type { Labels } from '@alliance-panorama/core';
import type { Locale } from '@alliance-panorama/core';

const VOCABULARIES = {
  pillars: PILLAR_LABELS,
  themes: THEME_LABELS,
  actorKinds: ACTOR_KIND_LABELS,
  statuses: STATUS_LABELS,
  models: ALLIANCE_MODEL_LABELS,
  relationKinds: RELATION_KIND_LABELS,
  roles: ACTOR_ROLE_LABELS,
  confidence: CONFIDENCE_LABELS,
  commitments: COMMITMENT_KIND_LABELS,
} as const satisfies Readonly<Record<string, Readonly<Record<string, Labels>>>>;

/** A vocabulary whose values have labels. */
export type Vocabulary = keyof typeof VOCABULARIES;
/** The labels of every vocabulary in one language. */
export type VocabularyLabels = Readonly<Record<Vocabulary, Readonly<Record<string, string>>>>;

/**
 * The labels of every vocabulary in one language, taken from the core's lists. Only the catalogs (lazy chunks)
 * call it, so the labels of all languages stay out of the module that renders first.
 */
export function vocabularyLabels(language: Locale): VocabularyLabels {
  return Object.fromEntries(
    Object.entries(VOCABULARIES).map(([name, labels]) => [
      name,
      Object.fromEntries(Object.entries(labels as Readonly<Record<string, Labels>>).map(([id, label]) => [id, label[language]])),
    ]),
  ) as VocabularyLabels;
}

