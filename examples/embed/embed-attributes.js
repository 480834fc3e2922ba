// embed.html: sets the panorama's presets from the page's own URL, so that a host can choose them in the
// iframe's src: embed.html?lang=en&territory=grenoble&lock=1. Values become attributes (never markup); the
// widget ignores ids it does not know.
{
  const params = new URLSearchParams(window.location.search);
  const panorama = document.querySelector('alliance-panorama');
  const titles = {
    fr: 'Panorama des pratiques inspirantes – Alliance Migrations',
    en: 'Panorama of inspiring practices – Alliance Migrations',
    es: 'Panorama de prácticas inspiradoras – Alianza Migraciones',
  };
  const lang = params.get('lang');
  if (panorama && lang && Object.hasOwn(titles, lang)) {
    // The page's language follows the panorama's, for screen readers and the iframe's title.
    document.documentElement.lang = lang;
    document.title = titles[lang];
    panorama.setAttribute('lang', lang);
  }
  for (const name of ['territory', 'pillar', 'theme', 'q']) {
    const value = params.get(name);
    if (panorama && value) panorama.setAttribute(name, value.slice(0, 500));
  }
  const lock = params.get('lock');
  if (panorama && lock !== null && !['0', 'false', 'no'].includes(lock)) panorama.setAttribute('lock', '');
}
