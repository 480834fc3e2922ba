import { expect } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { ca } from '../src/i18n/ca.js';
import { de } from '../src/i18n/de.js';
import { it as italian } from '../src/i18n/it.js';
import { pt } from '../src/i18n/pt.js';
import { resolveLanguage } from '../src/i18n/index.js';

describe('i18n catalogs', () => {
  for (const [name, catalog] of Object.entries({ fr, es, ca, it: italian, pt, de })) {
    it(`${name} has every key of the English catalog, of the same kind`, () => {
      expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(en).sort());
      expect(Object.keys(catalog.vocabulary).sort()).to.deep.equal(Object.keys(en.vocabulary).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(typeof catalog[key], key).to.equal(typeof en[key]);
        if (typeof en[key] === 'string') expect((catalog[key] as string).length, key).to.be.greaterThan(0);
      }
    });
  }

  it('resolves the language from the element, then the nearest lang attribute, then French', () => {
    const outer = document.createElement('div');
    outer.lang = 'es-MX';
    const inner = document.createElement('span');
    outer.append(inner);
    expect(resolveLanguage(inner)).to.equal('es');
    expect(resolveLanguage(inner, 'en')).to.equal('en');
    expect(resolveLanguage(inner, 'xx')).to.equal('es');
    outer.lang = 'zh';
    expect(resolveLanguage(inner)).to.equal('fr');
    expect(resolveLanguage(document.createElement('p'))).to.equal('fr');
  });
});
