import type { DatasetView } from '../types.js';

/** A GeoJSON (RFC 7946) point feature of a territory. */
export interface TerritoryFeature {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: Readonly<Record<string, string | number | null>>;
}

/** A GeoJSON FeatureCollection of territories. */
export interface TerritoryCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly TerritoryFeature[];
}

/**
 * The territories as a GeoJSON FeatureCollection (RFC 7946: WGS 84, `[longitude, latitude]`), with
 * names in every language and the number of practices of each territory.
 */
export function territoriesGeoJson(dataset: DatasetView): TerritoryCollection {
  const counts = new Map<string, number>();
  for (const practice of dataset.practices) counts.set(practice.territory, (counts.get(practice.territory) ?? 0) + 1);
  return {
    type: 'FeatureCollection',
    features: dataset.territories.map((t) => ({
      type: 'Feature',
      id: t.id,
      geometry: { type: 'Point', coordinates: [t.coordinates.lon, t.coordinates.lat] },
      properties: {
        id: t.id,
        local_name: t.localName,
        name_fr: t.name.fr ?? null,
        name_en: t.name.en ?? null,
        name_es: t.name.es ?? null,
        country: t.country,
        kind: t.kind,
        session: t.session,
        population: t.population?.value ?? null,
        population_year: t.population?.year ?? null,
        practices: counts.get(t.id) ?? 0,
      },
    })),
  };
}
