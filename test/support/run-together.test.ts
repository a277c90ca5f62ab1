import { expect, test } from 'vitest';
import { parseHtml } from './html';
import { runTogether, runTogethersIn } from './run-together';

test.each([
  ['or', 'look up'],
  ['Apple does not publish this text.', 'Quoted from'],
  ['Short link:', 'icb-102'],
  ['Alerts', 'Troubleshooter'],
  ['Alerts ·', 'Troubleshooter'],
  ['(on some versions)', 'Next'],
  ['iOS 17', 'update'],
])('%j then %j run together', (before, after) => {
  expect(runTogether(before, after)).toBe(true);
});

test.each([
  ['or ', 'look up'],
  ['look up', ' the alert'],
  ['alert', '.'],
  ['iCloud', '’s storage'],
  ['(', 'on some versions'],
  ['“', 'iPhone Backup Failed'],
  ['Wi-', 'Fi'],
  ['›', 'then'],
  ['', 'Settings'],
  ['Settings', ''],
])('%j then %j do not', (before, after) => {
  expect(runTogether(before, after)).toBe(false);
});

test('finds the joins around inline elements, in templates too, and says where', () => {
  const page = parseHtml(
    '<p>fits, or<a href="/errors/">look up the alert</a> your iPhone shows.</p>' +
      '<p>text.<span>Quoted from <a href="/x">X</a>.</span></p>' +
      '<template><p><strong>Note:</strong>Do this</p></template>' +
      '<p>Open <a href="/a">Settings</a>, then <code>iCloud</code>’s <span class="kb-id">ICB-1</span> <a class="anchor-link" href="#s"></a>x</p>',
  );
  expect(runTogethersIn(page)).toEqual(['…fits, or|look up the alert…', '…text.|Quoted from X.…', '…Note:|Do this…']);
});

test('two inline elements side by side in a line of text are one join, checked once', () => {
  expect(runTogethersIn(parseHtml('<p>Go <a href="/">Home</a><a href="/fixes/">All fixes</a></p>'))).toEqual(['…Home|All fixes…']);
  expect(runTogethersIn(parseHtml('<nav><a href="/">Home</a> ·<a href="/fixes/">All fixes</a></nav>'))).toEqual(['…·|All fixes…']);
});

test('elements among elements only, and an element beside a block, are laid out by the stylesheet: no join', () => {
  const page = parseHtml(
    '<li><span class="q">Which one?</span><span class="a">Yes</span><a href="/x">Change</a></li>' +
      '<div><a class="button" href="/t/">Find my fix</a><p>A few questions</p></div>' +
      '<p>Start here<ol><li>Settings</li></ol></p>',
  );
  expect(runTogethersIn(page)).toEqual([]);
});
