import { shortLineText, type Line } from './textLines';

/**
 * The lines wire services and news sites put after a story: a call to
 * follow the site, a rule of underscores and a hub's link ("AP MLB:
 * https://..."). The agency's credit ("(Reporting by Ann Roe; Editing by
 * Tom Lee)") stays content: it names the story's reporters. Each test reads
 * one short line only.
 */

/** Trailer lines are short; a longer line is prose. */
const MAX_TRAILER = 160;
/** Words before a link on a line that only points elsewhere ("AP MLB: https://..."). */
const MAX_LINK_LABEL_WORDS = 5;

/** Whether `line`, whose first non-space character is `first`, is a trailer line. */
export function isTrailerLine(text: string, line: Line, first: number): boolean {
  // Only a few first characters can open one: most lines are passed over before anything is sliced.
  if (first !== 95 && (first | 32) !== 102 && !(first >= 65 && first <= 90)) return false;
  const content = shortLineText(text, line, MAX_TRAILER);
  if (content === null || content.length < 3) return false;
  if (first === 95) return isRule(content);
  // "Follow us on Twitter @AzerNewsAz": the site asks to be followed.
  if ((first | 32) === 102 && content.length <= 80 && content.toLowerCase().startsWith('follow us on ')) return true;
  return isLinkLine(content);
}

/** "___", "______": a rule that sets the story's end apart. */
function isRule(content: string): boolean {
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) !== 95) return false;
  return true;
}

/** "AP MLB: https://apnews.com/hub/mlb": a label of a few words and a link that ends the line. */
function isLinkLine(content: string): boolean {
  const at = content.indexOf('http');
  if (at <= 0 || !(content.startsWith('://', at + 4) || content.startsWith('s://', at + 4))) return false;
  for (let i = at; i < content.length; i++) if (content.charCodeAt(i) === 32) return false;
  let words = 1;
  for (let i = 0; i < at; i++) if (content.charCodeAt(i) === 32 && content.charCodeAt(i + 1) !== 32) words++;
  return words <= MAX_LINK_LABEL_WORDS + 1 && content.charCodeAt(at - 2) === 58;
}
