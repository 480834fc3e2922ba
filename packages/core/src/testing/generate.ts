import type { Dataset, Practice } from '../types.js';
import {
  ACTOR_KINDS,
  ACTOR_KIND_SIDE,
  ACTOR_ROLES,
  PILLARS,
  RELATION_KINDS,
  STATUSES,
  THEMES,
  THEME_PILLAR,
  type ActorKind,
  type PillarId,
  type ThemeId,
} from '../vocabulary.js';

/** Options of `generateDataset`. */
export interface GenerateOptions {
  /** Number of practices. */
  readonly practices: number;
  /** Seed of the pseudo-random generator: the same seed always gives the same dataset. */
  readonly seed?: number;
  /** Number of territories; defaults to 8 plus one per 500 practices. */
  readonly territories?: number;
}

/** Words that appear in about one practice in three, in every language: the "common word" of benchmarks. */
export const COMMON_WORD = { fr: 'accueil', en: 'welcome', es: 'acogida' } as const;
/** A word that appears in about one practice in a thousand: the "rare word" of benchmarks. */
export const RARE_WORD = 'zéphyrine';

const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'mé', 'ni', 'po', 'ra', 'sè', 'ti', 'vu', 'zo', 'ch', 'ñu', 'ço', 'lü'];
const FILLER = {
  fr: ['droits', 'habitant·es', 'quartier', 'ville', 'réseau', 'santé', 'logement', 'école', 'mairie', 'collectif'],
  en: ['rights', 'residents', 'district', 'city', 'network', 'health', 'housing', 'school', 'council', 'collective'],
  es: ['derechos', 'vecinos', 'barrio', 'ciudad', 'red', 'salud', 'vivienda', 'escuela', 'ayuntamiento', 'colectivo'],
} as const;

/** Mulberry32: a tiny, well-distributed 32-bit generator; enough for test data, not for cryptography. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds a valid synthetic dataset of any size, deterministically, for tests and benchmarks.
 * Its text mixes made-up words with real ones (with accents), so search behaves as on real data.
 *
 * @example const dataset = generateDataset({ practices: 10_000, seed: 42 });
 */
export function generateDataset({ practices: practiceCount, seed = 1, territories }: GenerateOptions): Dataset {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const word = () => Array.from({ length: 2 + int(3) }, () => pick(SYLLABLES)).join('');
  const sentence = (locale: keyof typeof FILLER, length: number) =>
    Array.from({ length }, () => (next() < 0.5 ? word() : pick(FILLER[locale]))).join(' ');
  const source = (id: string) => ({
    url: `https://example.org/sources/${id}`,
    title: `Source ${id}`,
    publisher: 'Example publisher',
    date: `20${10 + int(15)}`,
    language: 'fr',
  });

  const territoryCount = territories ?? 8 + Math.floor(practiceCount / 500);
  const countries = ['FR', 'ES', 'IT', 'PT', 'DE', 'BE'];
  const generatedTerritories: Dataset['territories'] = Array.from({ length: territoryCount }, (_, i) => {
    const name = `${word()} ${i}`;
    return {
      id: `territory-${i}`,
      localName: name,
      name: { fr: name, en: name, es: name },
      country: countries[i % countries.length]!,
      kind: 'city',
      coordinates: { lat: 36 + next() * 20, lon: -9 + next() * 25 },
      session: i % 2 === 0 ? '2020-2021' : '2021-2022',
      presentation: { fr: sentence('fr', 12), en: sentence('en', 12), es: sentence('es', 12) },
      links: [],
      commitments: [],
      lastChecked: '2026-11-27',
    };
  });

  const actorCount = Math.max(4, Math.ceil(practiceCount / 2));
  const authorityKinds = ACTOR_KINDS.filter((kind) => ACTOR_KIND_SIDE[kind] === 'authority');
  const civilKinds = ACTOR_KINDS.filter((kind) => ACTOR_KIND_SIDE[kind] === 'civil-society');
  const actors: Dataset['actors'] = Array.from({ length: actorCount }, (_, i) => ({
    id: `actor-${i}`,
    name: `${word()} ${word()}`,
    kind: (i % 2 === 0 ? pick(authorityKinds) : pick(civilKinds)) as ActorKind,
    territory: `territory-${i % territoryCount}`,
  }));

  const generatedPractices: Practice[] = Array.from({ length: practiceCount }, (_, i) => {
    const primaryPillar = pick(PILLARS);
    const pillars = PILLARS.filter((pillar) => pillar !== primaryPillar && next() < 0.3) as PillarId[];
    const allowed = THEMES.filter((theme) => {
      const pillar = THEME_PILLAR[theme];
      return pillar === null || pillar === primaryPillar || pillars.includes(pillar);
    });
    const themes = [...new Set(Array.from({ length: 1 + int(3) }, () => pick(allowed)))] as ThemeId[];
    const common = next() < 0.33;
    const rare = i % 1000 === 7;
    const extra = (locale: keyof typeof COMMON_WORD) =>
      `${common ? ` ${COMMON_WORD[locale]}` : ''}${rare ? ` ${RARE_WORD}` : ''}`;
    const startYear = 1990 + int(35);
    const status = pick(STATUSES);
    const authority = `actor-${2 * int(Math.floor(actorCount / 2))}`;
    const civil = `actor-${2 * int(Math.floor(actorCount / 2)) + 1}`;
    return {
      id: `practice-${i}`,
      territory: `territory-${i % territoryCount}`,
      originalName: { text: `${word()} ${word()}`, lang: 'fr' },
      title: {
        fr: `${sentence('fr', 4)}${extra('fr')}`,
        en: `${sentence('en', 4)}${extra('en')}`,
        es: `${sentence('es', 4)}${extra('es')}`,
      },
      summary: { fr: sentence('fr', 30), en: sentence('en', 30), es: sentence('es', 30) },
      primaryPillar,
      pillars,
      themes,
      actors: [
        { actor: authority, roles: [pick(ACTOR_ROLES)] },
        { actor: civil, roles: [pick(ACTOR_ROLES)] },
      ],
      alliance: {
        model: 'alliance',
        relationKinds: [pick(RELATION_KINDS)],
        description: { fr: sentence('fr', 10), en: sentence('en', 10), es: sentence('es', 10) },
      },
      period: {
        start: String(startYear),
        ...(status === 'ended' ? { end: String(startYear + int(5)) } : {}),
        status,
        asOf: '2026',
      },
      sources: [source(`p${i}`)],
      confidence: next() < 0.8 ? 'confirmed' : 'reported',
      lastChecked: '2026-11-27',
    };
  });

  const relations: Dataset['relations'] = generatedPractices.slice(0, Math.ceil(practiceCount / 4)).map((practice, i) => ({
    id: `relation-${i}`,
    from: practice.actors[0]!.actor,
    to: practice.actors[1]!.actor,
    kind: practice.alliance.relationKinds[0]!,
    practice: practice.id,
    sources: [source(`r${i}`)],
  }));

  return {
    version: '0.0.0-synthetic',
    license: 'CC0-1.0',
    attribution: 'Synthetic data generated for tests',
    updated: '2026-11-27',
    territories: generatedTerritories,
    actors,
    practices: generatedPractices,
    relations,
  };
}
