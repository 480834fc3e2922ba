// A React page that shows a member city's card and its own practices, and reacts to the panorama's events.
// Copy it into a React 18 or 19 app (Vite, Next.js client component, …) after
// `npm install @alliance-panorama/widget react react-dom`. See README.md.
import { useState, type CSSProperties } from 'react';
import {
  AlliancePanorama,
  AllianceTerritoryCard,
  type AllianceErrorEvent,
  type AllianceFilterChangeEvent,
  type AlliancePracticeOpenEvent,
} from '@alliance-panorama/widget/react';

type Language = 'fr' | 'en' | 'es';

export function App() {
  const [lang, setLang] = useState<Language>('en');
  const [onlyHousing, setOnlyHousing] = useState(false);
  const [summary, setSummary] = useState('');
  const [opened, setOpened] = useState<string[]>([]);
  const [problem, setProblem] = useState<string>();

  // Typed events: `event.filters`, `event.total`, `event.practiceId` and `event.error` need no cast.
  const onFilterChange = (event: AllianceFilterChangeEvent) =>
    setSummary(`${event.total} practices${event.filters.text ? ` matching “${event.filters.text}”` : ''}`);
  const onPracticeOpen = (event: AlliancePracticeOpenEvent) => setOpened((ids) => [event.practiceId, ...ids].slice(0, 5));
  const onError = (event: AllianceErrorEvent) => setProblem(event.error.code);

  return (
    <main lang={lang}>
      <h1>Grenoble in the Alliance Migrations panorama</h1>

      <fieldset>
        <legend>Display</legend>
        <label>
          Language{' '}
          <select value={lang} onChange={(event) => setLang(event.target.value as Language)}>
            <option value="fr">Français</option>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </label>{' '}
        <label>
          <input type="checkbox" checked={onlyHousing} onChange={(event) => setOnlyHousing(event.target.checked)} /> Housing
          only
        </label>
      </fieldset>

      {/* Props are set as element properties: numbers stay numbers, booleans stay booleans. */}
      <AllianceTerritoryCard territory="grenoble" lang={lang} headingLevel={2} practices={3} href="#practices" />

      <h2 id="practices">Our practices</h2>
      <AlliancePanorama
        lang={lang}
        territory="grenoble"
        theme={onlyHousing ? 'shelter-housing' : ''}
        lock
        pageSize={6}
        colorScheme="auto"
        onFilterChange={onFilterChange}
        onPracticeOpen={onPracticeOpen}
        onError={onError}
        style={{ '--alliance-accent': '#00566e' } as CSSProperties}
      />

      <p aria-live="polite">{summary}</p>
      {opened.length > 0 && <p>Recently opened: {opened.join(', ')}</p>}
      {problem && <p role="alert">The custom dataset could not be loaded ({problem}).</p>}
    </main>
  );
}

export default App;
