import { waitUntil } from '@open-wc/testing';
import type { AlliancePanorama } from '../src/panorama/alliance-panorama.js';

/** Waits until the panorama shows results, the empty state or an error. */
export async function ready(element: AlliancePanorama): Promise<ShadowRoot> {
  await waitUntil(() => element.shadowRoot?.querySelector('.cards:not(.skeleton), .empty'), 'panorama did not render results', { timeout: 5000 });
  await element.updateComplete;
  return element.shadowRoot!;
}

/** The text of the polite result count. */
export function countText(root: ShadowRoot): string {
  return root.querySelector('[role=status]')!.textContent!.trim();
}

/** The practice ids of the rendered cards, in order. */
export function cardIds(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLButtonElement>('.card-title button')].map((button) => button.dataset.practice!);
}

/** Checks a facet value by clicking its checkbox, as a user would. */
export async function toggle(element: AlliancePanorama, facet: string, value: string): Promise<void> {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>(`input[data-facet="${facet}"][data-value="${value}"]`);
  if (!input) throw new Error(`no checkbox for ${facet}=${value}`);
  input.click();
  await element.updateComplete;
}
