import { css } from 'lit';

/**
 * Tokens shared by every element: public `--alliance-*` properties read into private `--_*` ones, light and
 * dark schemes, and the pillar colours (each with a text colour that passes WCAG AA on it).
 */
export const themeStyles = css`
  :host {
    --_font: var(--alliance-font, inherit);
    --_accent: var(--alliance-accent, #1f5fa8);
    --_accent-text: var(--alliance-accent-text, #ffffff);
    --_bg: var(--alliance-background, #ffffff);
    --_surface: var(--alliance-surface, #f6f7f9);
    --_text: var(--alliance-text, #1b1f24);
    --_muted: var(--alliance-muted, #4f5863);
    --_border: var(--alliance-border, #c4cad1);
    --_radius: var(--alliance-radius, 0.5rem);
    --_focus: var(--alliance-focus, #b3261e);
    --_p1: var(--alliance-pillar-local-citizenship, #7a3e9d);
    --_p2: var(--alliance-pillar-interculturality, #a8530f);
    --_p3: var(--alliance-pillar-access-to-rights, #1d6b4f);
    display: block;
    color-scheme: light;
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
  :host([color-scheme='dark']) {
    color-scheme: dark;
    --_accent: var(--alliance-accent, #8cbcf2);
    --_accent-text: var(--alliance-accent-text, #0d1b2a);
    --_bg: var(--alliance-background, #14171b);
    --_surface: var(--alliance-surface, #1f2328);
    --_text: var(--alliance-text, #eef1f4);
    --_muted: var(--alliance-muted, #b5bdc6);
    --_border: var(--alliance-border, #4a525b);
    --_focus: var(--alliance-focus, #ffb4ab);
    --_p1: var(--alliance-pillar-local-citizenship, #d5b3ea);
    --_p2: var(--alliance-pillar-interculturality, #f4bb8a);
    --_p3: var(--alliance-pillar-access-to-rights, #8fd8b8);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      color-scheme: dark;
      --_accent: var(--alliance-accent, #8cbcf2);
      --_accent-text: var(--alliance-accent-text, #0d1b2a);
      --_bg: var(--alliance-background, #14171b);
      --_surface: var(--alliance-surface, #1f2328);
      --_text: var(--alliance-text, #eef1f4);
      --_muted: var(--alliance-muted, #b5bdc6);
      --_border: var(--alliance-border, #4a525b);
      --_focus: var(--alliance-focus, #ffb4ab);
      --_p1: var(--alliance-pillar-local-citizenship, #d5b3ea);
      --_p2: var(--alliance-pillar-interculturality, #f4bb8a);
      --_p3: var(--alliance-pillar-access-to-rights, #8fd8b8);
    }
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
