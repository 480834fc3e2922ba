/**
 * Entry of the self-contained CDN module (`dist/cdn/alliance-panorama.js`): one `<script type="module">`
 * registers both tags, each once even when the script is loaded twice. The panorama is defined in the task after
 * the module's evaluation, so that evaluating the code and rendering the first elements are two short tasks rather
 * than one long one (the host page reserves the space meanwhile with `alliance-panorama:not(:defined)`); the
 * territory card's code is fetched in parallel, so it never delays the panorama's first render.
 */
import { defineOnce } from './define-once.js';
import { AlliancePanorama } from './panorama/alliance-panorama.js';

setTimeout(() => defineOnce('alliance-panorama', AlliancePanorama));
void import('./territory-card/alliance-territory-card.js').then(({ AllianceTerritoryCard }) =>
  defineOnce('alliance-territory-card', AllianceTerritoryCard),
);

export { AlliancePanorama };
