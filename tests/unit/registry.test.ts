import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalOutletName, findOutletByName, isAggregatorHost, lookupOutlet, outletNameKey, registryStats } from '../../utils/core/registry';
import { AGGREGATOR_HOSTS, aggregatorHintOf, aggregatorNameOf, shortNameOfHost } from '../../utils/core/registry/aggregator-hosts';
import { KIND_ROWS, OVERRIDES } from '../../utils/core/registry/overrides';
import { KIND_CODES } from '../../utils/core/registry/types';
import type { RegistryData } from '../../utils/core/registry/types';
import { findSiteHint, nameFromHost } from '../../utils/core/extract/sites';
import { cleanName } from '../../scripts/registry/clean-name';
import { nameWithoutCountryTag, readFundus } from '../../scripts/registry/read-sources';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import data from '../../utils/core/registry/outlets.json';

const ROOT = resolve(__dirname, '../..');
const REGISTRY = data as RegistryData;

/**
 * Well-known hosts and the names the outlets credit themselves with, checked
 * by hand against what each outlet calls itself (masthead, logo, "About").
 * Rows marked (data) come from the built lists, the others from overrides.
 */
const CHECKED_HOSTS: [string, string][] = [
  ['apnews.com', 'Associated Press'],
  ['reuters.com', 'Reuters'],
  ['afp.com', 'AFP'],
  ['upi.com', 'UPI'],
  ['nytimes.com', 'The New York Times'],
  ['washingtonpost.com', 'The Washington Post'],
  ['wsj.com', 'The Wall Street Journal'],
  ['usatoday.com', 'USA Today'],
  ['latimes.com', 'Los Angeles Times'],
  ['chicagotribune.com', 'Chicago Tribune'], // (data)
  ['bostonglobe.com', 'The Boston Globe'],
  ['sfchronicle.com', 'San Francisco Chronicle'], // (data)
  ['seattletimes.com', 'The Seattle Times'], // (data)
  ['dallasnews.com', 'The Dallas Morning News'], // (data)
  ['oregonlive.com', 'The Oregonian'], // (data)
  ['mercurynews.com', 'The Mercury News'], // (data)
  ['dispatch.com', 'The Columbus Dispatch'], // (data)
  ['freep.com', 'Detroit Free Press'], // (data)
  ['sacbee.com', 'The Sacramento Bee'], // (data)
  ['kansascity.com', 'The Kansas City Star'], // (data)
  ['post-gazette.com', 'Pittsburgh Post-Gazette'], // (data)
  ['tampabay.com', 'Tampa Bay Times'], // (data)
  ['nypost.com', 'New York Post'],
  ['cnn.com', 'CNN'],
  ['foxnews.com', 'Fox News'],
  ['nbcnews.com', 'NBC News'],
  ['cbsnews.com', 'CBS News'],
  ['abcnews.go.com', 'ABC News'],
  ['npr.org', 'NPR'],
  ['bloomberg.com', 'Bloomberg'],
  ['cnbc.com', 'CNBC'],
  ['forbes.com', 'Forbes'], // (data)
  ['businessinsider.com', 'Business Insider'],
  ['politico.com', 'Politico'],
  ['axios.com', 'Axios'],
  ['thehill.com', 'The Hill'], // (data)
  ['theatlantic.com', 'The Atlantic'],
  ['newyorker.com', 'The New Yorker'],
  ['newsweek.com', 'Newsweek'],
  ['slate.com', 'Slate'],
  ['salon.com', 'Salon'], // (data)
  ['huffpost.com', 'HuffPost'],
  ['theverge.com', 'The Verge'],
  ['wired.com', 'Wired'], // (data)
  ['engadget.com', 'Engadget'],
  ['theintercept.com', 'The Intercept'], // (data)
  ['motherjones.com', 'Mother Jones'], // (data)
  ['nationalreview.com', 'National Review'], // (data)
  ['propublica.org', 'ProPublica'],
  ['theguardian.com', 'The Guardian'],
  ['bbc.co.uk', 'BBC'],
  ['independent.co.uk', 'The Independent'],
  ['telegraph.co.uk', 'The Telegraph'],
  ['dailymail.co.uk', 'Daily Mail'],
  ['ft.com', 'Financial Times'],
  ['economist.com', 'The Economist'],
  ['thesun.co.uk', 'The Sun'], // (data)
  ['express.co.uk', 'Daily Express'], // (data)
  ['standard.co.uk', 'Evening Standard'], // (data)
  ['aljazeera.com', 'Al Jazeera'],
  ['dw.com', 'Deutsche Welle'],
  ['france24.com', 'France 24'],
  ['lemonde.fr', 'Le Monde'], // (data)
  ['lefigaro.fr', 'Le Figaro'], // (data)
  ['elpais.com', 'El País'], // (data)
  ['spiegel.de', 'Der Spiegel'],
  ['zeit.de', 'Die Zeit'], // (data)
  ['faz.net', 'Frankfurter Allgemeine Zeitung'], // (data)
  ['sueddeutsche.de', 'Süddeutsche Zeitung'], // (data)
  ['corriere.it', 'Corriere della Sera'], // (data)
  ['repubblica.it', 'La Repubblica'], // (data)
  ['nzz.ch', 'Neue Zürcher Zeitung'], // (data)
  ['derstandard.at', 'Der Standard'], // (data)
  ['straitstimes.com', 'The Straits Times'],
  ['scmp.com', 'South China Morning Post'],
  ['japantimes.co.jp', 'The Japan Times'],
  ['nhk.or.jp', 'NHK'],
  ['timesofindia.indiatimes.com', 'The Times of India'],
  ['hindustantimes.com', 'Hindustan Times'], // (data)
  ['thehindu.com', 'The Hindu'], // (data)
  ['ndtv.com', 'NDTV'],
  ['cbc.ca', 'CBC News'],
  ['theglobeandmail.com', 'The Globe and Mail'], // (data)
  ['smh.com.au', 'The Sydney Morning Herald'],
  ['fox2now.com', 'FOX 2 St. Louis'],
  ['kcra.com', 'KCRA 3'], // (data)
  ['king5.com', 'KING 5'], // (data)
  ['kare11.com', 'KARE 11'], // (data)
  ['10tv.com', '10TV'], // (data: "10TV - WBNS" cleaned)
  ['9news.com', '9NEWS'], // (data: "9NEWS (KUSA)" cleaned)
  ['nbcchicago.com', 'NBC Chicago'], // (data)
  ['brides.com', 'Brides'],
  ['medicaldaily.com', 'Medical Daily'],
  ['msn.com', 'MSN'],
  ['news.yahoo.com', 'Yahoo News'],
  ['aol.com', 'AOL'],
  ['prnewswire.com', 'PR Newswire'],
  ['businesswire.com', 'Business Wire'],
  ['globenewswire.com', 'GlobeNewswire'],
];

describe('lookupOutlet: checked hosts', () => {
  it('checks at least 60 hosts', () => {
    expect(CHECKED_HOSTS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CHECKED_HOSTS)('%s is %s', (host, name) => {
    expect(lookupOutlet(host)?.name).toBe(name);
    expect(lookupOutlet(`https://www.${host}/news/story-1.html`)?.name).toBe(name);
  });
});

describe('lookupOutlet: kinds and aliases', () => {
  it.each([
    ['apnews.com', 'wire'],
    ['reuters.com', 'wire'],
    ['afp.com', 'wire'],
    ['prnewswire.com', 'press-release'],
    ['accesswire.com', 'press-release'],
    ['newswire.ca', 'press-release'],
    ['msn.com', 'aggregator'],
    ['news.google.com', 'aggregator'],
    ['getpocket.com', 'aggregator'],
    ['medium.com', 'platform'],
    ['substack.com', 'platform'],
    ['nytimes.com', 'newspaper'],
    ['kcra.com', 'broadcaster'], // LocalNewsDataset: TV station
    ['wdr.de', 'broadcaster'], // its name says Rundfunk
    ['waz.de', 'newspaper'], // its name says Zeitung; its alias "WAZ" only looks like a call sign
    ['dispatch.com', 'newspaper'], // LocalNewsDataset: newspaper
    ['newyorker.com', 'magazine'],
    ['huffpost.com', 'digital'],
    ['nation.foxnews.com', 'digital'],
  ])('%s is a %s', (host, kind) => {
    expect(lookupOutlet(host)?.kind).toBe(kind);
  });

  it('gives a wire its short and long names', () => {
    expect(lookupOutlet('apnews.com')?.aliases).toEqual(expect.arrayContaining(['AP', 'The Associated Press']));
    expect(lookupOutlet('afp.com')?.aliases).toContain('Agence France-Presse');
  });

  it('gives a TV station its call sign as an alias', () => {
    expect(lookupOutlet('fox2now.com')?.aliases).toContain('KTVI');
    expect(lookupOutlet('10tv.com')?.aliases).toContain('WBNS'); // built: "10TV - WBNS"
    expect(lookupOutlet('9news.com')?.aliases).toContain('KUSA'); // built: "9NEWS (KUSA)"
  });

  it('answers null for the kind when no source says it', () => {
    const unkinded = Object.entries(REGISTRY.hosts).find(([host, row]) => !row[1] && !OVERRIDES.some(([h]) => h === host));
    expect(unkinded).toBeDefined();
    expect(lookupOutlet(unkinded![0])?.kind).toBeNull();
  });
});

describe('lookupOutlet: parent hosts', () => {
  it.each([
    ['https://nation.foxnews.com/watch/x', 'Fox Nation', 'nation.foxnews.com'],
    ['https://www.foxnews.com/politics/story', 'Fox News', 'foxnews.com'],
    ['https://edition.cnn.com/2025/01/01/world/x', 'CNN', 'cnn.com'],
    ['https://uk.news.yahoo.com/story-1.html', 'Yahoo News', 'news.yahoo.com'],
    ['https://www.yahoo.com/news/x', 'Yahoo', 'yahoo.com'],
    ['https://www3.nhk.or.jp/nhkworld/en/news/1/', 'NHK', 'nhk.or.jp'],
    ['https://news.bbc.co.uk/2/hi/x.stm', 'BBC', 'bbc.co.uk'],
    ['https://m.apnews.com/article/x', 'Associated Press', 'apnews.com'],
    ['HTTPS://WWW.REUTERS.COM/world/', 'Reuters', 'reuters.com'],
    ['apnews.com.', 'Associated Press', 'apnews.com'],
  ])('%s -> %s (%s)', (url, name, host) => {
    expect(lookupOutlet(url)).toMatchObject({ name, host });
  });

  it('does not credit a platform for the blogs and newsletters on it', () => {
    expect(lookupOutlet('https://someone.substack.com/p/post')).toBeNull();
    expect(lookupOutlet('https://someblog.blogspot.com/2024/01/x.html')).toBeNull();
    expect(lookupOutlet('https://medium.com/@someone/post')?.kind).toBe('platform');
  });

  it.each([
    'https://www.example.com/a',
    'https://notmsn.com/a',
    'https://msn.com.evil.example/a',
    'https://apnews.com.attacker.test/x',
    'https://co.uk/',
    'http://127.0.0.1/x',
    'http://localhost/x',
    'not a url',
    '',
  ])('%s -> null', (url) => {
    expect(lookupOutlet(url)).toBeNull();
  });
});

describe('hostile input', () => {
  const hostile: unknown[] = [
    'a'.repeat(10_000),
    `https://${'a.'.repeat(5_000)}com/`,
    'apnews.com'.repeat(1_000),
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>.com',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    '\u202eapnews.com',
    'apnews\u0000.com',
    'https://user:pass@[::1]:80/',
    null,
    undefined,
    42,
    {},
  ];

  it.each(hostile.map((h) => [String(h).slice(0, 40), h]))('%s -> null without throwing', (_label, input) => {
    expect(lookupOutlet(input as string)).toBeNull();
    expect(isAggregatorHost(input as string)).toBe(false);
    expect(canonicalOutletName(input as string)).toBeNull();
    expect(aggregatorNameOf(input as string)).toBeNull();
  });

  it('names no outlet for a 10,000-character name or a name in markup', () => {
    expect(canonicalOutletName('Associated Press '.repeat(600))).toBeNull();
    expect(canonicalOutletName('<b>AP</b>')).toBeNull();
    expect(canonicalOutletName('AP<script>')).toBeNull();
  });
});

describe('canonicalOutletName', () => {
  it.each([
    ['AP', 'Associated Press'],
    ['The Associated Press', 'Associated Press'],
    ['Associated Press', 'Associated Press'],
    ['associated press', 'Associated Press'],
    ['Agence France-Presse', 'AFP'],
    ['nytimes.com', 'The New York Times'],
    ['https://www.nytimes.com/2025/x.html', 'The New York Times'],
    ['New York Times', 'The New York Times'],
    ['NYT', 'The New York Times'],
    ['KTVI', 'FOX 2 St. Louis'],
    ['Fox2Now', 'FOX 2 St. Louis'],
    ['The Huffington Post', 'HuffPost'],
    ['Süddeutsche Zeitung', 'Süddeutsche Zeitung'],
    ['SÜDDEUTSCHE ZEITUNG', 'Süddeutsche Zeitung'],
    ['Suddeutsche Zeitung', 'Süddeutsche Zeitung'],
    ['NZZ', 'Neue Zürcher Zeitung'], // built alias, from fundus "Neue Zürcher Zeitung (NZZ)"
    ['KGTV', '10News'], // built alias, from the-markup "10News – ABC San Diego KGTV"
  ])('%j -> %j', (name, expected) => {
    expect(canonicalOutletName(name)).toBe(expected);
  });

  it.each([
    ['ap', 'an acronym matches only as written'],
    ['King', 'a word that is also a call sign (KING 5)'],
    ['Quux Gazette of Nowhere', 'unknown'],
    ['unknown-host.example', 'an unknown host'],
    ['Daily News', 'several outlets are called so'],
    ['   ', 'blank'],
  ])('%j -> null (%s)', (name) => {
    expect(canonicalOutletName(name)).toBeNull();
  });

  it('finds the outlet, with its kind, by a name or alias', () => {
    expect(findOutletByName('The Associated Press')).toMatchObject({ name: 'Associated Press', kind: 'wire', host: 'apnews.com' });
    expect(findOutletByName('PRNewswire')).toMatchObject({ name: 'PR Newswire', kind: 'press-release' });
    expect(findOutletByName('BBC News')).toMatchObject({ name: 'BBC', kind: 'broadcaster' });
    expect(findOutletByName('x'.repeat(10_000))).toBeNull();
  });

  it('keys names without case, accents, punctuation or a leading "The", acronyms as written', () => {
    expect(outletNameKey('The News & Observer')).toBe(outletNameKey('news and observer'));
    expect(outletNameKey('AP')).not.toBe(outletNameKey('ap'));
  });
});

describe('isAggregatorHost and the small aggregator list', () => {
  it.each([
    ['https://www.msn.com/en-us/news/world/ar-AA1', true],
    ['https://finance.yahoo.com/news/x', true],
    ['https://sports.yahoo.com/x', true],
    ['https://news.google.com/articles/x', true],
    ['https://www.newsbreak.com/x', true],
    ['https://flipboard.com/@x', true],
    ['https://www.google.com/search?q=x', false],
    ['https://www.nytimes.com/x', false],
    ['https://www.prnewswire.com/news-releases/x', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAggregatorHost(url)).toBe(expected);
  });

  it('agrees with the full registry on every listed aggregator', () => {
    for (const [host, name] of Object.entries(AGGREGATOR_HOSTS)) {
      expect(lookupOutlet(host), host).toMatchObject({ name, kind: 'aggregator' });
      expect(aggregatorHintOf(`https://${host}/x`)).toEqual({ name, aggregator: true });
    }
  });

  it('names other hosts by their bare host in the detector', () => {
    expect(shortNameOfHost('https://www.nytimes.com/x')).toBe('nytimes.com');
    expect(shortNameOfHost('https://edition.cnn.com/x')).toBe('cnn.com');
    expect(shortNameOfHost('https://news.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(shortNameOfHost('<b>')).toBeNull();
    expect(shortNameOfHost('https://uk.news.yahoo.com/x')).toBe('Yahoo News');
    expect(aggregatorHintOf('https://www.nytimes.com/x')).toBeNull();
  });
});

describe('sites.ts delegates to the registry', () => {
  it('gives known publishers their proper name, not an aggregator flag', () => {
    expect(findSiteHint('https://www.reuters.com/world/x')).toEqual({ name: 'Reuters', aggregator: false });
    expect(findSiteHint('https://www.msn.com/en-us/news')).toEqual({ name: 'MSN', aggregator: true });
    expect(nameFromHost('https://apnews.com/article/x')).toBe('Associated Press');
    expect(nameFromHost('https://www.unknown-paper.example/x')).toBe('unknown-paper.example');
  });
});

describe('the built data', () => {
  const entries = Object.entries(REGISTRY.hosts);

  it('has thousands of hosts and reports its size', () => {
    const stats = registryStats();
    expect(entries.length).toBeGreaterThan(5_000);
    expect(stats.hosts).toBeGreaterThanOrEqual(entries.length);
    expect(stats.names).toBeGreaterThan(5_000);
    expect(stats.bytes).toBe(statSync(join(ROOT, 'utils/core/registry/outlets.json')).size);
  });

  it('keys every entry by a lower-case bare host and points at real names, kinds and aliases', () => {
    for (const [host, [name, kind = 0, aliases]] of entries) {
      expect(host, host).toMatch(/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
      expect(REGISTRY.names[name], host).toBeTruthy();
      expect(kind, host).toBeLessThanOrEqual(KIND_CODES.length);
      if (aliases !== undefined) expect(REGISTRY.aliases[aliases]?.length, host).toBeGreaterThan(0);
    }
  });

  it('has no name that is only its domain, markup, a sub-edition label or over-long', () => {
    const bad = entries
      .map(([host, [n]]) => [host, REGISTRY.names[n]] as const)
      .filter(
        ([host, name]) =>
          name.toLowerCase() === host ||
          /[<>{}]/.test(name) ||
          name.length > 80 ||
          (/\s(?:Afrique|Arabic|Urdu|Hindi)$/.test(name) && !host.includes(name.split(' ').pop()!.toLowerCase())) ||
          /\s[-–|]\s[KW][A-Z]{2,3}$/.test(name),
      );
    expect(bad).toEqual([]);
  });
});

describe('overrides', () => {
  it('has one row per host, each a bare host with a name', () => {
    const hosts = OVERRIDES.map(([host]) => host);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const [host, name, kind] of OVERRIDES) {
      expect(host).toMatch(/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
      expect(name.trim()).toBe(name);
      expect(kind === null || KIND_CODES.includes(kind)).toBe(true);
    }
    for (const [host] of KIND_ROWS) expect(host).toMatch(/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
  });

  it('gives every hand row and every aggregator its reason', () => {
    const rowLines = (file: string, pattern: RegExp) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .filter((line) => pattern.test(line));
    const handRows = rowLines('utils/core/registry/overrides.ts', /^\s+\['[a-z0-9.-]+', '/);
    const aggregatorRows = rowLines('utils/core/registry/aggregator-hosts.ts', /^\s+'[a-z0-9.-]+': '/);
    expect(handRows.length).toBeGreaterThan(50);
    expect(aggregatorRows.length).toBe(Object.keys(AGGREGATOR_HOSTS).length);
    for (const line of [...handRows, ...aggregatorRows]) expect(line, line).toMatch(/\/\/ \S/);
  });
});

describe('name cleaning in the build script', () => {
  it.each([
    ['10TV - WBNS', '10tv.com', '10TV', ['WBNS']],
    ['9NEWS (KUSA)', '9news.com', '9NEWS', ['KUSA']],
    ['10News – ABC San Diego KGTV', '10news.com', '10News', ['KGTV']],
    ['ABC11 WTVD', 'abc11.com', 'ABC11', ['WTVD']],
    ['WLUK-TV FOX 11', 'fox11online.com', 'FOX 11', ['WLUK-TV', 'WLUK']],
    ['DW Afrique', 'dw.com', 'DW', []],
    ['Geo News Urdu', 'geo.tv', 'Geo News', []],
    ['VOA Urdu', 'urduvoa.com', 'VOA Urdu', []], // the host is the Urdu edition
    ['Neue Zürcher Zeitung (NZZ)', 'nzz.ch', 'Neue Zürcher Zeitung', ['NZZ']],
    ['Euronews (DE)', 'de.euronews.com', 'Euronews', []],
    ['The News-Press (Fort Myers and Cape Coral)', 'news-press.com', 'The News-Press', []],
    ['GoErie.com | Erie Times-News', 'goerie.com', 'Erie Times-News', []],
    ['The Canton Repository / CantonRep.com', 'cantonrep.com', 'The Canton Repository', []],
    ['KENS 5 & Kens5.com', 'kens5.com', 'KENS 5', ['KENS']],
    ['Indiana Daily Student - idsnews', 'idsnews.com', 'Indiana Daily Student', []],
    ['Khaosod - ข่าวสด', 'khaosod.co.th', 'Khaosod', ['ข่าวสด']],
  ])('%j on %s -> %j', (raw, host, name, aliases) => {
    const cleaned = cleanName(raw, host);
    expect(cleaned.name).toBe(name);
    expect(cleaned.aliases).toEqual(expect.arrayContaining(aliases));
  });

  it('drops names that are only the domain, and marks bare call signs', () => {
    expect(cleanName('0223.com.ar', '0223.com.ar').name).toBeNull();
    expect(cleanName('www.Actu.fr', 'actu.fr').name).toBeNull();
    expect(cleanName('WTVG', '13abc.com')).toMatchObject({ name: 'WTVG', callSignOnly: true });
    expect(cleanName('KARE 11', 'kare11.com')).toMatchObject({ name: 'KARE 11', callSignOnly: false });
  });
});

describe('reading Fundus in the build script', () => {
  it('drops the country code Fundus appends to an acronym identifier printed as the name, and nothing else', () => {
    expect(nameWithoutCountryTag('NTVTR', 'NTVTR', 'tr')).toBe('NTV');
    expect(nameWithoutCountryTag('CNBC', 'CNBC', 'us')).toBe('CNBC'); // no country tag
    expect(nameWithoutCountryTag('ABC', 'ABC', 'es')).toBe('ABC');
    expect(nameWithoutCountryTag('TechRadar', 'TechRadar', 'uk')).toBe('TechRadar'); // a brand, not an acronym
    expect(nameWithoutCountryTag('NTV Spor', 'NTVSpor', 'tr')).toBe('NTV Spor'); // a name of its own
    expect(nameWithoutCountryTag('ATR', 'ATR', 'tr')).toBe('ATR'); // too little left
  });

  it('reads the identifier and the country from the file it is in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundus-'));
    mkdirSync(join(dir, 'tr'));
    writeFileSync(
      join(dir, 'tr', '__init__.py'),
      'class PublisherCollection:\n    NTVTR = Publisher(\n        name="NTVTR",\n        domain="https://www.ntv.com.tr/",\n    )\n    Haberturk = Publisher(\n        name="Haberturk",\n        domain="https://www.haberturk.com/",\n    )\n',
    );
    expect(readFundus(dir)).toEqual([
      { host: 'ntv.com.tr', name: 'NTV' },
      { host: 'haberturk.com', name: 'Haberturk' },
    ]);
  });
});

/** Relative imports of a module, resolved to files (`.ts`, `.tsx`, `/index.ts`, or as written). */
function relativeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*\(?\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
  return specifiers.map((spec) => {
    const base = resolve(dirname(file), spec);
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
    if (!found) throw new Error(`unresolved import ${spec} in ${file}`);
    return found;
  });
}

function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (/\.tsx?$/.test(file)) queue.push(...relativeImports(file));
  }
  return seen;
}

describe('the on-load detector stays small', () => {
  const OUTLETS = resolve(ROOT, 'utils/core/registry/outlets.json');

  it('never reaches outlets.json through its imports', () => {
    const graph = importGraph('entrypoints/detector.content.ts');
    expect(graph.has(resolve(ROOT, 'utils/core/registry/aggregator-hosts.ts'))).toBe(true);
    expect([...graph].filter((f) => f === OUTLETS || f.endsWith('.json'))).toEqual([]);
  });

  it('is checked by a walker that does find outlets.json where it is imported', () => {
    expect(importGraph('utils/core/extract/sites.ts').has(OUTLETS)).toBe(true);
  });
});
