import { MAX_RELATIVE_TIME_CHARS, MAX_TIMED_LABEL_CHARS } from './tuning';

/**
 * The words pages use around feeds, promos and attribution. Kept in one place
 * so a newcomer can add a language or a phrasing without touching the stages.
 * Every pattern is tested against collapsed, trimmed text.
 */

/** "3 minutes ago", "vor 5 Minuten", "il y a 2 heures", "hace 3 horas", "Yesterday", "Just now". */
export const RELATIVE_TIME =
  /^(?:(?:about |an? |\d+\s*)(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago|(?:just now|yesterday|today|now)|vor\s+(?:einer?|\d+)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)|il y a\s+(?:une?|\d+)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois)|hace\s+(?:una?|\d+)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|meses?)|há\s+\d+\s+(?:minutos?|horas?|dias?)|\d+\s*(?:m|h|d)|\d+\s+(?:minuti|ore|giorni)\s+fa|منذ\s+\S+(?:\s+\S+)?|לפני\s+\S+(?:\s+\S+)?)$/i;

/** Whether a short text is a relative time, which must never become a date. */
export function isRelativeTime(text: string): boolean {
  return text.length <= MAX_RELATIVE_TIME_CHARS && RELATIVE_TIME.test(text);
}

/** Separators between a card's labels: "Outlet • 2h ago", "Outlet · 3d". */
export const LABEL_SEPARATOR = /\s*[•·|–—]\s*|\s+-\s+/;

/** Whether a short label is, or carries, a relative time ("Outlet • 2h ago"). */
export function hasRelativeTime(text: string): boolean {
  if (text.length > MAX_TIMED_LABEL_CHARS) return false;
  return isRelativeTime(text) || text.split(LABEL_SEPARATOR).some((part) => isRelativeTime(part.trim()));
}

/**
 * Headings above a feed of other stories. Matched against the heading's whole
 * text, so an article subheading that merely contains "related" is safe.
 */
export const FEED_HEADING = new RegExp(
  '^(?:' +
    [
      'related(?: articles?| stories| news| content| coverage| posts| reading| links| topics)?',
      'more (?:from|on|in|about|by|stories|news|articles|headlines|to (?:read|explore)|like this|for you|top stories)\\b.*',
      '(?:you|we think you) (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in)',
      'recommended(?: for you| stories| articles| reading| videos)?',
      'latest(?: stories| news| articles| headlines| updates)?',
      'latest (?:from|on|in|at) .*',
      '(?:recent|more recent|latest) (?:(?:stories|posts|articles) )?(?:from|by) .*',
      'top (?:stories|news|headlines)',
      'trending(?: now| stories| news| topics| articles)?',
      'most (?:read|popular|viewed|shared|commented|recent)(?: (?:stories|articles|news))?',
      'popular(?: now| stories| articles| on .*)?',
      '(?:up|read|watch) next',
      'what to read next',
      'next (?:article|story|up)',
      'similar (?:news|articles|stories)',
      'also (?:on|in|from) .*',
      'around the (?:web|site)',
      'from (?:our|the) (?:partners?|network|web)',
      '(?:sponsored|promoted|partner)(?: content| stories| links| articles)?',
      'paid (?:content|post)',
      'further reading',
      'in other news',
      "don'?t miss",
      "editor'?s? (?:picks?|choice)",
      'keep reading',
      'continue reading',
      'you might have missed',
      'more headlines',
      'read more (?:news|stories|articles|headlines|from .*)',
      'full coverage',
      'coverage',
      'news coverage',
      'other sources',
      'ähnliche (?:artikel|nachrichten|themen)',
      'mehr (?:zum thema|aus|von|nachrichten|artikel).*',
      'weitere (?:artikel|nachrichten|themen).*',
      'das könnte sie (?:auch )?interessieren',
      'empfohlene artikel',
      'neueste (?:artikel|nachrichten)',
      'meistgelesen',
      'sur le même sujet',
      'à lire aussi',
      'a lire aussi',
      'articles? similaires?',
      'dans la même rubrique',
      'les plus lus',
      "plus d'actualités",
      'noticias relacionadas',
      'te puede interesar',
      'lo más leído',
      'más noticias',
      'notizie correlate',
      'leia também',
      'mais lidas',
      'أخبار ذات صلة',
      'مقالات ذات صلة',
      'اقرأ أيضا',
      'اقرأ أيضاً',
      'الأكثر قراءة',
      'כתבות נוספות',
      'עוד באתר',
      'כתבות קשורות',
      'gerelateerde artikelen',
      'meer nieuws',
      'meest gelezen',
      'ilgili haberler',
      'benzer haberler',
      'en çok okunanlar',
      'похожие (?:статьи|новости|материалы)',
      'новости по теме',
      'другие новости',
      'самое (?:читаемое|популярное)',
      'artículos relacionados',
      'notícias relacionadas',
      'veja também',
      'potrebbe interessarti',
      'i più letti',
      // Chinese (traditional and simplified), Japanese, Korean: labels are whole words without spaces.
      '(?:相關|相关|延伸|推薦|推荐|熱門|热门|更多)(?:新聞|新闻|文章|閱讀|阅读|報導|报道)',
      '(?:您|你)可能(?:也)?(?:感興趣|感兴趣|喜歡|喜欢|會喜歡|会喜欢)',
      '猜你喜歡',
      '猜你喜欢',
      '(?:関連|おすすめの?|人気の?|最新の?)(?:記事|ニュース)',
      'こちらもおすすめ',
      'あわせて読みたい',
      '(?:관련|추천|인기|최신|많이 ?본) ?(?:기사|뉴스)',
    ].join('|') +
    ')\\s*[:：»›>.…]*$',
  'i',
);

/**
 * Headings of site-wide lists (what is trending or most read across the
 * site). They are cut like feeds but not offered as this story's related
 * links: they are not about it.
 */
export const SITEWIDE_HEADING =
  /^(?:trending(?: now| stories| news| topics| articles)?|most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|news|now|today))?|popular(?: now| stories| articles| today)?|top (?:stories|news|headlines)|editor'?s? (?:picks?|choice)|don'?t miss|meistgelesen|les plus lus|lo más leído|mais lidas|الأكثر قراءة)\s*[:»›>]*$/i;

/** Headings above comment threads. */
export const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:comments?|reader comments|leave a (?:comment|reply)|join the (?:conversation|discussion)|discussion|responses?|kommentare?|commentaires?|comentarios?|commenti|التعليقات|תגובות)(?:\s*\(\d+\))?\s*:?$/i;

/** Headings above tag clouds. */
export const TAGS_HEADING = /^(?:hashtags?|tags?|topics?|keywords?|schlagwörter|themen|mots[- ]clés|etiquetas)\s*:?$/i;

/** Headings of promo boxes: newsletters, apps, AI features, subscriptions. */
export const PROMO_HEADING =
  /^(?:try (?:our|the new) .*features?|try .* ai|(?:sign up|subscribe)(?: (?:for|to) (?:our|the) .*(?:newsletter|updates|alerts))?|(?:get|download) (?:our|the) (?:free )?app|(?:our|free|daily|weekly|the) newsletters?|newsletters?|follow us(?: on .*)?|share this(?: article| story)?|stay (?:informed|updated|in the know)|.*\bai (?:features|tools|assistant)\b.*)$/i;

/** The label over an ad slot. */
export const AD_LABEL = /^(?:advertisement|advertising|ad|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|إعلان|פרסומת)$/i;

/** A short lead-in that marks an inline promo card between paragraphs. */
export const INLINE_PROMO_PREFIX =
  /^(?:read (?:also|more|next)|also read|see also|related|recommended|more|watch|listen|read)\s*[:»›>|-]|^(?:lesen sie auch|mehr zum thema|auch interessant|lire aussi|à lire aussi|a lire aussi|voir aussi|lee también|leia também|leggi anche|اقرأ أيضا|קראו גם)\s*[:»›>|-]?/i;

/** Labels of buttons that reveal the rest of a collapsed article. */
export const STORY_CONTINUES =
  /^(?:story continues(?: below)?|continue reading|read (?:the )?(?:full|rest of the|more of this) (?:story|article)|show (?:full|more)(?: article| story)?|view (?:full|more) (?:article|story)|weiterlesen|die geschichte geht weiter|artikel weiterlesen|lire la suite|la suite de l'article|(?:la )?historia contin[uú]a|seguir leyendo|sigue leyendo|contin[uú]a leyendo|leia mais|continua a leggere|המשך הכתבה|تابع القراءة)(?=$|[\s.…»›:])/i;

/** Phrases that name the original outlet: "Originally published by X", "Source: X", "Read full story on X". */
/**
 * "Source: X" as newspapers print it in their languages, with the ASCII or the
 * full-width colon (CJK pages print "來源：X"). Labels only: the name after the
 * colon still goes through the validators.
 */
export const SOURCE_LABEL =
  /^(?:source(?:s| originale)?|quelle|fuente|fonte|bron|kaynak|źródło|источник|المصدر|מקור|來源|来源|出處|出处|出典|출처)\s*[:：]\s*/i;
export const SOURCE_LINE = new RegExp(`${SOURCE_LABEL.source}(.+?)[.。]?$`, 'i');

export const ATTRIBUTION_PHRASES: Array<{ signal: string; pattern: RegExp }> = [
  {
    signal: 'originally-published',
    pattern:
      /(?:this (?:article|story) )?(?:was )?originally (?:published|appeared|posted) (?:by|on|in|at)\s+(?:the (?:website|site) of\s+)?(.+?)(?:\s+(?:on|at)\s+\w+ \d{1,2},? \d{4}.*)?[.)]?$/i,
  },
  { signal: 'summary-by', pattern: /^(?:summary|summari[sz]ed|compiled|curated|ai summary) by\s+(.+?)\.?$/i },
  { signal: 'source-line', pattern: SOURCE_LINE },
  {
    signal: 'read-full-story',
    pattern:
      /^(?:(?:read|view|see) (?:the )?(?:full |original |complete |whole |entire )?(?:story|article|report|piece)|continue reading|read more)\s+(?:on|at|from|via)\s+(.+?)(?:\s*[»›>]+)?\.?$/i,
  },
  { signal: 'read-full-story', pattern: /^(?:weiterlesen|vollständigen artikel lesen) (?:auf|bei)\s+(.+?)\.?$/i },
  { signal: 'read-full-story', pattern: /^(?:lire (?:la suite|l'article complet)) (?:sur)\s+(.+?)\.?$/i },
  { signal: 'read-full-story', pattern: /^(?:this (?:article|story) (?:first )?appeared (?:on|in))\s+(.+?)\.?$/i },
];

/** Link texts that lead to the original article without naming it ("Read more »"). */
export const READ_MORE_LINK =
  /^(?:read (?:more|the full (?:story|article)|full (?:story|article)|original(?: article)?|at source)|full (?:story|article)|continue reading|weiterlesen|lire la suite|leer más|ler mais|اقرأ المزيد|להמשך הכתבה)\s*[»›>…]*\.?$/i;

/** Words that make "Name, X" look like an outlet rather than a second person. */
export const OUTLET_WORDS =
  /\b(?:news|times|post|journal|gazette|herald|tribune|courier|ledger|daily|press|media|insider|wire|report(?:er)?|magazine|mag|tv|radio|network|agency|review|observer|telegraph|chronicle|independent|express|mirror|guardian|standard|star|sun|mail|examiner|monitor|bulletin|dispatch|register|record|sentinel|globe|week(?:ly)?|today|online|digital|broadcasting|group|associated|reuters|bloomberg|afp|ap|bbc|cnn|cnbc|abc|cbs|nbc|npr|fox|zeitung|rundschau|anzeiger|nachrichten|kurier|le monde|journal|presse|el país|corriere)\b/i;

/** Byline noise: share labels, reading time, dates and the like. */
export const BYLINE_NOISE =
  /\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b.*$|\b(?:\d+\s*min(?:ute)?s? read|share(?: this)?|follow|updated?|published|posted|facebook|twitter|linkedin|email|print|comments?)\b.*$/i;

/** Classes and ids of comment threads and share widgets (word-bounded). */
export const COMMENT_CLASS =
  /(?:^|[\s_-])(?:comments|commentlist|comment-?list|comment-?section|comment-?thread|comments?-(?:area|container|wrapper|block)|disqus(?:_thread)?|discussion|replies)(?:$|[\s_-])/i;

/** Notes an aggregator adds to a story it summarizes or republishes. */
export const AGGREGATOR_NOTE =
  /^(?:(?:[\w ]{2,40}) may (?:earn|receive) an? (?:affiliate )?commission|we have summari[sz]ed this (?:news|article|story)|(?:does|did) this summary (?:seem|look) (?:wrong|off)|was this summary (?:helpful|useful)|this (?:summary|story|article) (?:was|is) (?:generated|written|summari[sz]ed) (?:by|with|using) (?:ai|an ai|artificial intelligence)|report (?:an? )?(?:issue|error|problem) with this summary|you can read the full (?:text|article|story) (?:here|at|on))/i;

/** "Tags: ...", "Topics: ...": a line of topic links. */
export const TAG_LIST_PREFIX = /^(?:tags?|topics?|keywords?|themen|schlagwörter|mots[- ]clés|etiquetas|tags associés)\s*:/i;

/** Classes of newsletter, app and subscription promos (word-bounded, so "subscriber-story" is safe). */
export const PROMO_CLASS =
  /(?:^|[\s_])(?:newsletter(?:-signup|-box|-promo|-cta|-modal)?|signup-box|subscribe-box|subscription-promo|app-promo|app-banner|paywall(?:-offer|-prompt|-box)?|promo-box|cta-box|donate-box|support-box)(?:$|[\s_])/i;
