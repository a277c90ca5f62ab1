import { describe, expect, test } from 'vitest';
import { claimsExactText, translatedWordingProblem } from './alert-wording';

describe('whose words a translated alert is', () => {
  test('only "reported" claims the exact words', () => {
    expect(claimsExactText('reported')).toBe(true);
    expect(claimsExactText('apple-described')).toBe(false);
    expect(claimsExactText('described')).toBe(false);
  });

  test("Apple's description stays Apple's, an English quotation becomes a description", () => {
    expect(translatedWordingProblem('apple-described', 'apple-described')).toBeUndefined();
    expect(translatedWordingProblem('reported', 'described')).toBeUndefined();
    expect(translatedWordingProblem('reported', 'reported')).toBeUndefined();
  });

  test('a translation may not say Apple lists an alert it does not, nor the other way round', () => {
    expect(translatedWordingProblem('reported', 'apple-described')).toMatch(/Apple does not list this alert.*write described/);
    expect(translatedWordingProblem('apple-described', 'described')).toMatch(/Apple lists this alert, so write apple-described/);
  });
});
