import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import type { DatasetView, PartialText } from '@alliance-panorama/core';
import { dataset as datasetEn } from '@alliance-panorama/data/full/en';
import { en } from '../../../packages/widget/src/i18n/en.js';
import { renderDetail } from '../../../packages/widget/src/panorama/detail.js';
import { safeUrl } from '../../../packages/widget/src/shared/safe-url.js';
import { allElements } from '../fixtures/hardening-helpers.js';

// The schema refuses any URL that is not https: or http: (packages/core/test/hostile.test.ts). Data can still
// reach the widget another way (a bundler, a fork, a future property), so the widget checks again before it
// renders a link.

const REFUSED = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,x',
  'vbscript:msgbox(1)',
  'blob:https://example.org/0c4b7e5e-0000-0000-0000-000000000000',
  'file:///etc/passwd',
  'ftp://example.org/file',
  'mailto:someone@example.org',
  'about:blank',
  'filesystem:https://example.org/temporary/x',
  '//evil.example/path',
  '/relative/path',
  'relative/path',
  '#fragment',
  '?query',
  '',
  '   ',
  'https//missing-colon.example',
  'http:',
  'https://',
];

const ACCEPTED: readonly (readonly [string, string])[] = [
  ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
  ['http://example.org', 'http://example.org/'],
  ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
  ['  https://example.org/  ', 'https://example.org/'],
  ['https://example.org/"><script>alert(1)</script>', 'https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E'],
  ['https://exämple.org/é', 'https://xn--exmple-cua.org/%C3%A9'],
];

describe('hardening: URLs from data', () => {
  for (const value of REFUSED) {
    it(`safeUrl refuses ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value)).to.equal(undefined);
    });
  }

  it('safeUrl accepts web URLs and returns them serialised (escaped, punycode)', () => {
    for (const [value, expected] of ACCEPTED) expect(safeUrl(value), value).to.equal(expected);
    expect(safeUrl(undefined)).to.equal(undefined);
  });

  it('the detail view never renders a javascript:, data: or relative URL as a link, even when the data carries one', () => {
    const practice = datasetEn.practices.find((candidate) => candidate.sources.length >= 2 && candidate.actors.length >= 2)!;
    const badActor = practice.actors[0]!.actor;
    const hostile: DatasetView = {
      ...datasetEn,
      actors: datasetEn.actors.map((actor) => (actor.id === badActor ? { ...actor, website: 'javascript:alert(1)' } : actor)),
      practices: datasetEn.practices.map((candidate) =>
        candidate === practice
          ? {
              ...candidate,
              sources: candidate.sources.map((source, index) => ({ ...source, url: REFUSED[index % REFUSED.length]! })),
            }
          : candidate,
      ),
    };
    const target = document.createElement('div');
    document.body.append(target);
    const text = (value: PartialText | undefined) => html`${value?.en ?? ''}`;
    render(
      renderDetail({
        practice: hostile.practices.find((candidate) => candidate.id === practice.id)!,
        data: hostile,
        complete: true,
        language: 'en',
        content: 'en',
        t: en,
        titleId: 'detail-title',
        text,
        onClose: () => undefined,
      }),
      target,
    );
    // The same template with the real data does render links: the check below can fail.
    const control = document.createElement('div');
    render(renderDetail({ practice, data: datasetEn, complete: true, language: 'en', content: 'en', t: en, titleId: 'c', text, onClose: () => undefined }), control);
    expect(control.querySelectorAll('.sources a').length).to.equal(practice.sources.length);

    expect(target.querySelectorAll('.sources li')).to.have.length(practice.sources.length);
    expect(target.querySelectorAll('.sources a')).to.have.length(0);
    for (const [index, source] of practice.sources.entries()) {
      expect(target.querySelectorAll('.sources li')[index]!.textContent).to.contain(source.title);
    }
    const actorName = datasetEn.actors.find((actor) => actor.id === badActor)!.name;
    const actorItem = [...target.querySelectorAll('.actors li')].find((item) => item.textContent!.includes(actorName))!;
    expect(actorItem.querySelector('a')).to.equal(null);
    for (const element of allElements(target)) {
      const href = element.getAttribute('href');
      if (href !== null) expect(href).to.match(/^https?:\/\//);
    }
    target.remove();
  });
});
