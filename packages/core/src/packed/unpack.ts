import type { ActorView, DatasetView, PracticeView } from '../types.js';
import type { ActorKind, AllianceModel, Confidence, PillarId, RelationKind, Status, ThemeId } from '../vocabulary.js';
import type { PackedActors, PackedManifest, PackedPart, PackedText } from './format.js';

/** The actors of a packed dataset, as a list slice has them. */
export function unpackActors(manifest: PackedManifest, actors: PackedActors): ActorView[] {
  const kinds = manifest.vocabulary.actorKinds;
  return actors.ids.map((id, a) => ({
    id,
    name: actors.names[a]!,
    ...(actors.shortNames[a] ? { shortName: actors.shortNames[a] } : {}),
    kind: kinds[actors.kinds[a]!] as ActorKind,
  }));
}

/**
 * The practices of one part, as a list slice has them. Before its text file arrives (`text` undefined) a
 * practice has an empty summary and an empty original name, so a search finds it by title, territory and actors only.
 */
export function unpackPart(manifest: PackedManifest, actors: PackedActors, part: PackedPart, text?: PackedText): PracticeView[] {
  const { vocabulary: v, locale } = manifest;
  const practices: PracticeView[] = new Array(part.ids.length);
  for (let i = 0; i < part.ids.length; i++) {
    const [primary, ...others] = part.pillars[i]!.map((code) => v.pillars[code] as PillarId);
    const start = part.starts[i]!;
    const end = part.ends[i]!;
    practices[i] = {
      id: part.ids[i]!,
      territory: manifest.territories[part.territories[i]!]!.id,
      originalName: text ? { text: text.originalNames[i]!, lang: text.originalLanguages[i]! } : { text: '', lang: 'und' },
      title: { [locale]: part.titles[i]! },
      summary: text ? { [locale]: text.excerpts[i]! } : {},
      primaryPillar: primary!,
      pillars: others,
      themes: part.themes[i]!.map((code) => v.themes[code] as ThemeId),
      actors: part.actors[i]!.map((slot) => ({ actor: actors.ids[slot]!, roles: [] })),
      alliance: {
        model: v.models[part.models[i]!] as AllianceModel,
        relationKinds: part.relationKinds[i]!.map((code) => v.relationKinds[code] as RelationKind),
        description: {},
      },
      period: {
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        status: v.statuses[part.statuses[i]!] as Status,
        asOf: part.asOf[i]!,
      },
      sources: [],
      confidence: v.confidences[part.confidences[i]!] as Confidence,
      lastChecked: part.lastChecked[i]!,
    } as PracticeView;
  }
  return practices;
}

/** A dataset view of practices already unpacked, for `queryPractices` and `coverage`. */
export function packedView(manifest: PackedManifest, actors: readonly ActorView[], practices: readonly PracticeView[]): DatasetView {
  return { ...manifest.dataset, territories: manifest.territories, actors, practices, relations: [] } as DatasetView;
}

/**
 * Rebuilds the light dataset of the loaded parts: the same `DatasetView` a list slice gives, so that
 * `queryPractices` and `coverage` run on it unchanged. Parts not loaded yet (`undefined`) are skipped.
 *
 * @example const view = unpackParts(manifest, actors, [part0, part1], [text0]);
 */
export function unpackParts(
  manifest: PackedManifest,
  actors: PackedActors,
  parts: readonly (PackedPart | undefined)[],
  texts: readonly (PackedText | undefined)[] = [],
): DatasetView {
  const practices = parts.flatMap((part, p) => (part ? unpackPart(manifest, actors, part, texts[p]) : []));
  return packedView(manifest, unpackActors(manifest, actors), practices);
}
