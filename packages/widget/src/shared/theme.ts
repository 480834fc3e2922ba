import { css } from 'lit';

/**
 * Tokens shared by every element: public `--alliance-*` properties read into private `--_*` ones, light and
 * dark schemes (with `light-dark()`), and the pillar colours (each legible on the background, WCAG AA).
 */
export const themeStyles = css`
  :host {
    /* light-dark() picks the first colour in a light scheme and the second in a dark one; the scheme follows the
       system unless the color-scheme attribute fixes it. */
    color-scheme: light dark;
    --_font: var(--alliance-font, inherit);
    --_accent: var(--alliance-accent, light-dark(#1f5fa8, #8cbcf2));
    --_accent-text: var(--alliance-accent-text, light-dark(#ffffff, #0d1b2a));
    --_bg: var(--alliance-background, light-dark(#ffffff, #14171b));
    --_surface: var(--alliance-surface, light-dark(#f6f7f9, #1f2328));
    --_text: var(--alliance-text, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--alliance-muted, light-dark(#4f5863, #b5bdc6));
    --_border: var(--alliance-border, light-dark(#c4cad1, #4a525b));
    --_radius: var(--alliance-radius, 0.5rem);
    --_focus: var(--alliance-focus, light-dark(#b3261e, #ffb4ab));
    --_p1: var(--alliance-pillar-local-citizenship, light-dark(#7a3e9d, #d5b3ea));
    --_p2: var(--alliance-pillar-interculturality, light-dark(#a8530f, #f4bb8a));
    --_p3: var(--alliance-pillar-access-to-rights, light-dark(#1d6b4f, #8fd8b8));
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.5;
    container-type: inline-size;
    /* Text settings that inherit through the shadow boundary: the host page's are not ours. */
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    white-space: normal;
    cursor: auto;
  }
  :host([hidden]) {
    display: none;
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  ul,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .tag {
    font-size: 0.8125rem;
    padding: 0.05rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .pillar-tag {
    font-weight: 600;
    border-color: currentColor;
  }
  .pillar-local-citizenship {
    color: var(--_p1);
  }
  .pillar-interculturality {
    color: var(--_p2);
  }
  .pillar-access-to-rights {
    color: var(--_p3);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .tag,
    .chip,
    .card,
    button {
      border: 1px solid CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
