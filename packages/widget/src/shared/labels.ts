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
  type Labels,
} from '@alliance-panorama/core';
import type { UiLanguage } from '../i18n/index.js';

const VOCABULARIES: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  pillars: PILLAR_LABELS,
  themes: THEME_LABELS,
  actorKinds: ACTOR_KIND_LABELS,
  statuses: STATUS_LABELS,
  models: ALLIANCE_MODEL_LABELS,
  relationKinds: RELATION_KIND_LABELS,
  roles: ACTOR_ROLE_LABELS,
  confidence: CONFIDENCE_LABELS,
  commitments: COMMITMENT_KIND_LABELS,
};

/** The label of a vocabulary value in the interface language, or the id itself for an unknown value. */
export function vocabularyLabel(vocabulary: keyof typeof VOCABULARIES | string, id: string, language: UiLanguage): string {
  return VOCABULARIES[vocabulary]?.[id]?.[language] ?? id;
}

/** Formats a partial date (`2015`, `2015-09`, `2015-09-07`) for people, as precise as it is. */
export function formatDate(value: string | undefined, language: UiLanguage): string {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}
