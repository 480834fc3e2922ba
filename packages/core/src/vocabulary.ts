/**
 * Closed vocabularies of the panorama. One `as const` list per vocabulary drives validation (the zod
 * schemas build enums from them), TypeScript types, documentation and UI labels.
 *
 * This module has no dependency, so the widget can import labels without pulling zod in.
 * Wording: `research/alliance.md` §5; the French pillar labels are the Alliance's own
 * (page "Collecter des pratiques inspirantes"), English and Spanish are ours.
 */

/** Languages in which every display string of the dataset is written. */
export const LOCALES = ['fr', 'en', 'es'] as const;
/** A language of the dataset's text. */
export type Locale = (typeof LOCALES)[number];

/** A label in each language of the dataset. */
export type Labels = Readonly<Record<Locale, string>>;

/** The three pillars of the socle commun. */
export const PILLARS = ['local-citizenship', 'interculturality', 'access-to-rights'] as const;
/** Id of one of the three pillars. */
export type PillarId = (typeof PILLARS)[number];

/** Themes, each under one pillar, and cross-cutting themes (pillar `null`). */
export const THEMES = [
  'local-voting-rights',
  'consultative-bodies',
  'participatory-mechanisms',
  'civic-sponsorship',
  'migrant-self-organisation',
  'intercultural-encounter',
  'anti-discrimination',
  'memory-heritage',
  'positive-narrative',
  'language-learning',
  'culture-arts-sport',
  'first-reception',
  'registration-identity',
  'legal-aid-regularisation',
  'shelter-housing',
  'health',
  'education-childhood',
  'employment-training',
  'basic-needs',
  'rights-protection',
  'political-commitment',
  'advocacy',
  'networking-exchange',
] as const;
/** Id of a theme. */
export type ThemeId = (typeof THEMES)[number];

/** The pillar each theme belongs to; `null` marks a cross-cutting theme, allowed under any pillar. */
export const THEME_PILLAR: Readonly<Record<ThemeId, PillarId | null>> = {
  'local-voting-rights': 'local-citizenship',
  'consultative-bodies': 'local-citizenship',
  'participatory-mechanisms': 'local-citizenship',
  'civic-sponsorship': 'local-citizenship',
  'migrant-self-organisation': 'local-citizenship',
  'intercultural-encounter': 'interculturality',
  'anti-discrimination': 'interculturality',
  'memory-heritage': 'interculturality',
  'positive-narrative': 'interculturality',
  'language-learning': 'interculturality',
  'culture-arts-sport': 'interculturality',
  'first-reception': 'access-to-rights',
  'registration-identity': 'access-to-rights',
  'legal-aid-regularisation': 'access-to-rights',
  'shelter-housing': 'access-to-rights',
  health: 'access-to-rights',
  'education-childhood': 'access-to-rights',
  'employment-training': 'access-to-rights',
  'basic-needs': 'access-to-rights',
  'rights-protection': 'access-to-rights',
  'political-commitment': null,
  advocacy: null,
  'networking-exchange': null,
};

/** Method tags, separate from themes: how a practice works rather than what it is about. */
export const METHOD_TAGS = ['outreach', 'peer-support', 'digital-tool', 'unconditional-eligibility'] as const;
/** Id of a method tag. */
export type MethodTag = (typeof METHOD_TAGS)[number];

/** Kinds of actor. `exiled-person` exists for aggregate counts only: the dataset never names individuals. */
export const ACTOR_KINDS = [
  'municipality',
  'municipal-district',
  'intermunicipal-body',
  'department-province',
  'region',
  'national-state',
  'elected-official',
  'local-authority-network',
  'public-agency',
  'association',
  'citizen-collective',
  'migrant-led-organisation',
  'civil-society-network',
  'faith-based-organisation',
  'trade-union',
  'academic-research',
  'international-organisation',
  'funder-foundation',
  'social-enterprise',
] as const;
/** Id of an actor kind. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Which side of the alliance an actor kind stands on. */
export const ACTOR_KIND_SIDE: Readonly<Record<ActorKind, 'authority' | 'civil-society' | 'other'>> = {
  municipality: 'authority',
  'municipal-district': 'authority',
  'intermunicipal-body': 'authority',
  'department-province': 'authority',
  region: 'authority',
  'national-state': 'authority',
  'elected-official': 'authority',
  'local-authority-network': 'authority',
  'public-agency': 'authority',
  association: 'civil-society',
  'citizen-collective': 'civil-society',
  'migrant-led-organisation': 'civil-society',
  'civil-society-network': 'civil-society',
  'faith-based-organisation': 'civil-society',
  'trade-union': 'civil-society',
  'social-enterprise': 'civil-society',
  'academic-research': 'other',
  'international-organisation': 'other',
  'funder-foundation': 'other',
};

/** Kinds of relation between actors: the edges of the alliance graph. */
export const RELATION_KINDS = [
  'co-construction',
  'co-management',
  'funding',
  'service-delegation',
  'in-kind-support',
  'consultation',
  'citizen-interpellation',
  'political-commitment',
  'advocacy-coalition',
  'network-membership',
  'peer-exchange',
  'opposition-litigation',
] as const;
/** Id of a relation kind. */
export type RelationKind = (typeof RELATION_KINDS)[number];

/** What an actor does in a practice. */
export const ACTOR_ROLES = ['initiates', 'funds', 'runs', 'decides', 'consulted', 'supports', 'participates'] as const;
/** Id of an actor role. */
export type ActorRole = (typeof ACTOR_ROLES)[number];

/**
 * Who carries a practice: a true alliance between civil society and a local authority, or one side
 * alone. Recording "one side alone" honestly is part of the data, not a gap in it.
 */
export const ALLIANCE_MODELS = ['alliance', 'civil-society-led', 'authority-led'] as const;
/** Id of an alliance model. */
export type AllianceModel = (typeof ALLIANCE_MODELS)[number];

/** Status of a practice on its "as of" date. */
export const STATUSES = ['ongoing', 'ended', 'unknown'] as const;
/** Id of a status. */
export type Status = (typeof STATUSES)[number];

/** How sure the dataset is of a record. */
export const CONFIDENCES = ['confirmed', 'reported'] as const;
/** Id of a confidence level. */
export type Confidence = (typeof CONFIDENCES)[number];

/** Kinds of territory. */
export const TERRITORY_KINDS = ['city', 'rural-area', 'metropolitan-area', 'region'] as const;
/** Id of a territory kind. */
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** Sessions of the Alliance's volunteer programme. */
export const SESSIONS = ['2020-2021', '2021-2022'] as const;
/** Id of a volunteer session. */
export type Session = (typeof SESSIONS)[number];

/** Kinds of political commitment a territory makes. */
export const COMMITMENT_KINDS = [
  'declaration',
  'charter',
  'council-resolution',
  'network-membership',
  'policy-plan',
  'other',
] as const;
/** Id of a commitment kind. */
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];


/** Sort orders of `queryPractices`. `relevance` falls back to `title` when there is no text. */
export const SORTS = ['relevance', 'title', 'territory', 'start-year', 'start-year-desc'] as const;
/** A sort order. */
export type Sort = (typeof SORTS)[number];
