/**
 * The bibliography entries of the CASES articles in the five bundled styles,
 * as HTML (`<i>` for italics; plain text is the same without tags). Each was
 * read against the style guide's own example for a newspaper article online:
 * APA 7 (10.1, ex. 16: Author. (Date). Title. *Newspaper*. URL; no author: the
 * title first, 9.12), MLA 9 (Author. "Title." *Container*, date, URL; the
 * aggregator as a second container), Chicago 18 notes-bibliography (14.89:
 * an unsigned news story is listed under the paper's name), Cite Them Right 12
 * (Author (Year) 'Title', *Newspaper*, day month. Available at: URL
 * (Accessed: date)), IEEE (website / online newspaper: [1] A. Author, "Title,"
 * *Outlet*, Mon. DD, YYYY. Accessed: ... [Online]. Available: URL). The
 * locale is en-US, so Cite Them Right shows US quotation marks and dates.
 */
export const STYLE_ENTRIES: Record<string, Record<'apa' | 'mla' | 'chicago' | 'harvard' | 'ieee', string>> = {
  'seed: Business Insider via Daily8, no byline': {
    apa: 'Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities. (2025, June 6). <i>Business Insider</i>. https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6',
    mla: '“Ukraine Has Accused China of Supplying Key Equipment and Supplies to Russian Defense Manufacturing Facilities.” <i>Business Insider</i>, 6 June 2025. <i>Daily8</i>, https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6.',
    chicago:
      '<i>Business Insider</i>. “Ukraine Has Accused China of Supplying Key Equipment and Supplies to Russian Defense Manufacturing Facilities.” June 6, 2025. https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6.',
    harvard:
      '<i>Business Insider</i> (2025) “Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities,” 6 June. Available at: https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6 (Accessed: November 29, 2026).',
    ieee: '[1] “Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities,” <i>Business Insider</i>, Jun. 06, 2025. Accessed: Nov. 29, 2026. [Online]. Available: https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6',
  },
  'one author, publisher page, late-evening offset time': {
    apa: 'Plumer, B. (2023, January 20). Why some cities are banning gas stoves. <i>The New York Times</i>. https://www.nytimes.com/2023/01/20/climate/gas-stoves-cities.html',
    mla: 'Plumer, Brad. “Why Some Cities Are Banning Gas Stoves.” <i>The New York Times</i>, 20 Jan. 2023, https://www.nytimes.com/2023/01/20/climate/gas-stoves-cities.html.',
    chicago:
      'Plumer, Brad. “Why Some Cities Are Banning Gas Stoves.” <i>The New York Times</i>, January 20, 2023. https://www.nytimes.com/2023/01/20/climate/gas-stoves-cities.html.',
    harvard:
      'Plumer, B. (2023) “Why some cities are banning gas stoves,” <i>The New York Times</i>, 20 January. Available at: https://www.nytimes.com/2023/01/20/climate/gas-stoves-cities.html (Accessed: November 29, 2026).',
    ieee: '[1] B. Plumer, “Why some cities are banning gas stoves,” <i>The New York Times</i>, Jan. 20, 2023. Accessed: Nov. 29, 2026. [Online]. Available: https://www.nytimes.com/2023/01/20/climate/gas-stoves-cities.html',
  },
  'two authors': {
    apa: 'Doe, J., &#38; Smith, J. (2024, July 18). Heatwave breaks records across Europe. <i>BBC News</i>. https://www.bbc.com/news/articles/c1234567890o',
    mla: 'Doe, Jane, and John Smith. “Heatwave Breaks Records across Europe.” <i>BBC News</i>, 18 July 2024, https://www.bbc.com/news/articles/c1234567890o.',
    chicago:
      'Doe, Jane, and John Smith. “Heatwave Breaks Records across Europe.” <i>BBC News</i>, July 18, 2024. https://www.bbc.com/news/articles/c1234567890o.',
    harvard:
      'Doe, J. and Smith, J. (2024) “Heatwave breaks records across Europe,” <i>BBC News</i>, 18 July. Available at: https://www.bbc.com/news/articles/c1234567890o (Accessed: November 29, 2026).',
    ieee: '[1] J. Doe and J. Smith, “Heatwave breaks records across Europe,” <i>BBC News</i>, Jul. 18, 2024. Accessed: Nov. 29, 2026. [Online]. Available: https://www.bbc.com/news/articles/c1234567890o',
  },
  'four authors': {
    apa: 'Schmidt, M., Khan, A., Walsh, L., &#38; O’Connor, S. (2025, September 3). Oil prices fall as OPEC+ weighs output hike. <i>Reuters</i>. https://www.reuters.com/business/energy/oil-prices-fall-2025-09-03/',
    mla: 'Schmidt, Maria, et al. “Oil Prices Fall as OPEC+ Weighs Output Hike.” <i>Reuters</i>, 3 Sept. 2025, https://www.reuters.com/business/energy/oil-prices-fall-2025-09-03/.',
    chicago:
      'Schmidt, Maria, Ahmed Khan, Liam Walsh, and Sarah O’Connor. “Oil Prices Fall as OPEC+ Weighs Output Hike.” <i>Reuters</i>, September 3, 2025. https://www.reuters.com/business/energy/oil-prices-fall-2025-09-03/.',
    harvard:
      'Schmidt, M. <i>et al.</i> (2025) “Oil prices fall as OPEC+ weighs output hike,” <i>Reuters</i>, 3 September. Available at: https://www.reuters.com/business/energy/oil-prices-fall-2025-09-03/ (Accessed: November 29, 2026).',
    ieee: '[1] M. Schmidt, A. Khan, L. Walsh, and S. O’Connor, “Oil prices fall as OPEC+ weighs output hike,” <i>Reuters</i>, Sep. 03, 2025. Accessed: Nov. 29, 2026. [Online]. Available: https://www.reuters.com/business/energy/oil-prices-fall-2025-09-03/',
  },
  'organization as author (the outlet itself)': {
    apa: 'Fed holds rates steady. (2025, July 30). <i>Reuters</i>. https://www.reuters.com/markets/us/fed-holds-rates-2025-07-30/',
    mla: '“Fed Holds Rates Steady.” <i>Reuters</i>, 30 July 2025, https://www.reuters.com/markets/us/fed-holds-rates-2025-07-30/.',
    chicago: '<i>Reuters</i>. “Fed Holds Rates Steady.” July 30, 2025. https://www.reuters.com/markets/us/fed-holds-rates-2025-07-30/.',
    harvard:
      '<i>Reuters</i> (2025) “Fed holds rates steady,” 30 July. Available at: https://www.reuters.com/markets/us/fed-holds-rates-2025-07-30/ (Accessed: November 29, 2026).',
    ieee: '[1] “Fed holds rates steady,” <i>Reuters</i>, Jul. 30, 2025. Accessed: Nov. 29, 2026. [Online]. Available: https://www.reuters.com/markets/us/fed-holds-rates-2025-07-30/',
  },
  'organization author distinct from outlet': {
    apa: 'Storm knocks out power to thousands in Texas. (2025, May 28). <i>ABC News</i>. https://abcnews.go.com/US/wireStory/storm-knocks-power-texas-122345678',
    mla: '“Storm Knocks out Power to Thousands in Texas.” <i>ABC News</i>, 28 May 2025, https://abcnews.go.com/US/wireStory/storm-knocks-power-texas-122345678.',
    chicago:
      '<i>ABC News</i>. “Storm Knocks out Power to Thousands in Texas.” May 28, 2025. https://abcnews.go.com/US/wireStory/storm-knocks-power-texas-122345678.',
    harvard:
      '<i>ABC News</i> (2025) “Storm knocks out power to thousands in Texas,” 28 May. Available at: https://abcnews.go.com/US/wireStory/storm-knocks-power-texas-122345678 (Accessed: November 29, 2026).',
    ieee: '[1] “Storm knocks out power to thousands in Texas,” <i>ABC News</i>, May 28, 2025. Accessed: Nov. 29, 2026. [Online]. Available: https://abcnews.go.com/US/wireStory/storm-knocks-power-texas-122345678',
  },
  'no publication date': {
    apa: 'Natarajan, P. (n.d.). The best e-readers to buy right now. <i>The Verge</i>. Retrieved November 29, 2026, from https://www.theverge.com/23719734/best-ereader',
    mla: 'Natarajan, Priya. “The Best E-Readers to Buy Right Now.” <i>The Verge</i>, https://www.theverge.com/23719734/best-ereader. Accessed 29 Nov. 2026.',
    chicago:
      'Natarajan, Priya. “The Best E-Readers to Buy Right Now.” <i>The Verge</i>, n.d. Accessed November 29, 2026. https://www.theverge.com/23719734/best-ereader.',
    harvard:
      'Natarajan, P. (no date) “The best e-readers to buy right now,” <i>The Verge</i>. Available at: https://www.theverge.com/23719734/best-ereader (Accessed: November 29, 2026).',
    ieee: '[1] P. Natarajan, “The best e-readers to buy right now,” <i>The Verge</i>. Accessed: Nov. 29, 2026. [Online]. Available: https://www.theverge.com/23719734/best-ereader',
  },
  'German title with diacritics': {
    apa: 'Müller, J. (2025, March 14). Bundesregierung plant höhere Förderung für Wärmepumpen. <i>Süddeutsche Zeitung</i>. https://www.sueddeutsche.de/wirtschaft/waermepumpen-foerderung-1.7654321?reduced=true',
    mla: 'Müller, Jürgen. “Bundesregierung plant höhere Förderung für Wärmepumpen.” <i>Süddeutsche Zeitung</i>, 14 Mar. 2025, https://www.sueddeutsche.de/wirtschaft/waermepumpen-foerderung-1.7654321?reduced=true.',
    chicago:
      'Müller, Jürgen. “Bundesregierung plant höhere Förderung für Wärmepumpen.” <i>Süddeutsche Zeitung</i>, March 14, 2025. https://www.sueddeutsche.de/wirtschaft/waermepumpen-foerderung-1.7654321?reduced=true.',
    harvard:
      'Müller, J. (2025) “Bundesregierung plant höhere Förderung für Wärmepumpen,” <i>Süddeutsche Zeitung</i>, 14 March. Available at: https://www.sueddeutsche.de/wirtschaft/waermepumpen-foerderung-1.7654321?reduced=true (Accessed: November 29, 2026).',
    ieee: '[1] J. Müller, “Bundesregierung plant höhere Förderung für Wärmepumpen,” <i>Süddeutsche Zeitung</i>, Mar. 14, 2025. Accessed: Nov. 29, 2026. [Online]. Available: https://www.sueddeutsche.de/wirtschaft/waermepumpen-foerderung-1.7654321?reduced=true',
  },
  'French title, no author': {
    apa: 'Âge de la retraite : ce que prévoit la réforme. (2025, February 10). <i>Le Monde</i>. https://www.lemonde.fr/economie/article/2025/02/10/age-de-la-retraite_6543210_3234.html',
    mla: '“Âge de la retraite : ce que prévoit la réforme.” <i>Le Monde</i>, 10 Feb. 2025, https://www.lemonde.fr/economie/article/2025/02/10/age-de-la-retraite_6543210_3234.html.',
    chicago:
      '<i>Le Monde</i>. “Âge de la retraite : ce que prévoit la réforme.” February 10, 2025. https://www.lemonde.fr/economie/article/2025/02/10/age-de-la-retraite_6543210_3234.html.',
    harvard:
      '<i>Le Monde</i> (2025) “Âge de la retraite : ce que prévoit la réforme,” 10 February. Available at: https://www.lemonde.fr/economie/article/2025/02/10/age-de-la-retraite_6543210_3234.html (Accessed: November 29, 2026).',
    ieee: '[1] “Âge de la retraite : ce que prévoit la réforme,” <i>Le Monde</i>, Feb. 10, 2025. Accessed: Nov. 29, 2026. [Online]. Available: https://www.lemonde.fr/economie/article/2025/02/10/age-de-la-retraite_6543210_3234.html',
  },
  'no author, no outlet': {
    apa: '<i>Community garden opens downtown</i>. (2024, April 2). https://example.org/news/community-garden',
    mla: '<i>Community Garden Opens Downtown</i>. 2 Apr. 2024, https://example.org/news/community-garden.',
    chicago: '“Community Garden Opens Downtown.” April 2, 2024. https://example.org/news/community-garden.',
    harvard: '<i>Community garden opens downtown</i> (2024). Available at: https://example.org/news/community-garden (Accessed: November 29, 2026).',
    ieee: '[1] “Community garden opens downtown.” Accessed: Nov. 29, 2026. [Online]. Available: https://example.org/news/community-garden',
  },
  'aggregator page without original URL': {
    apa: 'Trew, B. (2025, January 15). Inside the race to rebuild Gaza’s hospitals. <i>The Independent</i>. https://www.msn.com/en-us/news/world/inside-the-race-to-rebuild-gaza-s-hospitals/ar-AA1abcde',
    mla: 'Trew, Bel. “Inside the Race to Rebuild Gaza’s Hospitals.” <i>The Independent</i>, 15 Jan. 2025. <i>MSN</i>, https://www.msn.com/en-us/news/world/inside-the-race-to-rebuild-gaza-s-hospitals/ar-AA1abcde.',
    chicago:
      'Trew, Bel. “Inside the Race to Rebuild Gaza’s Hospitals.” <i>The Independent</i>, January 15, 2025. https://www.msn.com/en-us/news/world/inside-the-race-to-rebuild-gaza-s-hospitals/ar-AA1abcde.',
    harvard:
      'Trew, B. (2025) “Inside the race to rebuild Gaza’s hospitals,” <i>The Independent</i>, 15 January. Available at: https://www.msn.com/en-us/news/world/inside-the-race-to-rebuild-gaza-s-hospitals/ar-AA1abcde (Accessed: November 29, 2026).',
    ieee: '[1] B. Trew, “Inside the race to rebuild Gaza’s hospitals,” <i>The Independent</i>, Jan. 15, 2025. Accessed: Nov. 29, 2026. [Online]. Available: https://www.msn.com/en-us/news/world/inside-the-race-to-rebuild-gaza-s-hospitals/ar-AA1abcde',
  },
};
