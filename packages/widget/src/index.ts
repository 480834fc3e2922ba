/**
 * `@alliance-panorama/widget`: the element classes, their events and the i18n catalogs. Importing this module
 * registers nothing; import `@alliance-panorama/widget/define` (or the CDN module) to register the tags.
 */
export { AlliancePanorama } from './panorama/alliance-panorama.js';
export { AllianceTerritoryCard } from './territory-card/alliance-territory-card.js';
export * from './events/index.js';
export { UI_LANGUAGES, loadCatalog, resolveLanguage, type Catalog, type UiLanguage } from './i18n/index.js';
