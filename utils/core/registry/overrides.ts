import { AGGREGATOR_HOSTS } from './aggregator-hosts';
import type { OutletKind } from './types';

/**
 * Hand corrections to the built registry, applied at lookup time (they win
 * over `outlets.json`, host by host). One row per host, each with why: the
 * source lists miss wire services, press-release wires, aggregators and
 * platforms, name some outlets by an abbreviation, a call sign or an edition,
 * and give no kind for most national outlets.
 */
export type OverrideRow = readonly [host: string, name: string, kind: OutletKind | null, aliases?: readonly string[]];

const HAND_ROWS: readonly OverrideRow[] = [
  // Wire services: credited on other outlets' pages; the lists miss them or use the short form.
  ['apnews.com', 'Associated Press', 'wire', ['AP', 'The Associated Press', 'Associated Press News', 'AP News']], // the-markup: "AP", fundus: "Associated Press News"
  ['ap.org', 'Associated Press', 'wire', ['AP', 'The Associated Press']], // AP's corporate site
  ['reuters.com', 'Reuters', 'wire', ['Thomson Reuters']], // no kind in the sources
  ['afp.com', 'AFP', 'wire', ['Agence France-Presse', 'Agence France Presse']], // missing from the lists
  ['upi.com', 'UPI', 'wire', ['United Press International']], // missing from the lists
  ['dpa.com', 'dpa', 'wire', ['Deutsche Presse-Agentur']], // missing from the lists
  ['efe.com', 'EFE', 'wire', ['Agencia EFE']], // missing from the lists
  ['ansa.it', 'ANSA', 'wire', ['Agenzia ANSA']], // no kind in the sources
  ['aa.com.tr', 'Anadolu Agency', 'wire', ['Anadolu Ajansı', 'AA']], // fundus: the Turkish name only
  ['kyodonews.net', 'Kyodo News', 'wire', ['Kyodo']], // missing from the lists
  ['xinhuanet.com', 'Xinhua', 'wire', ['Xinhua News Agency']], // missing from the lists
  ['news.cn', 'Xinhua', 'wire', ['Xinhua News Agency']], // Xinhua's newer address
  ['tass.com', 'TASS', 'wire', ['Russian News Agency TASS']], // missing from the lists
  ['ptinews.com', 'Press Trust of India', 'wire', ['PTI']], // missing from the lists
  ['aap.com.au', 'AAP', 'wire', ['Australian Associated Press']], // missing from the lists
  ['thecanadianpress.com', 'The Canadian Press', 'wire', ['Canadian Press', 'CP']], // missing from the lists
  ['en.yna.co.kr', 'Yonhap News Agency', 'wire', ['Yonhap']], // missing from the lists
  ['yna.co.kr', 'Yonhap News Agency', 'wire', ['Yonhap']], // Yonhap's Korean site
  ['bernama.com', 'Bernama', 'wire', []], // missing from the lists
  ['europapress.es', 'Europa Press', 'wire', []], // no kind in the sources
  ['bloomberg.com', 'Bloomberg', 'wire', ['Bloomberg News']], // syndicated like a wire; no kind in the sources

  // Press-release wires: the company wrote it; the outlet is the wire, never the portal reposting it.
  ['prnewswire.com', 'PR Newswire', 'press-release', ['PRNewswire', 'Cision PR Newswire']], // missing from the lists
  ['prnewswire.co.uk', 'PR Newswire', 'press-release', ['PRNewswire']], // its UK site
  ['businesswire.com', 'Business Wire', 'press-release', ['BusinessWire']], // missing from the lists
  ['globenewswire.com', 'GlobeNewswire', 'press-release', ['GlobeNewswire by notified', 'Globe Newswire']], // missing from the lists
  ['accesswire.com', 'ACCESSWIRE', 'press-release', ['Accesswire', 'ACCESS Newswire']], // missing from the lists
  ['newswire.ca', 'Canada Newswire', 'press-release', ['CNW', 'CNW Group', 'Cision Canada']], // Cision's Canadian wire
  ['prweb.com', 'PRWeb', 'press-release', []], // missing from the lists
  ['einpresswire.com', 'EIN Presswire', 'press-release', ['EINPresswire']], // missing from the lists
  ['newsfilecorp.com', 'Newsfile', 'press-release', ['Newsfile Corp']], // missing from the lists
  ['prlog.org', 'PRLog', 'press-release', []], // missing from the lists
  ['openpr.com', 'openPR', 'press-release', []], // missing from the lists
  ['presseportal.de', 'news aktuell', 'press-release', ['Presseportal', 'ots']], // dpa's German release wire
  ['ots.at', 'APA-OTS', 'press-release', ['OTS']], // the Austrian release wire

  // Platforms: the host is not the outlet; the newsletter or blog on it is.
  ['medium.com', 'Medium', 'platform', []], // blogs under medium.com/@author
  ['substack.com', 'Substack', 'platform', []], // newsletters on *.substack.com (each its own site)
  ['blogspot.com', 'Blogger', 'platform', ['Blogspot']], // blogs on *.blogspot.com (each its own site)
  ['blogger.com', 'Blogger', 'platform', []], // Google's blog platform
  ['wordpress.com', 'WordPress', 'platform', ['WordPress.com']], // blogs on *.wordpress.com (each its own site)
  ['tumblr.com', 'Tumblr', 'platform', []], // blogs on *.tumblr.com
  ['ghost.io', 'Ghost', 'platform', []], // newsletters on *.ghost.io
  ['beehiiv.com', 'beehiiv', 'platform', []], // newsletters on *.beehiiv.com
  ['facebook.com', 'Facebook', 'platform', []], // LocalNewsDataset gives some outlets' Facebook pages as their site
  ['x.com', 'X', 'platform', ['Twitter']], // posts, not outlets
  ['twitter.com', 'X', 'platform', ['Twitter']], // X's old address
  ['youtube.com', 'YouTube', 'platform', []], // channels, not outlets
  ['issuu.com', 'Issuu', 'platform', []], // LocalNewsDataset gives some papers' Issuu pages as their site
  ['reddit.com', 'Reddit', 'platform', []], // link posts and comment threads
  ['nwaonline.com', 'Northwest Arkansas Democrat-Gazette', 'newspaper', ['NWA Democrat-Gazette']], // the lists name only its weeklies

  // Sub-brands and TV brands the lists name by the parent, the call sign or the domain.
  ['nation.foxnews.com', 'Fox Nation', 'digital', []], // Fox News's subscription brand, credited as such
  ['foxnews.com', 'Fox News', 'broadcaster', ['Fox News Channel', 'FNC']], // no kind in the sources
  ['foxbusiness.com', 'Fox Business', 'broadcaster', ['Fox Business Network', 'FBN']], // no kind in the sources
  ['fox2now.com', 'FOX 2 St. Louis', 'broadcaster', ['KTVI', 'FOX 2', 'Fox2Now']], // the-markup: "Fox2Now"
  ['ktvu.com', 'KTVU FOX 2', 'broadcaster', ['KTVU', 'FOX 2']], // the name rule keeps only "Fox 2"
  ['13abc.com', '13 ABC', 'broadcaster', ['WTVG', '13abc']], // the-markup: the call sign only
  ['abcnews.go.com', 'ABC News', 'broadcaster', []], // missing from the lists
  ['abcnews.com', 'ABC News', 'broadcaster', []], // ABC News's short address
  ['abc.net.au', 'ABC News', 'broadcaster', ['ABC', 'Australian Broadcasting Corporation']], // Australia's public broadcaster
  ['cnn.com', 'CNN', 'broadcaster', ['CNN International']], // no kind in the sources
  ['nbcnews.com', 'NBC News', 'broadcaster', ['NBC']], // no kind in the sources
  ['cbsnews.com', 'CBS News', 'broadcaster', ['CBS']], // no kind in the sources
  ['msnbc.com', 'MSNBC', 'broadcaster', []], // no kind in the sources
  ['cnbc.com', 'CNBC', 'broadcaster', []], // no kind in the sources
  ['npr.org', 'NPR', 'broadcaster', ['National Public Radio']], // no kind in the sources
  ['pbs.org', 'PBS', 'broadcaster', ['PBS NewsHour']], // no kind in the sources
  ['bbc.co.uk', 'BBC', 'broadcaster', ['BBC News', 'The BBC']], // fundus: "The BBC"
  ['bbc.com', 'BBC', 'broadcaster', ['BBC News', 'The BBC']], // BBC's international address
  ['dw.com', 'Deutsche Welle', 'broadcaster', ['DW']], // the-markup: "DW Afrique", one edition
  ['france24.com', 'France 24', 'broadcaster', ['FRANCE 24']], // the-markup: the Arabic edition's name
  ['aljazeera.com', 'Al Jazeera', 'broadcaster', ['Al Jazeera English', 'AJE']], // the-markup: its English channel
  ['rt.com', 'RT', 'broadcaster', ['Russia Today']], // the-markup: "RT Arabic", one edition
  ['ndtv.com', 'NDTV', 'broadcaster', ['NDTV India']], // the-markup: its Hindi channel's name
  ['news18.com', 'News18', 'broadcaster', ['News18 India']], // the-markup: one channel's name
  ['nhk.or.jp', 'NHK', 'broadcaster', ['NHK World', 'Japan Broadcasting Corporation']], // missing from the lists
  ['cbc.ca', 'CBC News', 'broadcaster', ['CBC']], // no kind in the sources
  ['ctvnews.ca', 'CTV News', 'broadcaster', ['CTV']], // no kind in the sources
  ['globalnews.ca', 'Global News', 'broadcaster', []], // no kind in the sources
  ['channelnewsasia.com', 'CNA', 'broadcaster', ['Channel NewsAsia']], // no kind in the sources
  ['voanews.com', 'Voice of America', 'broadcaster', ['VOA']], // fundus: "Voice Of America"
  ['skynews.com', 'Sky News', 'broadcaster', []], // no kind in the sources
  ['news.sky.com', 'Sky News', 'broadcaster', []], // Sky News's article host
  ['euronews.com', 'Euronews', 'broadcaster', []], // no kind in the sources

  // Outlets the lists miss, or name by their domain or an older name.
  ['engadget.com', 'Engadget', 'digital', []], // missing from the lists
  ['brides.com', 'Brides', 'magazine', []], // missing from the lists
  ['straitstimes.com', 'The Straits Times', 'newspaper', ['Straits Times']], // missing from the lists
  ['medicaldaily.com', 'Medical Daily', 'digital', []], // missing from the lists
  ['ft.com', 'Financial Times', 'newspaper', ['FT', 'The Financial Times']], // missing from the lists
  ['huffpost.com', 'HuffPost', 'digital', ['The Huffington Post', 'Huffington Post']], // missing from the lists
  ['huffingtonpost.com', 'HuffPost', 'digital', ['The Huffington Post', 'Huffington Post']], // HuffPost's old address
  ['businessinsider.com', 'Business Insider', 'digital', ['Insider']], // no kind in the sources
  ['slate.com', 'Slate', 'digital', []], // missing from the lists
  ['theverge.com', 'The Verge', 'digital', []], // no kind in the sources
  ['techcrunch.com', 'TechCrunch', 'digital', []], // no kind in the sources
  ['arstechnica.com', 'Ars Technica', 'digital', []], // no kind in the sources
  ['axios.com', 'Axios', 'digital', []], // no kind in the sources
  ['vox.com', 'Vox', 'digital', []], // no kind in the sources
  ['propublica.org', 'ProPublica', 'digital', []], // no kind in the sources
  ['nytimes.com', 'The New York Times', 'newspaper', ['New York Times', 'NYT', 'NYTimes']], // no kind in the sources
  ['washingtonpost.com', 'The Washington Post', 'newspaper', ['Washington Post', 'WaPo']], // fundus drops "The"
  ['wsj.com', 'The Wall Street Journal', 'newspaper', ['Wall Street Journal', 'WSJ']], // aliases
  ['usatoday.com', 'USA Today', 'newspaper', ['USA TODAY']], // no kind in the sources
  ['latimes.com', 'Los Angeles Times', 'newspaper', ['LA Times', 'L.A. Times']], // no kind in the sources
  ['nypost.com', 'New York Post', 'newspaper', ['NY Post']], // no kind in the sources
  ['theguardian.com', 'The Guardian', 'newspaper', ['Guardian']], // no kind in the sources
  ['telegraph.co.uk', 'The Telegraph', 'newspaper', ['The Daily Telegraph']], // no kind in the sources
  ['independent.co.uk', 'The Independent', 'digital', ['Independent']], // online-only since 2016
  ['inews.co.uk', 'The i Paper', 'newspaper', ['inews', 'i newspaper']], // fundus: "i"
  ['dailymail.co.uk', 'Daily Mail', 'newspaper', ['Mail Online', 'MailOnline']], // no kind in the sources
  ['thetimes.co.uk', 'The Times', 'newspaper', []], // no kind in the sources
  ['thetimes.com', 'The Times', 'newspaper', []], // The Times's newer address
  ['economist.com', 'The Economist', 'magazine', ['Economist']], // no kind in the sources
  ['time.com', 'Time', 'magazine', ['TIME']], // no kind in the sources
  ['newsweek.com', 'Newsweek', 'magazine', []], // no kind in the sources
  ['theatlantic.com', 'The Atlantic', 'magazine', []], // no kind in the sources
  ['newyorker.com', 'The New Yorker', 'magazine', []], // no kind in the sources
  ['spiegel.de', 'Der Spiegel', 'magazine', ['Spiegel', 'Spiegel Online', 'SPIEGEL']], // fundus: its old web name
  ['timesofindia.indiatimes.com', 'The Times of India', 'newspaper', ['Times of India', 'TOI']], // fundus: "Times Of India"
  ['people.com.cn', "People's Daily", 'newspaper', ["People's Daily Online"]], // fundus: "People"
  ['en.people.cn', "People's Daily", 'newspaper', ["People's Daily Online"]], // its English site
  ['scmp.com', 'South China Morning Post', 'newspaper', ['SCMP']], // no kind in the sources
  ['japantimes.co.jp', 'The Japan Times', 'newspaper', ['Japan Times']], // no kind in the sources
  ['smh.com.au', 'The Sydney Morning Herald', 'newspaper', ['Sydney Morning Herald', 'SMH']], // no kind in the sources
  ['nola.com', 'The Times-Picayune', 'newspaper', ['NOLA.com', 'The Times-Picayune | The New Orleans Advocate']], // the-markup: "The Advocate"
  ['wickedlocal.com', 'Wicked Local', 'newspaper', []], // LocalNewsDataset lists one of its many papers for the domain
  ['bostonglobe.com', 'The Boston Globe', 'newspaper', ['Boston Globe']], // missing from the lists
  ['nydailynews.com', 'New York Daily News', 'newspaper', ['Daily News', 'NY Daily News']], // missing from the lists
  ['marketwatch.com', 'MarketWatch', 'digital', []], // missing from the lists
  ['fortune.com', 'Fortune', 'magazine', []], // missing from the lists
  ['people.com', 'People', 'magazine', []], // missing from the lists (soft news there)
  ['csmonitor.com', 'The Christian Science Monitor', 'newspaper', ['Christian Science Monitor', 'CSM']], // missing from the lists
  ['theage.com.au', 'The Age', 'newspaper', []], // missing from the lists
  ['nzherald.co.nz', 'The New Zealand Herald', 'newspaper', ['NZ Herald', 'New Zealand Herald']], // missing from the lists
  ['usnews.com', 'U.S. News & World Report', 'magazine', ['U.S. News', 'US News']], // the-markup spells out "and"
  ['vice.com', 'Vice', 'digital', ['VICE', 'VICE News', 'Vice News']], // the-markup: its news section's name
  ['politico.com', 'Politico', 'digital', ['POLITICO']], // the capitals are its logo's style
  ['theadvocate.com', 'The Advocate', 'newspaper', ['The Advocate (Baton Rouge)']], // the-markup: "NOLA.com", its sister site
  ['cincinnati.com', 'The Cincinnati Enquirer', 'newspaper', ['Cincinnati Enquirer', 'Enquirer']], // the-markup: a tagline
  ['ibnlive.com', 'News18', 'broadcaster', ['IBN Live']], // the-markup: its cricket section; ibnlive.com became News18
  ['wsfa.com', 'WSFA 12 News', 'broadcaster', ['WSFA']], // the-markup: a local paper's name
  ['udn.com', 'United Daily News', 'newspaper', ['聯合新聞網', 'udn']], // the-markup: the domain and the Chinese name
  ['boston.com', 'Boston.com', 'digital', []], // the-markup: "Boston.com Neighborhoods", one section; the brand is its address
  ['houstonchronicle.com', 'Houston Chronicle', 'newspaper', []], // the-markup: its sports section
  ['jsonline.com', 'Milwaukee Journal Sentinel', 'newspaper', ['Journal Sentinel']], // the-markup: a magazine on the same domain
  ['star-telegram.com', 'Fort Worth Star-Telegram', 'newspaper', ['Star-Telegram']], // the-markup: a weekly on the same domain
  ['inquirer.net', 'Philippine Daily Inquirer', 'newspaper', ['INQUIRER.net', 'Inquirer']], // the-markup: its tabloid "Bandera"
  ['azcentral.com', 'The Arizona Republic', 'newspaper', ['azcentral', 'Arizona Republic']], // the-markup: the site's short name
  ['folha.uol.com.br', 'Folha de S.Paulo', 'newspaper', ['Folha']], // a paper on its portal's domain (UOL)
  ['g1.globo.com', 'g1', 'digital', []], // Globo's news site
  ['oglobo.globo.com', 'O Globo', 'newspaper', []], // Globo's newspaper
  ['20min.ch', '20 Minuten', 'newspaper', ['20min', 'Zwanzig Minuten']], // fundus spells the number out
  ['orf.at', 'ORF', 'broadcaster', ['Österreichischer Rundfunk']], // fundus: the long form
  ['asahi.com', 'The Asahi Shimbun', 'newspaper', ['Asahi Shimbun', 'Asahi']], // fundus drops "The"
  ['cleveland.com', 'Cleveland.com', 'digital', ['The Plain Dealer']], // the-markup: the domain only; the brand is its address
  ['irishtimes.com', 'The Irish Times', 'newspaper', ['Irish Times']], // missing from the lists
  ['haaretz.com', 'Haaretz', 'newspaper', []], // missing from the lists
  ['timesofisrael.com', 'The Times of Israel', 'digital', ['Times of Israel']], // missing from the lists
  ['dawn.com', 'Dawn', 'newspaper', []], // missing from the lists
  ['thestar.com', 'Toronto Star', 'newspaper', ['The Star']], // missing from the lists
  ['bangkokpost.com', 'Bangkok Post', 'newspaper', []], // missing from the lists
  ['koreaherald.com', 'The Korea Herald', 'newspaper', ['Korea Herald']], // missing from the lists
  ['news.com.au', 'news.com.au', 'digital', []], // missing from the lists; the brand is its address
  ['rnz.co.nz', 'RNZ', 'broadcaster', ['Radio New Zealand']], // missing from the lists
  ['huffingtonpost.de', 'HuffPost Deutschland', 'digital', ['HuffPost']], // the-markup: one of its sections
  ['capital.com.pe', 'Radio Capital', 'broadcaster', []], // the-markup: its sister station RPP
  ['rpp.pe', 'RPP Noticias', 'broadcaster', ['RPP']], // the sister station itself
  ['24-horas.mx', '24 Horas', 'newspaper', []], // the-markup: name and tagline
  ['20minutos.es', '20minutos', 'newspaper', []], // the-markup: the domain only
  ['ad.nl', 'Algemeen Dagblad', 'newspaper', ['AD']], // the-markup: the domain only
];

/**
 * Kinds for well-known outlets the lists name right but give no kind (LocalNewsDataset covers
 * US local outlets only). The built name stays.
 */
export const KIND_ROWS: readonly (readonly [host: string, kind: OutletKind])[] = [
  ...(
    [
      'chicagotribune.com',
      'mirror.co.uk',
      'thesun.co.uk',
      'express.co.uk',
      'standard.co.uk',
      'lemonde.fr',
      'lefigaro.fr',
      'liberation.fr',
      'elpais.com',
      'elmundo.es',
      'lavanguardia.com',
      'zeit.de',
      'welt.de',
      'taz.de',
      'corriere.it',
      'repubblica.it',
      'lastampa.it',
      'hindustantimes.com',
      'thehindu.com',
      'indianexpress.com',
      'theglobeandmail.com',
      'nationalpost.com',
      'torontostar.com',
      'thestar.com',
      'irishtimes.com',
      'haaretz.com',
      'jpost.com',
      'dawn.com',
      'yomiuri.co.jp',
      'japannews.yomiuri.co.jp',
      'theaustralian.com.au',
      'heraldsun.com.au',
      'philly.com',
      'inquirer.com',
      'dallasnews.com',
      'houstonchronicle.com',
      'seattletimes.com',
      'startribune.com',
      'denverpost.com',
      'ajc.com',
      'miamiherald.com',
      'tampabay.com',
      'sfgate.com',
      'mercurynews.com',
      'baltimoresun.com',
      'courant.com',
      'washingtontimes.com',
      'thehill.com',
      'nation.com.pk',
      'bangkokpost.com',
      'thestar.com.my',
      'inquirer.net',
      'koreaherald.com',
      'koreatimes.co.kr',
      'taipeitimes.com',
      'aftonbladet.se',
      'expressen.se',
      'vg.no',
      'abc.es',
    ] as const
  ).map(
    (host) => [host, 'newspaper'] as const, // national and big-city papers
  ),
  ...(
    [
      'forbes.com',
      'wired.com',
      'rollingstone.com',
      'thenation.com',
      'nationalreview.com',
      'motherjones.com',
      'newrepublic.com',
      'reason.com',
      'harpers.org',
      'vanityfair.com',
      'nymag.com',
      'stern.de',
      'focus.de',
      'scientificamerican.com',
      'nationalgeographic.com',
      'foreignpolicy.com',
      'variety.com',
    ] as const
  ).map(
    (host) => [host, 'magazine'] as const, // magazines in print, or born as one
  ),
  ...(
    [
      'theintercept.com',
      'buzzfeednews.com',
      'buzzfeed.com',
      'salon.com',
      'thedailybeast.com',
      'dailycaller.com',
      'breitbart.com',
      'mediaite.com',
      'rawstory.com',
      'theweek.com',
      'qz.com',
      'mashable.com',
      'gizmodo.com',
      'thewrap.com',
      'deadline.com',
      'restofworld.org',
      'semafor.com',
      'thefp.com',
      'scroll.in',
      'thewire.in',
      'theprint.in',
      'rappler.com',
      'malaysiakini.com',
      'dailykos.com',
      'occupydemocrats.com',
      'thegatewaypundit.com',
      'freebeacon.com',
      'newsmax.com',
      'zerohedge.com',
    ] as const
  ).map(
    (host) => [host, 'digital'] as const, // online-only outlets
  ),
  ...(
    [
      'rtve.es',
      'tagesschau.de',
      'zdf.de',
      'ndr.de',
      'br.de',
      'mdr.de',
      'wdr.de',
      'srf.ch',
      'orf.at',
      'nrk.no',
      'svt.se',
      'yle.fi',
      'rte.ie',
      'itv.com',
      'channel4.com',
      'n-tv.de',
      'lbcgroup.tv',
      'lrt.lt',
      'sbs.com.au',
      'nine.com.au',
      'rfi.fr',
      'francetvinfo.fr',
      'geo.tv',
      'arynews.tv',
      'wionews.com',
    ] as const
  ).map(
    (host) => [host, 'broadcaster'] as const, // radio and TV news
  ),
];

/** The aggregators, from the detector's small list, so both always agree. */
const AGGREGATOR_ROWS: readonly OverrideRow[] = Object.entries(AGGREGATOR_HOSTS).map(([host, name]) => [host, name, 'aggregator'] as const);

export const OVERRIDES: readonly OverrideRow[] = [...AGGREGATOR_ROWS, ...HAND_ROWS];
