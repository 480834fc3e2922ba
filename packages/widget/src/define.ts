/**
 * Registers `<alliance-panorama>` and `<alliance-territory-card>`. Importing it twice, or loading it from two
 * URLs (two copies of the module), defines each tag once and raises no error.
 */
import { defineOnce } from './define-once.js';
import { AlliancePanorama } from './panorama/alliance-panorama.js';
import { AllianceTerritoryCard } from './territory-card/alliance-territory-card.js';

defineOnce('alliance-panorama', AlliancePanorama);
defineOnce('alliance-territory-card', AllianceTerritoryCard);
