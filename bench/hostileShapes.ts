/**
 * Text shaped to provoke the analysis's rules: each is one pattern repeated
 * (a `#` in it becomes a counter, so repeats are not all identical) and is
 * measured at two sizes (the plain hostile inputs, capitals, quotes and
 * abbreviations, are in `benchInputs.ts`). Time per megabyte must stay flat between them: a rule
 * that looks back over everything it has seen, or splices a growing list,
 * shows here as a ratio well above 1. Every name is invented.
 */
export interface HostileShape {
  name: string;
  /** What rule family the pattern aims at. */
  aims: string;
  pattern: string;
}

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  { name: 'initials', aims: 'initials and abbreviations inside names', pattern: 'Ma. A.K. Corina Vell A. B. C. D. ' },
  { name: 'titles', aims: 'runs of titles before a name', pattern: 'Justices Advocate General Prime Minister Mayor Ann Roe ' },
  { name: 'ands', aims: 'names joined by "and"', pattern: 'Belt and Road and Soil, Water and Climate and Initiative ' },
  { name: 'body-sources', aims: 'bodies as speakers', pattern: 'the market regulator said the weather office said the statistics agency said ' },
  { name: 'year-slashes', aims: 'fiscal years and ranges', pattern: '2026/27 2031/32/33 1999/2000 #/# ' },
  { name: 'month-spans', aims: 'month ranges and quarters', pattern: 'January-February 2027 the first two months of 2027 the same quarter of 2025 ' },
  { name: 'said-names', aims: '"Said" as a name and a cue', pattern: 'Said bin Hamoud Al-Varni said Tan Sri Datuk Seri ' },
  { name: 'in-the', aims: 'regions after prepositions', pattern: 'in the Ruhr from the Sahara at Kelvale across the Nile ' },
  { name: 'brackets', aims: 'tickers, acronyms and unbalanced brackets', pattern: '(Nasdaq: ABC) (ABC) [x] ((( ' },
  { name: 'lists', aims: 'lists of places', pattern: 'Kelby, Ardon, Mursk and Tal residents of Kelby parts of Ardon ' },
  { name: 'datelines', aims: 'datelines mid-text', pattern: 'DORROW (AA) - Velkin said KELBY, Nov 3 (Reuters) - ' },
  { name: 'line-breaks', aims: 'empty lines', pattern: '\n' },
  { name: 'local-places', aims: 'stations, provinces and rail lines', pattern: 'Kelby police station east of Ardon Township B.C. N.L. St. Dorran’s Kelvale Rail Head of Regional Ann Roe ' },
  { name: 'honorifics', aims: 'long honorific chains', pattern: 'Their Highnesses and Excellencies Ministers of Foreign Affairs HE Sheikh Omar bin Khalid bin Saud Al Varni ' },
  { name: 'repeats', aims: 'one body named again and again', pattern: 'Velmont Air said. Velmont Air Cold Chain Velmont Air. Dorran Blue Sky Logistics Dorran Blue Sky ' },
  { name: 'prepositions', aims: 'dates and bodies after prepositions', pattern: 'advice from Kelby approval from Ardon grant from Mursk in May of 2025 the 4th of June of 2031 ' },
  { name: 'between', aims: 'routes between towns', pattern: 'the road between Dorrowby and Harwick buses run between Kelby and Ardon and ' },
  { name: 'until', aims: 'deadlines', pattern: 'would stay free until midnight on Sunday until 6pm on Saturday will be until the end of ' },
  { name: 'councillors', aims: 'wards and parties in brackets', pattern: 'Cllr Ann Roe (Dorrowby) Cllr Tom Galt (Lab) (Kelby) Mayor Ann Roe ' },
  { name: 'nicknames', aims: 'quoted nicknames inside names', pattern: 'Tomas “Bongo” Velkin Jr. Ann \'Toto\' Roe “Velkin” ' },
  { name: 'fires', aims: 'fires and rescue services', pattern: 'Kelvale Fire and Rescue Service the Pine Hollow Fire Dorran Fire & Rescue Wildfire ' },
  { name: 'shares', aims: 'companies by their shares', pattern: 'Shares in Dalcom rose a 10% stake in Velmont Holdings Limited Enterprises ' },
  { name: 'scores', aims: 'clubs in match reports', pattern: '2-0 Kelby a win over rivals, Kelby in goal for Ardon Rovers captain Dallow goalkeeper ' },
  { name: 'counters', aims: 'page counters that look like years', pattern: 'Views: 2025\n2025 Views | 14 Comments\n0\n2031\n' },
  { name: 'tickers', aims: 'funds and indexes with tickers', pattern: 'Select Sector SPDR (XLB) Industrial Average (DJI) ETF ' },
  { name: 'platforms', aims: 'posting cues', pattern: 'posted on X that posted on the platform Kelbook went on to say he quipped ' },
  { name: 'listings', aims: 'stock listings and appositions', pattern: 'Dalcom Velmont (NYSE: DV) Harrow Lane, the regional brokerage, Tom Galt, the bank ' },
  { name: 'plurals', aims: 'plural trade words and possessives', pattern: 'Senior Officials’ Meeting Growers’ Affairs Crime Stoppers Dallow Feeds Farmers’ ' },
  { name: 'stamps', aims: 'page time stamps', pattern: 'Nov 10, 2025 • 12:12 pm CST • ' },
  { name: 'agency-lines', aims: 'place, country, agency datelines', pattern: 'PORT OF KELBY, Ardonia, CMC – ' },
  { name: 'panels', aims: 'courts and directorates', pattern: 'the three-member panel the five-judge bench Directorate of Border Intelligence ' },
  { name: 'mixed', aims: 'quotes, acronyms and dates together', pattern: '“Ann Roe,” he said, ‘the Kelby Water Board (KWB)’ — 3 p.m. Monday, Nov. 24, 2025; ' },
];

/** `shape`'s pattern repeated to `bytes` characters (all but a few patterns are ASCII, so about as many bytes). */
export function buildShape(shape: HostileShape, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const unit = shape.pattern.replaceAll('#', String(i % 97));
    parts.push(unit);
    size += unit.length;
  }
  return parts.join('').slice(0, bytes);
}
