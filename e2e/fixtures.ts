/**
 * The `test` every browser spec uses: like Playwright's, except that its
 * `page` also checks that the page logged no console errors and threw no
 * uncaught exceptions, after the test's last step. Tests that never ask for
 * `page` (those that read files or use `request`) open no browser page.
 *
 * A test that expects a particular error can allow it with
 * `test.use({ allowedConsoleErrors: [/pattern/] })`; the pattern is matched
 * against the reported line, "console error on <url>: <text>".
 */
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
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
    await use(page);
    expect(errors, 'pages should log no console errors').toEqual([]);
  },
});

export { expect };
