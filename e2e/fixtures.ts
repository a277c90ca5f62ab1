/**
 * The `test` every browser spec uses: like Playwright's, plus a check that the
 * page logged no console errors and threw no uncaught exceptions. It is an
 * automatic fixture, so every test asserts it after its last step.
 *
 * A test that expects a particular error can allow it with
 * `test.use({ allowedConsoleErrors: [/pattern/] })`; the pattern is matched
 * against the reported line, "console error on <url>: <text>".
 */
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ allowedConsoleErrors: RegExp[]; noConsoleErrors: undefined }>({
  allowedConsoleErrors: [[], { option: true }],
  noConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const report = (line: string) => {
        if (!allowedConsoleErrors.some((re) => re.test(line))) errors.push(line);
      };
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        report(`console error on ${message.location().url || page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        report(`uncaught exception on ${page.url()}: ${error.message}`);
      });
      await use(undefined);
      expect(errors, 'pages should log no console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
