import { expect, test } from 'vitest';
import { latestOnly } from './latest-only';

test('a run stays current until the next one starts', async () => {
  const latest = latestOnly();
  const shown: string[] = [];
  const search = async (query: string, ms: number) => {
    const isLatest = latest.start();
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (isLatest()) shown.push(query);
  };
  await Promise.all([search('sto', 30), search('storage', 5)]);
  expect(shown).toEqual(['storage']);
});
