/** Defines a custom element unless a definition already exists (from this copy of the code or another one). */
export function defineOnce(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
