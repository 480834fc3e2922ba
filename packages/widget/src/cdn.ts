/**
 * Entry of the self-contained CDN module (`dist/cdn/alliance-panorama.js`): one `<script type="module">`
 * registers both tags, each once even when the script is loaded twice. The panorama is defined at once; the
 * territory card's code is fetched in parallel, so it never delays the panorama's first render.
 */
import { defineOnce } from './define-once.js';
import { AlliancePanorama } from './panorama/alliance-panorama.js';

defineOnce('alliance-panorama', AlliancePanorama);
void import('./territory-card/alliance-territory-card.js').then(({ AllianceTerritoryCard }) =>
  defineOnce('alliance-territory-card', AllianceTerritoryCard),
);

export { AlliancePanorama };
