import { describe, expect, test } from 'vitest';
import { hasNoindex, pageFacts } from './built-html';

describe('pageFacts', () => {
  test('lists the links of <a> and <area>, and every id, including those inside a <template>', () => {
    const facts = pageFacts(
      '<!doctype html><html><head></head><body><h2 id="a">A</h2><a href="/x/#a">x</a><a>no href</a>' +
        '<map><area href="/y/"></map><template><p id="in-template"><a href="/z/">z</a></p></template></body></html>',
    );
    expect(facts.hrefs).toEqual(['/x/#a', '/y/']);
    expect([...facts.ids].sort()).toEqual(['a', 'in-template']);
    expect(facts.redirectTo).toBeUndefined();
  });

  test('reads a redirect page’s target from its meta refresh, in any case and attribute order', () => {
    expect(pageFacts('<head><meta content="0; url=/fixes/a/" http-equiv="Refresh"></head>').redirectTo).toBe('/fixes/a/');
  });
});

describe('hasNoindex', () => {
  test('finds noindex whatever the attribute order and case', () => {
    expect(hasNoindex('<html><head><meta name="robots" content="noindex"></head><body></body></html>')).toBe(true);
    expect(hasNoindex('<head><meta content="NOINDEX, follow" name="Robots"></head>')).toBe(true);
  });

  test('is false for pages that may be indexed, and for noindex outside the head', () => {
    expect(hasNoindex('<head><meta name="robots" content="index, follow"></head>')).toBe(false);
    expect(hasNoindex('<head><meta name="description" content="noindex in a description"></head>')).toBe(false);
    expect(hasNoindex('<head></head><body><p>&lt;meta name="robots" content="noindex"&gt;</p></body>')).toBe(false);
  });
});
