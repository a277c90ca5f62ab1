/**
 * The English words of the site's interface: everything a page says that is
 * not content. Each other language has a file like this one with the same
 * keys (the type checker holds it to them).
 */
import type { Category, Risk } from '#lib/articles/taxonomy.ts';
import type { Confidence } from '#lib/settings/settings-vocabulary.ts';
import type { Language } from '../languages';
import { SITE_NAME, SITE_SUMMARY } from '#lib/site.ts';

export const en = {
  /** The words around Settings paths: the taps' screen-reader joins and the notes on other labels. */
  settingsPaths: {
    /** Read between two taps by a screen reader: "Settings, then iCloud". */
    then: 'then ',
    /** A note on another label: "on iOS 17: Apple ID". */
    onVersions: (where: string, label: string) => `on ${where}: ${label}`,
    someVersions: 'some versions',
    allVersions: 'all versions',
    beforeIos: (version: string) => `before iOS ${version}`,
    fromBeforeIos: (from: string, before: string) => `from iOS ${from}, before iOS ${before}`,
    /** A page that uses a path, on /settings-paths/. */
    /** On a page checked for an older iOS than the current one (olderCheckNote). */
    olderCheck: (current: string) =>
      `iOS ${current} is out, and these sources do not describe it yet: on iOS ${current}, a label may read differently.`,
    alertPage: (title: string) => `Alert: ${title}`,
    questionPage: (question: string) => `Troubleshooter: ${question}`,
  },
  /** How an article's lead section heading starts ("When to try this"): that section folds away. */
  leadHeadingStart: 'When to ',
  /** The feed of changes (src/lib/outputs/feed.ts). */
  feed: {
    summary: SITE_SUMMARY,
    lastReviewed: (date: string) => `Last reviewed ${date}: checked against the listed sources.`,
    notReviewed: 'Not reviewed yet.',
    whatChanged: (date: string, summary: string) => `What changed (${date}): ${summary}`,
    noChange: 'No change noted.',
  },
  /** What the search says in the browser (SearchTextWords in src/lib/search/results.ts): {query}, {count}, {shown}, {found} are filled in. */
  searchText: {
    kinds: { fix: 'Fix', alert: 'Alert', troubleshooter: 'Guided questions' },
    noResults: 'No results for “{query}”. Try other words, or fewer.',
    oneResult: '1 result for “{query}”',
    results: '{count} results for “{query}”',
    bestShown: '{found}; the best {shown} are shown.',
    didYouMean: 'Did you mean ',
    didYouMeanEnd: '?',
    showingFor: 'Showing results for “{query}”.',
    searchInstead: 'Search for “{query}” instead',
    someWords: 'Showing results for some of your words.',
  },
  /** The names of the articles' categories and risks (src/lib/articles/taxonomy.ts); also the search filters' values. */
  taxonomy: {
    categories: {
      basics: 'Quick checks',
      'backup-progress': 'Slow or stuck backups',
      storage: 'iCloud storage',
      'apple-servers': "Apple's servers",
      software: 'iOS software',
      restrictions: 'Restrictions and device management',
      account: 'Apple Account',
      settings: 'iPhone settings',
      support: 'Apple Support',
      'computer-backup': 'Computer backup',
    } satisfies Record<Category, string>,
    risks: {
      none: 'No risk: nothing is changed or lost',
      settings: 'Resets settings; your data stays',
      data: 'Can delete data: read each warning',
    } satisfies Record<Risk, string>,
    /** Short form for the meta line, result lists and the search filter. */
    risksShort: { none: 'No risk', settings: 'Settings reset', data: 'Data at risk' } satisfies Record<Risk, string>,
    /** A fix with backupFirst: it deletes nothing, but cannot be undone. */
    backupFirst: "Deletes nothing, but can't be undone: back up first",
    backupFirstShort: 'Back up first',
  },
  /** Notices on a translated page: outdated, and links to pages not yet translated. */
  translation: {
    outdated: 'This page is a translation, and its English version has changed since it was made.',
    readEnglish: 'Read the English version',
    /** After a link to a page that has no translation yet. */
    inEnglish: '(in English)',
  },
  /** What an alert page says about whose words the alert's text is, by wording (src/lib/articles/alert-wording.ts). */
  alertWordingNotes: {
    reported: 'Wording as reported by iPhone users and help sites. Apple does not publish this text.',
    'apple-described':
      'Apple lists this alert but describes it rather than quoting it, in a list written for iOS 7 and 8. These are not the exact words, and a current iPhone may put it differently.',
    described: 'Our description of this alert. Its exact words are known to us only in another language.',
  },
  /** The words plain text adds around the content: replies, /kb/<id>.txt, /errors/<slug>.txt, llms-full.txt. */
  plainText: {
    fullArticle: (url: string) => `Full article: ${url}`,
    shortLink: (url: string) => `Short link: ${url}`,
    theAlert: (text: string) => `The alert: “${text}”`,
    quotedFrom: (title: string, url: string) => `Quoted from ${title} (${url}).`,
    alertDescribed: (text: string) => `What the alert says (a description, not its exact words): ${text}`,
    whatItMeans: 'What it means',
    fixesInOrder: 'Fixes to try, in order',
    copyFirst: (url: string) => `(keep a copy first: ${url})`,
    page: (url: string) => `Page: ${url}`,
    lastReviewed: (date: string, ios: string) => `Last reviewed: ${date}, checked for iOS ${ios}`,
    whatChanged: 'What changed:',
  },
  /** The troubleshooter's page titles and search-engine descriptions. */
  troubleshooterPages: {
    questionTitle: (question: string) => `Troubleshooter: ${question}`,
    resultTitle: (fix: string) => `Recommended fix: ${fix}`,
    startDescription: (question: string) =>
      `iPhone won't back up to iCloud? Answer a few questions, one at a time, and get the fix that fits. First question: ${question}`,
    questionDescription: (number: number, question: string, answers: readonly string[]) =>
      `Question ${number} of the iCloud Backup troubleshooter: ${question} Your answers so far: ${answers.join('; ')}.`,
    resultDescription: (fix: string, answers: readonly string[]) =>
      `The troubleshooter recommends “${fix}”. Your answers: ${answers.join('; ')}.`,
  },
  skipToContent: 'Skip to content',

  // ---- Page furniture: components, layouts and page templates (not article content) ----

  /** Dates, times and iOS versions (src/lib/format.ts). */
  format: {
    minutes: (n: number) => `${n} min`,
    ios: (version: string) => `iOS ${version}`,
    iosAndLater: (from: string) => `iOS ${from} and later`,
    iosRange: (from: string, to: string) => `iOS ${from} to ${to}`,
  },
  /** Names of the site's sections, in breadcrumbs, the footer and link text. */
  nav: {
    home: 'Home',
    fixes: 'Fixes',
    allFixes: 'All fixes',
    alerts: 'Alerts',
    troubleshooter: 'Troubleshooter',
    settingsPaths: 'Settings paths',
    search: 'Search',
    /** aria-label of the site's navigation and of the header's search form. */
    site: 'Site',
    breadcrumb: 'Breadcrumb',
  },
  layout: {
    /** The site's name in this language: the home page's title, after every other title, the header. */
    siteName: SITE_NAME,
    feedTitle: (siteName: string) => `${siteName}: what changed`,
    footerNote: (siteName: string) =>
      `${siteName} is an independent guide. It is not affiliated with, authorized or endorsed by Apple Inc. iPhone and iCloud are trademarks of Apple Inc.`,
    /** aria-label of the language switch. */
    languages: 'Languages',
  },
  redirect: {
    title: (title: string) => `Redirecting to ${title}`,
    description: (title: string) => `This address moved. Redirecting to the article “${title}”.`,
    heading: 'Redirecting…',
    leadsTo: 'This link leads to',
  },
  search: {
    label: 'Search the fixes',
    placeholder: 'Search fixes',
    shortcut: 'Ctrl K',
    submit: 'Search',
    close: 'Close',
    example: 'e.g. storage full',
    filters: 'Filter by topic or risk',
    results: 'Results',
    allResults: 'All results on the search page',
    wayForwardStart: 'Not sure what to search for?',
    wayForwardTroubleshooter: 'Answer a few questions',
    wayForwardMiddle: 'to find the fix that fits, or',
    wayForwardAlerts: 'look up the alert',
    wayForwardEnd: 'your iPhone shows.',
    /** Said by the search code (src/scripts/search/): rendered into data- attributes. */
    searching: 'Searching…',
    unavailable: 'Search is not available right now. Try again, or browse the fixes by topic.',
    inPage: (title: string) => `, in ${title}`,
    idPrefix: 'ID ',
    sectionsOf: (title: string) => `Sections of ${title}`,
    filterTopic: 'Topic',
    filterRisk: 'Risk',
  },
  article: {
    plainTextReply: 'Plain-text reply',
    printedFrom: (url: string, shortUrl: string) => `Printed from ${url} · short link ${shortUrl}`,
    timeNeeded: 'Time needed: ',
    forHelpDesks: 'For help desks',
    shortLink: 'Short link: ',
    shortLinkTitle: (url: string) => `Short link: ${url}`,
    copyAsReply: 'Copy as reply',
    /** The reply in another language, by that language. */
    replyIn: { en: 'Reply in English', fr: 'Reply in French' } satisfies Record<Language, string>,
    plainTextIn: { en: 'English plain text', fr: 'French plain text' } satisfies Record<Language, string>,
    replyAs: 'Reply as ',
    plainText: 'Plain text',
    /** Said by src/scripts/article.ts: rendered into data- attributes. */
    copyLink: 'Copy link',
    linkCopied: (url: string) => `Link copied: ${url}`,
    linkNotCopied: (url: string) => `Could not copy. The link is ${url}`,
    /** Shown after a control for two seconds once it copied. */
    copiedMark: 'Copied',
    replyCopied: 'Reply copied as plain text.',
    replyNotCopied: 'Could not copy the reply. Open “Reply as plain text” and copy it from there.',
    onThisPage: 'On this page',
    nextFix: 'Next fix',
    didNotWork: "Didn't work? Next:",
    relatedFixes: 'Related fixes',
    fixesTheseAlerts: 'Fixes these alerts',
    alsoKnownAs: 'Also known as:',
    id: (kbId: string) => `ID ${kbId}`,
    stepsCheckedFor: (version: string) => `Steps checked for iOS ${version}`,
    lastReviewed: 'Last reviewed',
    sources: 'Sources',
    reviewNote: (version: string) =>
      `: the page was checked against these sources, for iOS ${version}. It was not tested on an iPhone, so a screen may look a little different on yours.`,
    whatChanged: 'What changed',
    /** On a translated page, under "What changed". */
    notesInEnglish: 'These notes are in English.',
    /** Between a change's date and its note. */
    dateSeparator: ': ',
  },
  safetyNet: {
    beforeYouStart: 'Before you start:',
    protectFirst: 'Protect your data first.',
    keepCopyFirst: 'Keep a copy first:',
  },
  troubleshoot: {
    searchTitle: "Troubleshooter: iPhone won't back up to iCloud, backup failed or not working",
    question: (n: number) => `Question ${n}`,
    lead: "Your iPhone won't back up to iCloud, the backup failed or isn't working, and you don't know why? Answer a few questions, one at a time, and get the fix that fits.",
    answersSoFar: 'Your answers so far',
    noteStart:
      'Each answer takes you to the next question or to the fix that fits, and you can change any answer on the way. Prefer to go step by step? See',
    noteLink: 'all fixes in the order to try them',
    startOver: 'Start over',
    recommendedFix: 'Recommended fix',
    recommendedFixTitle: (title: string) => `Recommended fix: ${title}`,
    reasonData: 'this fix can delete data. No copy from today?',
    reasonSettings: 'this fix resets your settings. No copy from today?',
    reasonNone: 'keep a copy first: you may have none.',
    openFix: 'Open the fix',
    whyThisFix: 'Why this fix',
    nextOneToTry: "If it doesn't help, the fix ends with the next one to try.",
    yourAnswers: 'Your answers',
    yourAnswer: 'Your answer: ',
    change: 'Change',
    changeAnswerTo: (question: string) => ` your answer to “${question}”`,
    triedHeading: "What you've tried",
    triedForApple: 'When you contact Apple, paste this so you don’t have to explain it again:',
    triedForMessage: 'Your answers and this fix, to paste into a message or a support request:',
    copyTried: "Copy what you've tried",
    /** Said by src/scripts/tried.ts: rendered into data- attributes. */
    triedCopied: 'Copied what you have tried.',
    /** The text of "What you've tried" (src/lib/troubleshooter/tried-text.ts). */
    triedText: {
      heading: 'What I have tried (iPhone not backing up to iCloud):',
      recommended: (fix: string) => `Recommended fix: ${fix}`,
      link: (url: string) => `My answers and the fix: ${url}`,
    },
    triedNotCopied: 'Could not copy. Select the text above and copy it.',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Start from the list of fixes or search them.',
    unknownId: 'No article has the ID',
    summary: 'There is no page at this address. It may have been mistyped, or the link may be incomplete.',
    lookingFor: 'Were you looking for …',
    matchStart: 'Pages that match “',
    matchEnd: '”, from the words of this address:',
    homeLink: 'Go to the home page',
    homeEnd: 'and follow the fixes in order.',
    searchLink: 'Search the fixes',
    searchEnd: 'for a word or an alert you see.',
    fixesLink: 'See all fixes',
    byId: 'Articles by ID',
    shortLinksStart: 'Short links look like',
    /** After the example and a full stop. */
    shortLinksEnd: 'If yours has an ID, in capitals or not, here is each article by its ID:',
  },
  home: {
    description:
      "Your iPhone won't back up to iCloud? Find the cause and the fix: Wi-Fi and power, storage, your Apple Account, restrictions, a slow backup. Safest first.",
    heading: "iPhone won't back up to iCloud?",
    summary: 'Find what stops the backup and fix it, safest first.',
    start: 'Find my fix',
    startNote: 'A few questions, then the fix that fits.',
    searchName: 'Fixes and alerts',
    searchLabel: 'Search fixes and alerts',
    searchPlaceholder: 'Or type the alert',
    safetyReason:
      'While iCloud Backup fails, you may have no copy of your data. Before any step that can delete data or reset settings, back up to a computer:',
    alertStart: 'Seeing an alert?',
    alertLink: 'Look up what it means',
    alertEnd: 'and which fixes to try.',
    reasonsIntro: 'An iCloud backup can stop for any of these reasons:',
    /** The causes, each as [bold lead, the rest]. */
    reasons: [
      [
        'The connection or power drops.',
        'Backups usually need Wi-Fi, and the automatic one runs only while the iPhone charges and is locked.',
      ],
      ['The backup is slow or stuck.', 'A large backup on a slow network can take hours, or sit on “Estimating time remaining”.'],
      [
        "The next backup doesn't fit.",
        'It needs more room than is free in iCloud, whether your own storage is full or a family plan you share has filled up.',
      ],
      ["Apple's servers have a problem.", 'Nothing on your iPhone will fix that.'],
      ['iOS is out of date.', "An update brings Apple's latest fixes."],
      ['A restriction blocks it.', 'On a work or school iPhone, or with Screen Time restrictions, Back Up Now can be gray or missing.'],
      ['Your Apple Account needs attention.', 'A changed password or an unconfirmed email address can stop iCloud.'],
    ] as [string, string][],
    fixesHeading: 'Fixes, in the order to try them',
    fixesIntro:
      'Start at the top: the first fixes are quick and change nothing. A later fix that can change settings or delete data says so, and how to keep a copy first. Each article ends with the next one to try.',
  },
  fixesPage: {
    title: "All fixes for an iPhone that won't back up to iCloud",
    description: (count: number) =>
      `All ${count} fixes for an iPhone that won't back up to iCloud, in the order to try them: quick checks first, contacting Apple last.`,
    heading: 'All fixes',
    summary: 'Try them in this order. Each one says how to tell it worked.',
    safetyReason: 'Some fixes can delete data or reset settings. Before those, keep a copy on a computer:',
  },
  alertsPage: {
    title: 'iCloud Backup alerts and what they mean',
    description:
      'The alerts an iPhone shows when iCloud Backup fails, with what each one means and the fixes to try, in order. Exact words where they are known.',
    heading: 'iCloud Backup alerts',
    summary: 'Find the message your iPhone shows, then follow the fixes for it in order.',
  },
  alertPage: {
    /** `exact`: the title is the alert's exact words (wording "reported"), so it is quoted. */
    title: (title: string, exact: boolean) => (exact ? `“${title}” on iPhone: what it means` : `${title} on iPhone: what this alert means`),
    description: (title: string, exact: boolean) =>
      exact
        ? `What the iPhone alert “${title}” means and the fixes to try, in order.`
        : `What this iPhone alert (${title}) means and the fixes to try, in order.`,
    plainText: 'Plain text',
    quotedFrom: 'Quoted from',
    /** On a translation of an alert quoted in English: before the English words. */
    inEnglish: 'On an iPhone set to English, it is quoted as',
    whatItMeans: 'What it means',
    fixesToTry: 'Fixes to try, in order',
  },
  searchPage: {
    title: 'Search',
    description:
      "Search every fix for an iPhone that won't back up to iCloud, by topic, by the words of an alert, or by what you see on screen.",
    heading: 'Search the fixes',
    formName: 'Fixes',
    inputLabel: 'Search for',
    noScriptLead: 'Search needs JavaScript',
    /** After the bold lead and a comma. */
    noScriptRest: 'and it is off in this browser. These work without it:',
    troubleshooterLink: 'Answer a few questions',
    troubleshooterEnd: 'to find the fix that fits.',
    alertsLink: 'Look up the alert',
    alertsEnd: 'your iPhone shows.',
    fixesLink: 'See every fix',
    fixesEnd: 'in the order to try them, or browse them by topic below.',
    browse: 'Browse by topic',
  },
  settingsPage: {
    title: 'Settings paths',
    description:
      'Every Settings path this site uses, drawn as taps and as plain text, with its labels by iOS version, their sources, and the pages that use it.',
    summary: (range: string) =>
      `Every Settings path on this site, grouped by the screen it starts from, for ${range}. Each is shown as the taps a reader makes and as plain text for a reply. Where Apple's wording differs between versions or models, the other label is given beside the current one. The build checks every path in the articles, alerts and troubleshooter against this list.`,
    counts: (paths: number, entries: number) => `${paths} paths, from ${entries} screens and controls.`,
    plainText: 'Plain text:',
    usedOn: 'Used on:',
    labelsHeading: 'Labels by iOS version, with their sources',
    sourcesNote:
      "In brackets, how sure each label is: “Apple's own page”; “Apple's text as quoted elsewhere”; “third-party sources only”, when no Apple page was found, so the site says no more than those sources do; “no source found”, when the label could not be checked: compare it with the screen.",
    screenOrControl: 'Screen or control',
    label: 'Label',
    shownOn: 'Shown on',
    source: 'Source',
    /** What a row's label is, beside the entry's kind. */
    what: { label: 'label', 'other label': 'other label', 'text under the name': 'text under the name' } as Record<string, string>,
    topRow: (name: string) => `${name} (the top row)`,
    onModels: (models: string) => `on ${models}`,
    someVersions: 'some versions (the sources do not say which)',
    /** How sure the vocabulary is of a label (src/lib/settings/settings-vocabulary.ts). */
    confidence: {
      apple: "Apple's own page",
      'apple-quoted': "Apple's text as quoted elsewhere",
      'third-party': 'third-party sources only',
      unconfirmed: 'no source found',
    } satisfies Record<Confidence, string>,
  },
};
