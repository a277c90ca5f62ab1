/**
 * The checks e2e/page-sweep.spec.ts runs in one visit of a page: each takes
 * the open page and returns its problems, one line each (an empty list when
 * the page passes), so one visit can run several and report them all. The
 * callers prefix each line with the page and the check.
 */
import { languageOf } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { WCAG_TAGS } from './site-constants.ts';

/**
 * The axe rules that read colours. The dark scheme changes colours only
 * (src/styles/global.css swaps its colour custom properties under
 * prefers-color-scheme: dark, and `color-scheme: light dark` gives the
 * browser's own controls their dark colours; no script reads the scheme), so
 * every other WCAG rule finds in dark exactly what it finds in light.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on the current page in a colour scheme, one line each: id,
 * impact, help, target selectors. Every WCAG A/AA rule in light, the colour
 * rules in dark. The page's scroll position is kept.
 */
export async function axeViolations(page: Page, scheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  const scroll = await page.evaluate(() => [window.scrollX, window.scrollY] as const);
  // Violations only: axe skips gathering the details of every element that passes, which on a long page is most of its time.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (scheme === 'light' ? builder.withTags(WCAG_TAGS) : builder.withRules(COLOUR_RULES)).analyze();
  await page.evaluate(([x, y]) => {
    window.scrollTo(x, y);
  }, scroll);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'no impact'}) ${v.help} — ${v.nodes.length} element(s): ` +
      v.nodes.map((n) => JSON.stringify(n.target)).join(', '),
  );
}

/** Presses Tab once on a freshly loaded page: a visible "Skip to content" link to #main, and Enter on it moves focus into <main>. */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: el.textContent.trim(),
      href: el.getAttribute('href'),
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    };
  });
  if (!focused) return ['the first Tab focused nothing'];
  // In the page's language: "Skip to content", "Aller au contenu".
  const skip = uiStrings(languageOf(await page.evaluate(() => document.documentElement.lang))).skipToContent;
  if (focused.tag !== 'a' || focused.text !== skip || focused.href !== '#main') {
    return [`the first Tab focused <${focused.tag} href=${focused.href}> "${focused.text}", not the "${skip}" link to #main`];
  }
  const problems: string[] = [];
  const { box, viewport } = focused;
  const inside =
    box.width > 0 &&
    box.height > 0 &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= viewport.width &&
    box.y + box.height <= viewport.height;
  if (!inside || !focused.visible) {
    problems.push(
      `the focused skip link is not visible in the viewport (box ${JSON.stringify(box)}, viewport ${JSON.stringify(viewport)})`,
    );
  }
  await page.keyboard.press('Enter');
  const inMain = await page
    .waitForFunction(() => Boolean(document.activeElement?.closest('main')), null, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!inMain) {
    const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? 'nothing');
    problems.push(`Enter on the skip link left focus on ${active}, not in <main>`);
  }
  return problems;
}

/** Under prefers-reduced-motion: reduce (emulated before the page loaded): no smooth scrolling, no animation or transition. */
export async function reducedMotionProblems(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const seconds = (list: string) =>
      Math.max(0, ...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d) || 0)));
    const moving = new Map<string, number>();
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after'] as const) {
        const cs = getComputedStyle(el, pseudo);
        const animation = cs.animationName !== 'none' ? seconds(cs.animationDuration) : 0;
        const transition = cs.transitionProperty !== 'none' ? seconds(cs.transitionDuration) : 0;
        if (animation > 0.01 || transition > 0.01) {
          const what = `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>${pseudo ?? ''}: animation ${animation}s, transition ${transition}s`;
          moving.set(what, (moving.get(what) ?? 0) + 1);
        }
      }
    }
    return {
      scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
      animations: document
        .getAnimations()
        .map(
          (a) =>
            `${a.constructor.name} ${a instanceof CSSAnimation ? a.animationName : a instanceof CSSTransition ? a.transitionProperty : ''} (${a.playState})`,
        ),
      moving: [...moving].map(([what, count]) => (count > 1 ? `${count} × ${what}` : what)),
    };
  });
  return [
    ...(found.scrollBehavior !== 'auto' ? [`html scroll-behavior is ${found.scrollBehavior}`] : []),
    ...found.animations.map((a) => `running animation ${a}`),
    ...found.moving,
  ];
}

/** Reflow (WCAG 1.4.10): the page does not scroll sideways; names the innermost elements that end past the right edge. */
export async function sidewaysScrollProblems(page: Page): Promise<string[]> {
  const { scroll, offenders } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroll = document.documentElement.scrollWidth - width;
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      // Report the innermost: skip an element whose child also sticks out.
      if ([...el.children].some((child) => child.getBoundingClientRect().right > width + 0.5)) continue;
      if (el.closest('[hidden], template, dialog:not([open])')) continue;
      const name = `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
      offenders.push(`${name} ends at ${Math.round(box.right)} px`);
    }
    return { scroll, offenders: offenders.slice(0, 5) };
  });
  return scroll > 0 ? [`scrolls ${scroll} px sideways: ${offenders.join(', ')}`] : [];
}

/**
 * The controls a reader taps on their own (buttons, the troubleshooter's
 * answers, the help-desk toolbar, folds, the footer's links, search filters):
 * each must be at least 44×44 CSS px, Apple's guideline for touch, stricter
 * than WCAG 2.2's 24 px. Links inside sentences are exempt, as both
 * guidelines exempt them.
 */
export const TOUCH_CONTROLS = [
  'button',
  'a.button',
  'input[type="search"]',
  '.tool',
  'summary',
  '.troubleshoot-answers a',
  '.troubleshoot-change',
  '.troubleshoot-restart a',
  '.footer-links a',
  '.search-filter-option',
].join(', ');

/** The visible touch controls smaller than 44×44 px. */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility())
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)} is smaller than 44×44 px`,
      );
  }, TOUCH_CONTROLS);
}

// ---- Content-Security-Policy and requests -----------------------------------

export interface Watch {
  csp: string[];
  workerErrors: string[];
  requests: Request[];
}

/**
 * Starts recording, before the page loads: CSP messages in the page's and its
 * workers' consoles, worker errors, every request of the context (worker and
 * preload requests too), and securitypolicyviolation events (see violationEvents).
 */
export async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { csp: [], workerErrors: [], requests: [] };
  const isCsp = (text: string) => /content[- ]security[- ]policy/i.test(text);
  page.on('console', (message) => {
    if (isCsp(message.text())) seen.csp.push(`console on ${page.url()}: ${message.text()}`);
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (isCsp(message.text())) seen.csp.push(`worker ${worker.url()} console: ${message.text()}`);
      else if (message.type() === 'error') seen.workerErrors.push(`worker ${worker.url()}: ${message.text()}`);
    });
  });
  page.context().on('request', (request) => seen.requests.push(request));
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    window.addEventListener(
      'securitypolicyviolation',
      (e) =>
        log.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}` +
            (e.sample ? ` sample "${e.sample}"` : ''),
        ),
      true,
    );
  });
  return seen;
}

/** What a watch saw go wrong: CSP messages, securitypolicyviolation events, worker errors, requests to other origins. */
export async function securityProblems(page: Page, seen: Watch, origin: string): Promise<string[]> {
  // securitypolicyviolation events are queued: let them arrive.
  const events = await page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])];
  });
  const offOrigin = [...new Set(seen.requests.map((r) => r.url()))].filter((u) => {
    const url = new URL(u);
    return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
  });
  return [
    ...seen.csp.map((line) => `CSP message: ${line}`),
    ...events.map((line) => `securitypolicyviolation: ${line}`),
    ...seen.workerErrors.map((line) => `error in a worker: ${line}`),
    ...offOrigin.map((url) => `request to another origin: ${url}`),
  ];
}

// ---- keyboard: the Tab walk ---------------------------------------------------

interface Stop {
  description: string;
  /** Its position among the page's tabbable elements in DOM order, -1 if not among them. */
  index: number;
  followsPrevious: boolean;
  focusIndicator: boolean;
  style: string;
  isNext: boolean;
}

/**
 * From a freshly loaded page, Tab through every tabbable element: each in
 * document order, each with a visible focus indicator, the Next link
 * (a[rel=next]) among them when the page has one.
 */
export async function tabWalkProblems(page: Page): Promise<string[]> {
  // The tabbable elements in DOM order, each tagged with its position.
  const tabbable = await page.evaluate(() => {
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [contenteditable=""], [contenteditable="true"], [tabindex]';
    const list = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !(el as HTMLButtonElement).disabled &&
        !el.closest('[inert]') &&
        el.checkVisibility({ visibilityProperty: true }),
    );
    list.forEach((el, i) => ((el as unknown as { __tabIndexInDom: number }).__tabIndexInDom = i));
    return list.map((el) => `<${el.tagName.toLowerCase()}> ${el.textContent.trim().slice(0, 40) || (el.getAttribute('href') ?? el.id)}`);
  });
  const hasNext = (await page.locator('a[rel~="next"]').count()) > 0;

  // Record every focus stop in the page as it happens; then press Tab until focus leaves the page.
  await page.evaluate(() => {
    const log: Stop[] = [];
    (window as unknown as { __focusStops: Stop[] }).__focusStops = log;
    let previous: Element | undefined;
    const transparent = (color: string) => /^(transparent|rgba\(.*,\s*0\))$/.test(color.replace(/\s+/g, ' ').trim());
    document.addEventListener(
      'focusin',
      (event) => {
        const el = event.target as HTMLElement;
        const followsPrevious = !previous || Boolean(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        previous = el;
        const cs = getComputedStyle(el);
        const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor);
        const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
        const href = el.getAttribute('href');
        log.push({
          description: `<${el.tagName.toLowerCase()}${href ? ` href="${href}"` : ''}> "${el.textContent.trim().slice(0, 40)}"`,
          index: (el as unknown as { __tabIndexInDom?: number }).__tabIndexInDom ?? -1,
          followsPrevious,
          focusIndicator: outline || shadow,
          style: `outline: ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow: ${cs.boxShadow}`,
          isNext: el.matches('a[rel~="next"]'),
        });
      },
      true,
    );
  });
  for (let step = 0; step < tabbable.length + 2; step++) await page.keyboard.press('Tab');
  const log = await page.evaluate(() => (window as unknown as { __focusStops: Stop[] }).__focusStops);
  // Past the last element focus leaves the page, and the next Tab starts again at the top.
  const stops: Stop[] = [];
  for (const stop of log) {
    if (stop.index !== -1 && stops.some((s) => s.index === stop.index)) break;
    stops.push(stop);
  }

  const problems: string[] = [];
  for (const stop of stops) {
    if (!stop.focusIndicator) problems.push(`${stop.description} has no visible focus indicator (${stop.style})`);
    if (!stop.followsPrevious) problems.push(`${stop.description} comes before the previously focused element in the document`);
  }
  const order = stops.map((s) => s.index);
  const expected = tabbable.map((_, i) => i);
  if (JSON.stringify(order) !== JSON.stringify(expected)) {
    const reached = new Set(order);
    const skipped = tabbable.filter((_, i) => !reached.has(i));
    problems.push(
      `Tab reached ${stops.length} of ${tabbable.length} tabbable elements, in order ${JSON.stringify(order)}` +
        (skipped.length ? `; never reached: ${skipped.join(', ')}` : ''),
    );
  }
  if (hasNext && !stops.some((s) => s.isNext)) problems.push('Tab never reached the Next link (a[rel=next])');
  return problems;
}
