/**
 * Synthetic but realistic articles for the benchmark: frontmatter that passes
 * the real schema and cross-article rules, and bodies shaped like the real
 * ones (When to try this, numbered steps with bold Settings paths, sometimes
 * a table, How to tell it worked, If it didn't work with a link to the next
 * article). Words vary from a vocabulary so the search index is realistic.
 *
 * Deterministic: the same n and seed give the same files, byte for byte.
 */
import { defined } from '../src/lib/defined.ts';
import { CATEGORIES, RISKS } from '../src/lib/articles/taxonomy.ts';
import { withFrontmatter, type Frontmatter } from '../test/support/frontmatter.ts';

export const DEFAULT_SEED = 20261125;

/** mulberry32: a small, fast, seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return defined(items[Math.floor(this.next() * items.length)], 'an item to pick (the list is empty)');
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(...copy.splice(Math.floor(this.next() * copy.length), 1));
    return out;
  }
  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
}

// ---------------------------------------------------------------------------
// Vocabulary

/**
 * What a fix is about: a noun phrase, the Settings path where it lives, and a
 * control there. Every path is in content/settings/vocabulary.yaml, as the
 * build requires; a control that is not in it is plain bold text there, and
 * must not be a near-miss of a label on that screen (the build takes that for
 * a typo).
 */
const SUBJECTS: readonly { noun: string; path: string; toggle: string }[] = [
  { noun: 'Wi-Fi connection', path: 'Settings > Wi-Fi', toggle: 'Wi-Fi' },
  { noun: 'router firewall', path: 'Settings > Wi-Fi', toggle: 'Auto-Join' },
  { noun: 'iCloud Backup switch', path: 'Settings > [your name] > iCloud > iCloud Backup', toggle: 'Back Up This iPhone' },
  { noun: 'backup over cellular', path: 'Settings > [your name] > iCloud > iCloud Backup', toggle: 'Back Up Over Cellular' },
  { noun: 'manual backup', path: 'Settings > [your name] > iCloud > iCloud Backup', toggle: 'Back Up Now' },
  { noun: 'Low Power Mode', path: 'Settings > Battery', toggle: 'Low Power Mode' },
  { noun: 'battery health', path: 'Settings > Battery', toggle: 'Battery Health' },
  { noun: 'VPN profile', path: 'Settings > General > VPN & Device Management', toggle: 'VPN' },
  { noun: 'work or school profile', path: 'Settings > General > VPN & Device Management', toggle: 'Remove Management' },
  { noun: 'Screen Time limits', path: 'Settings > Screen Time > Content & Privacy Restrictions', toggle: 'Account Changes' },
  { noun: 'Content & Privacy Restrictions', path: 'Settings > Screen Time > Content & Privacy Restrictions', toggle: 'iCloud Changes' },
  { noun: 'iCloud Photos', path: 'Settings > [your name] > iCloud > Photos', toggle: 'Sync this iPhone' },
  { noun: 'Shared Albums', path: 'Settings > [your name] > iCloud > Photos', toggle: 'Shared Albums' },
  { noun: 'app data in the backup', path: 'Settings > [your name] > iCloud > Manage Storage > Backups', toggle: 'Back up this app' },
  { noun: 'WhatsApp chat backup', path: 'Settings > [your name] > iCloud > Manage Storage > Backups', toggle: 'WhatsApp' },
  { noun: 'iCloud storage plan', path: 'Settings > [your name] > iCloud > Manage Storage', toggle: 'Change Storage Plan' },
  { noun: 'iCloud+ upgrade', path: 'Settings > [your name] > iCloud', toggle: 'Upgrade to iCloud+' },
  { noun: 'Apple Account sign-in', path: 'Settings > [your name]', toggle: 'Sign Out' },
  { noun: 'Family Sharing storage', path: 'Settings > [your name] > Family Sharing', toggle: 'Share My Storage' },
  { noun: 'network settings', path: 'Settings > General > Transfer or Reset iPhone > Reset', toggle: 'Reset Network Settings' },
  { noun: 'all settings', path: 'Settings > General > Transfer or Reset iPhone > Reset', toggle: 'Reset All Settings' },
  { noun: 'automatic updates', path: 'Settings > General > Software Update', toggle: 'Automatic Updates' },
  { noun: 'beta software profile', path: 'Settings > General > Software Update', toggle: 'Beta Updates' },
  { noun: 'iOS version', path: 'Settings > General > About', toggle: 'Software Version' },
  { noun: 'restart from Settings', path: 'Settings > General', toggle: 'Shut Down' },
  { noun: 'passcode settings', path: 'Settings > Face ID & Passcode', toggle: 'Change Passcode' },
  { noun: 'Airplane Mode', path: 'Settings', toggle: 'Airplane Mode' },
];

const TITLE_TEMPLATES: readonly ((s: string) => string)[] = [
  (s) => `Check your ${s}`,
  (s) => `Turn ${s} off and on again`,
  (s) => `Reset your ${s}`,
  (s) => `Fix a backup blocked by ${s}`,
  (s) => `Review ${s} before you back up`,
  (s) => `Switch off ${s} for one backup`,
  (s) => `Make ${s} let the backup through`,
  (s) => `When ${s} stops iCloud Backup`,
];

/** Make titles unique when template and subject repeat. */
const TITLE_CONTEXTS = [
  '',
  ' on iOS 18',
  ' on iOS 17',
  ' on a shared iPad',
  ' after an update',
  ' on hotel Wi-Fi',
  ' after a new SIM',
  ' on a work iPhone',
  ' on a new iPhone',
  ' abroad',
  ' on a child account',
  ' after a restore',
  ' on a mesh network',
  ' after a password reset',
  ' on an older iPhone',
];

const SYMPTOMS = [
  'the backup stays on "Estimated time remaining" for hours',
  'Back Up Now is greyed out',
  'the last successful backup date never changes',
  'the progress bar stops near the end',
  'the backup fails with no message at all',
  'iCloud says the backup is still waiting for Wi-Fi',
  'the backup starts but cancels itself after a few minutes',
  'the iPhone warns that it has not been backed up in weeks',
  'the backup size looks far too large',
  'the Backups list does not show this iPhone',
  'the backup only works when you start it by hand',
  'every nightly backup stops at the same point',
];

const CONTEXTS = [
  'This happens most often right after an iOS update.',
  'It is common on networks that filter traffic, such as office or school Wi-Fi.',
  'Many readers see this after moving to a new iPhone.',
  'It can also show up when the iPhone has little free space left.',
  'A change you made months ago can be the cause, so check even if nothing seems new.',
  'The automatic backup only runs while the iPhone is locked, charging and on Wi-Fi.',
  'If several devices share one Apple Account, each needs its own room in iCloud.',
  'Nothing is deleted by checking, so this step is safe to try first.',
];

const SECTION_HEADINGS = [
  'Check the setting',
  'Turn it off for now',
  'Try the backup again',
  'Restart the iPhone',
  'Look at the details',
  'Change the network',
  'Sign in again',
  'Free up some room',
  'Turn it back on',
  'Remove the old profile',
  'Update the iPhone',
  'Compare with another network',
];

const STEP_TEMPLATES: readonly ((s: { noun: string; path: string; toggle: string }, r: Random) => string)[] = [
  (s) => `Open **${s.path}**.`,
  (s) => `Find **${s.toggle}** and note whether it is on or off.`,
  (s) => `Turn off **${s.toggle}**, wait ten seconds, then turn it back on.`,
  () => `Go back to **Settings > [your name] > iCloud > iCloud Backup** and tap **Back Up Now**.`,
  () => `Keep the iPhone plugged in and on the same Wi-Fi until the backup ends.`,
  (s) => `If **${s.toggle}** is missing, your iOS version calls it something else: look one level up.`,
  () => `Restart the iPhone: press and hold the side button and either volume button, then drag the slider.`,
  (_s, r) => `Wait ${r.pick(['two', 'five', 'ten', 'fifteen'])} minutes, then check the progress under **Back Up Now**.`,
  () => `Open **Settings > General > About** and write down the iOS version.`,
  (s) => `Tap **${s.toggle}** once more to confirm the change.`,
  () => `Connect to a different Wi-Fi network, such as a phone hotspot or a friend's router.`,
  () => `Open **Settings > [your name] > iCloud > Manage Storage > Backups** and tap this iPhone.`,
  () => `Enter your passcode if the iPhone asks for it.`,
  (_s, r) => `Check that at least ${r.pick(['1 GB', '2 GB', '5 GB'])} is free under **Settings > [your name] > iCloud > Manage Storage**.`,
];

const DEVICES = [
  'iPhone SE',
  'iPhone 11',
  'iPhone 12 mini',
  'iPhone 13',
  'iPhone 13 Pro',
  'iPhone 14',
  'iPhone 14 Plus',
  'iPhone 15',
  'iPhone 15 Pro Max',
  'iPhone 16',
  'iPhone 16e',
  'iPhone 17 Pro',
  'iPhone Air',
];

const APPS = [
  'WhatsApp',
  'Signal',
  'Telegram',
  'Messages',
  'Mail',
  'Notes',
  'Voice Memos',
  'GarageBand',
  'iMovie',
  'Spotify',
  'Netflix',
  'Google Photos',
  'Dropbox',
  'OneDrive',
  'Microsoft Teams',
  'Slack',
  'Zoom',
  'Instagram',
  'TikTok',
  'Snapchat',
  'Strava',
  'Duolingo',
  'Kindle',
  'Audible',
  'Podcasts',
  'Apple Music',
  'Books',
  'Files',
  'Pages',
  'Numbers',
  'Keynote',
  'Garmin Connect',
  'Authenticator',
  'Outlook',
  'Gmail',
  'YouTube',
  'Threads',
  'Procreate',
  'Lightroom',
  'CapCut',
];

const COUNTRIES = [
  'Australia',
  'Austria',
  'Belgium',
  'Brazil',
  'Canada',
  'Chile',
  'Denmark',
  'Finland',
  'France',
  'Germany',
  'Greece',
  'Hong Kong',
  'India',
  'Ireland',
  'Israel',
  'Italy',
  'Japan',
  'Mexico',
  'the Netherlands',
  'New Zealand',
  'Norway',
  'Poland',
  'Portugal',
  'Singapore',
  'South Africa',
  'South Korea',
  'Spain',
  'Sweden',
  'Switzerland',
  'Taiwan',
  'Turkey',
  'the United Kingdom',
  'the United States',
];

const NETWORKS = [
  'Eero mesh',
  'Netgear Orbi',
  'TP-Link Deco',
  'TP-Link Archer',
  'Asus ZenWiFi',
  'Asus RT-AX86U',
  'Linksys Velop',
  'Google Nest Wifi',
  'Ubiquiti UniFi',
  'AVM Fritz!Box',
  'BT Smart Hub',
  'Sky Broadband Hub',
  'Virgin Media Hub',
  'Xfinity Gateway',
  'Verizon Fios router',
  'Starlink router',
  'Huawei 5G CPE',
  'Vodafone Gigabox',
  'Telstra Smart Modem',
  'Orange Livebox',
  'Deutsche Telekom Speedport',
  'Synology RT6600ax',
];

const CARRIERS = [
  'AT&T',
  'Verizon',
  'T-Mobile',
  'Vodafone',
  'EE',
  'O2',
  'Three',
  'Orange',
  'Telekom',
  'Telstra',
  'Optus',
  'Rogers',
  'Bell',
  'Telus',
  'NTT Docomo',
  'SoftBank',
  'Jio',
  'Airtel',
  'Movistar',
  'Swisscom',
  'Telia',
  'KPN',
];

/** An iOS release with a build number, as Settings > General > About shows it. */
function iosRelease(r: Random): string {
  const [major, prefix] = r.pick([
    [16, '20'],
    [17, '21'],
    [18, '22'],
    [26, '23'],
  ] as const);
  const minor = r.int(0, 6);
  const patch = r.int(0, 3);
  const letter = 'ABCDEFGH'[minor];
  return `${major}.${minor}${patch ? `.${patch}` : ''} (${prefix}${letter}${r.int(5, 260)})`;
}

/** One reader's report: device, iOS build, network, country. */
function fieldReport(r: Random, subject: string): string {
  return r.pick([
    () =>
      `One reader in ${r.pick(COUNTRIES)} saw this on an ${r.pick(DEVICES)} with iOS ${iosRelease(r)} behind a ${r.pick(NETWORKS)} router, and ${subject} turned out to be the cause.`,
    () =>
      `On ${r.pick(CARRIERS)} in ${r.pick(COUNTRIES)}, an ${r.pick(DEVICES)} on iOS ${iosRelease(r)} only finished its backup after this step.`,
    () => `We reproduced it on iOS ${iosRelease(r)} with a ${r.pick(NETWORKS)} network; the backup resumed within ${r.int(2, 40)} minutes.`,
    () => `A ${r.pick(NETWORKS)} setup with the guest network on can block the backup, as reported from ${r.pick(COUNTRIES)}.`,
  ])();
}

const OBSERVATIONS: readonly ((device: string, app: string, r: Random) => string)[] = [
  (device, app) => `On an ${device}, ${app} alone can hold several gigabytes of offline data, which makes each backup slower.`,
  (device, app) => `Readers with an ${device} report that the backup finished once ${app} was left out of it.`,
  (_device, app) => `If you use ${app} every day, its data changes often, so the first backup after this fix can take longer than usual.`,
  (device, _app, r) =>
    `An ${device} with ${r.pick(['3 GB', '8 GB', '20 GB', '40 GB'])} of new data usually backs up within ${r.pick(['an hour', 'two hours', 'one night'])} on home Wi-Fi.`,
  (_device, app) => `Downloads kept inside ${app} count towards the backup size even though they can be downloaded again.`,
  (device) => `Older models such as the ${device} back up more slowly, so give them the whole night.`,
  (_device, app, r) =>
    `${app} keeps its own copy in iCloud, so turning it off in the backup saves about ${r.int(1, 9)}${r.pick(['00 MB', ' GB'])}.`,
];

const WARNINGS = [
  '**This can delete data that exists only on this iPhone.** Make sure you know what each switch does before you turn it off.',
  '**Deleting a backup cannot be undone.** Only delete backups of devices you no longer use.',
  '**Photos that are not yet in iCloud can be lost.** Wait until the upload count in Photos reaches zero.',
];

/** The one safety-net article of a generated site: every risky article links to it before its first step. */
const SAFETY_NET_SLUG = 'bench-back-up-with-a-computer';

const SAFETY_LINES = [
  `Before you change anything, [keep a copy on a computer](/fixes/${SAFETY_NET_SLUG}/): a failing backup may mean you have none.`,
  `This step can cost you data or settings, so [back up with a computer](/fixes/${SAFETY_NET_SLUG}/) first.`,
];

const SUCCESS_LINES = [
  'When it finishes, the date and time under **Back Up Now** should show today.',
  'The message under **Back Up Now** should read "Last successful backup" with the current time.',
  'The iPhone should appear in **Backups** with a size close to what it showed before.',
  'The warning about an old backup should not come back the next day.',
];

const ALERT_MESSAGES = [
  'The last backup could not be completed.',
  'iPhone Backup Failed',
  'There was a problem enabling iCloud Backup.',
  'This iPhone cannot be backed up because there is not enough iCloud storage available.',
  'Backup Failed: Unable to connect to iCloud.',
  'iCloud Backup is not available while in Low Power Mode.',
  'Your iPhone has not been backed up in 2 weeks.',
  'Verification Failed: There was an error connecting to the Apple Account server.',
  'Backup not available. Connect to Wi-Fi to back up.',
  'Apple Account settings need updating.',
];

const SOURCES = [
  { title: 'Apple Support: Back up iPhone', url: 'https://support.apple.com/guide/iphone/back-up-iphone-iph3ecf67d29/ios' },
  { title: 'Apple Support: If you can\u2019t back up your iPhone with iCloud', url: 'https://support.apple.com/en-us/108366' },
  { title: 'Apple Support: iCloud+ plans', url: 'https://support.apple.com/en-us/108047' },
  { title: 'Apple Support: What iCloud backs up', url: 'https://support.apple.com/en-gb/HT204136' },
  { title: 'Apple Support: Update your iPhone', url: 'https://support.apple.com/en-us/118575' },
  { title: 'Apple Support: System Status', url: 'https://www.apple.com/support/systemstatus/' },
  { title: 'Apple Support: Reset iPhone settings', url: 'https://support.apple.com/guide/iphone/reset-iphone-settings-iph9dd2fcdb6/ios' },
];

const IOS_VERSIONS = ['15', '15.4', '16', '16.4', '17', '17.2', '17.4', '18', '18.1', '18.4', '26'];

const TABLE_KINDS: readonly ((s: { noun: string; toggle: string }) => string)[] = [
  (s) => `| iOS version | Where to find **${s.toggle}** |
|---|---|
| 15 and 16 | The iCloud screen, below the storage bar |
| 17 | The iCloud screen, under your name |
| 18 and later | The iCloud screen, under Saved to iCloud |
`,
  (s) => `| What you see | What it means for ${s.noun} |
|---|---|
| Waiting | The backup has not started yet |
| Estimated time remaining | The backup is running |
| Backup failed | Something stopped it: try the next step |
`,
  () => `| Network | Good for a backup? |
|---|---|
| Home Wi-Fi | Yes |
| Phone hotspot | Yes, if your plan allows the data |
| Hotel or café Wi-Fi | Often blocked or too slow |
| Cellular | Only with Back Up Over Cellular on |
`,
];

// ---------------------------------------------------------------------------

export interface GeneratedFile {
  slug: string;
  /** Path inside the project, e.g. "content/fixes/<slug>.mdx". */
  file: string;
  text: string;
}

export interface GeneratedArticle extends GeneratedFile {
  risk: (typeof RISKS)[number];
}

/** The safety net of a generated site: a computer-backup article, not on the path. */
function safetyNetArticle(): GeneratedFile {
  const frontmatter = {
    title: 'Back up the iPhone with a computer first',
    description:
      'A generated safety-net article for the benchmark: keep a copy on a computer before any fix that can cost data or settings.',
    kbId: 'icb-9999',
    role: 'safety-net',
    category: 'computer-backup',
    appliesTo: { from: '17' },
    minutes: 20,
    risk: 'none',
    lastReviewed: '2026-11-25',
    checkedForIos: '26',
    sources: [{ title: SOURCES[0]?.title ?? 'Apple Support', url: SOURCES[0]?.url ?? 'https://support.apple.com/en-us/108366' }],
  };
  const body = [
    '## Back up',
    '',
    '1. Connect the iPhone to the computer.',
    '2. Choose to back up all of its data, encrypted.',
    '3. Wait until the backup has finished.',
    '',
  ].join('\n');
  return { slug: SAFETY_NET_SLUG, file: `content/fixes/${SAFETY_NET_SLUG}.mdx`, text: withFrontmatter(frontmatter, body) };
}

interface Draft {
  slug: string;
  title: string;
  subject: (typeof SUBJECTS)[number];
  order: number;
  risk: (typeof RISKS)[number];
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Adds sentences while they fit in `max`; the first one always goes in. */
function fitSentences(sentences: readonly string[], max: number): string {
  let out = sentences[0] ?? '';
  for (const s of sentences.slice(1)) {
    if (out.length + 1 + s.length <= max) out += ` ${s}`;
  }
  return out;
}

/** The kbIds: `icb-` and 5 digits from icb-10000 (3 to 5 digits are allowed). */
function kbIdFor(index: number): string {
  return `icb-${10000 + index}`;
}

/** The largest n the kbId scheme allows. */
export const MAX_ARTICLES = 90000;

/**
 * A whole synthetic site: N articles, the alert pages that name them (an
 * article's page lists its alerts from these), and a small troubleshooter
 * flow over the first articles on the path.
 */
export function generateSite(n: number, seed = DEFAULT_SEED): { articles: GeneratedArticle[]; supportFiles: GeneratedFile[] } {
  const fixesByAlert = new Map<string, string[]>();
  const articles = generateArticles(n, seed, (slug, alerts) => {
    for (const alert of alerts) fixesByAlert.set(alert, [...(fixesByAlert.get(alert) ?? []), slug]);
  });
  const alertFiles = [...fixesByAlert].map(([message, fixes]) => ({
    slug: alertSlug(message),
    file: `content/alerts/${alertSlug(message)}.md`,
    text: withFrontmatter(
      {
        title: message.length <= 70 ? message : `${message.slice(0, 66)}…`,
        text: message,
        wording: 'reported',
        textSource: { title: 'A generated help page', url: 'https://example.com/generated-alert' },
        fixes,
        lastReviewed: '2026-11-25',
        checkedForIos: '26',
        sources: [{ title: SOURCES[1]?.title ?? 'Apple Support', url: SOURCES[1]?.url ?? 'https://support.apple.com/en-us/108366' }],
      },
      'A generated alert for the benchmark. It names the articles that list it.\n',
    ),
  }));
  // The flow recommends no-risk articles only, so it needs no rule-out question.
  const recommended = articles.filter((a) => a.risk === 'none').slice(0, 2);
  const flow = [
    '- id: bench-start',
    '  start: true',
    '  question: Which generated fix fits?',
    '  answers:',
    ...recommended.flatMap((a, i) => [
      `    - id: answer-${i + 1}`,
      `      label: Generated answer ${i + 1}`,
      `      fix: ${a.slug}`,
      '      why: A generated answer for the benchmark flow.',
    ]),
    '',
  ].join('\n');
  return {
    articles,
    supportFiles: [...alertFiles, { slug: 'flow', file: 'content/troubleshooter/flow.yaml', text: flow }, safetyNetArticle()],
  };
}

function generateArticles(
  n: number,
  seed = DEFAULT_SEED,
  onAlerts: (slug: string, alerts: string[]) => void = () => undefined,
): GeneratedArticle[] {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ARTICLES) throw new Error(`n must be 1 to ${MAX_ARTICLES}`);
  const r = new Random(seed);

  // Titles and slugs first, so articles can link to each other.
  const titles = new Set<string>();
  const slugs = new Set<string>();
  const orders = r.shuffle(Array.from({ length: n }, (_, i) => i + 1));
  const drafts: Draft[] = [];
  for (let i = 0; i < n; i++) {
    const subject = r.pick(SUBJECTS);
    let title = '';
    for (let attempt = 0; attempt < 20 && (title === '' || titles.has(title) || title.length > 70); attempt++) {
      title = r.pick(TITLE_TEMPLATES)(subject.noun) + r.pick(TITLE_CONTEXTS);
    }
    if (titles.has(title) || title.length > 70) title = `${r.pick(TITLE_TEMPLATES)(subject.noun)} (${i + 1})`.slice(0, 70);
    titles.add(title);
    let slug = slugify(title);
    for (let k = 2; slugs.has(slug); k++) slug = `${slugify(title)}-${k}`;
    slugs.add(slug);
    drafts.push({ slug, title, subject, order: defined(orders[i], `order ${i}`), risk: r.pick(RISKS) });
  }

  // The article after each one on the path; the last points back to the first.
  const byOrder = [...drafts].sort((a, b) => a.order - b.order);
  // Safest first, as the build requires: the same mix of risks, handed out so that none comes after a risky one.
  const risks = drafts.map((d) => d.risk).sort((a, b) => RISKS.indexOf(a) - RISKS.indexOf(b));
  byOrder.forEach((d, i) => {
    d.risk = defined(risks[i], `risk ${i}`);
  });
  const nextOf = new Map(byOrder.map((d, i) => [d.slug, byOrder[(i + 1) % byOrder.length]]));

  return drafts.map((d, i) => {
    const others = () => r.pick(drafts);
    const related = new Set<string>();
    const wanted = Math.min(r.int(2, 3), n - 1);
    while (related.size < wanted) {
      const other = others();
      if (other.slug !== d.slug) related.add(other.slug);
    }
    const next = nextOf.get(d.slug);
    const alerts = r.chance(0.4) ? r.sample(ALERT_MESSAGES, r.int(1, 3)) : [];
    onAlerts(d.slug, alerts);
    // The last on the path wraps round to the first, which is no next step.
    const text = article(r, d, i, [...related], next?.slug === d.slug ? undefined : next);
    return { slug: d.slug, file: `content/fixes/${d.slug}.mdx`, text, risk: d.risk };
  });
}

/** The slug of a generated alert page, from its text. */
function alertSlug(message: string): string {
  return slugify(message).slice(0, 60).replace(/-$/, '');
}

function frontmatter(r: Random, d: Draft, index: number, related: string[]): Frontmatter {
  const symptom = r.pick(SYMPTOMS);
  const description = fitSentences(
    [
      `Backup stuck because of ${d.subject.noun}? Check it when ${symptom}.`,
      r.pick([
        'Takes a few minutes and changes nothing else.',
        'Steps for iOS 17 and later, with the exact Settings paths.',
        'Then run a backup by hand to see if it worked.',
        'Most readers only need the first step.',
      ]),
    ],
    160,
  );
  const fromIndex = r.int(0, IOS_VERSIONS.length - 1);
  const to = r.chance(0.2) ? IOS_VERSIONS[r.int(fromIndex, IOS_VERSIONS.length - 1)] : undefined;
  const month = String(r.int(1, 12)).padStart(2, '0');
  const day = String(r.int(1, 28)).padStart(2, '0');
  const data: Frontmatter = {
    title: d.title,
    description,
    kbId: kbIdFor(index),
    order: d.order,
    category: r.pick(CATEGORIES),
    appliesTo: { from: IOS_VERSIONS[fromIndex], to },
    minutes: r.pick([1, 2, 3, 5, 5, 10, 10, 15, 20, 30, 45, 60]),
    risk: d.risk,
    lastReviewed: `${r.pick(['2025', '2026'])}-${month}-${day}`,
    checkedForIos: r.pick(['18', '26']),
    related,
    sources: r.sample(SOURCES, r.int(1, 3)).map((source) => ({ title: source.title, url: source.url })),
  };
  // The schema would reject these too, but later and less plainly.
  if (d.title.length > 70) throw new Error(`generated title over 70 characters: ${d.title}`);
  if (description.length < 50 || description.length > 160) {
    throw new Error(`generated description not 50 to 160 characters: ${description}`);
  }
  return data;
}

function steps(r: Random, subject: Draft['subject']): string {
  const chosen = r.sample(STEP_TEMPLATES, r.int(3, 5));
  // Every section starts where the setting lives.
  const first = defined(STEP_TEMPLATES[0], 'a step template');
  return [first, ...chosen.filter((t) => t !== first)]
    .slice(0, 5)
    .map((t, i) => `${i + 1}. ${t(subject, r)}`)
    .join('\n');
}

function article(r: Random, d: Draft, index: number, related: string[], next: Draft | undefined): string {
  const data = frontmatter(r, d, index, related);
  const parts: string[] = [];
  parts.push(
    '## When to try this',
    '',
    `Try this when ${r.pick(SYMPTOMS)} and ${d.subject.noun} may be involved. ${r.sample(CONTEXTS, 2).join(' ')}`,
    '',
    `${r.pick(OBSERVATIONS)(r.pick(DEVICES), r.pick(APPS), r)} ${fieldReport(r, d.subject.noun)}`,
    '',
  );
  if (d.risk === 'data') parts.push(r.pick(WARNINGS), '');
  if (d.risk !== 'none') parts.push(r.pick(SAFETY_LINES), '');
  const sections = r.sample(SECTION_HEADINGS, r.int(2, 3));
  const tableAfter = r.chance(0.3) ? r.int(0, sections.length - 1) : -1;
  sections.forEach((heading, i) => {
    parts.push(`## ${heading}`, '');
    if (r.chance(0.5)) parts.push(`${r.pick(CONTEXTS)} ${r.pick(OBSERVATIONS)(r.pick(DEVICES), r.pick(APPS), r)}`, '');
    parts.push(steps(r, d.subject), '');
    if (r.chance(0.4)) parts.push(fieldReport(r, d.subject.noun), '');
    if (i === tableAfter) parts.push(r.pick(TABLE_KINDS)(d.subject));
  });
  parts.push(
    '## How to tell it worked',
    '',
    '1. Open **Settings > [your name] > iCloud > iCloud Backup** and tap **Back Up Now**.',
    `2. ${r.pick(SUCCESS_LINES)}`,
    '',
    "## If it didn't work",
    '',
  );
  if (next) {
    parts.push(
      `If the ${d.subject.noun} was not the cause, try [${next.title.charAt(0).toLowerCase()}${next.title.slice(1)}](/fixes/${next.slug}/).`,
    );
  } else {
    parts.push('If the backup still fails, contact Apple Support and say which steps you tried.');
  }
  return withFrontmatter(data, parts.join('\n') + '\n');
}
