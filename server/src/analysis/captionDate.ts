import { matchDate } from './dateRules';
import { DateTokens } from './dateTokens';
import type { DayOrder } from './numericDateOrder';
import { shortLineText, splitLines } from './textLines';
import { parseIsoDate, type CalendarDate } from './timex';

/** How far into the article a lead photo's caption may start: the picture comes before the story. */
const CAPTION_REACH = 1500;
/** How many top lines are read for it. */
const CAPTION_LINES = 20;
/** A caption is one short paragraph; longer lines are the story's. */
const MAX_CAPTION = 600;

/** "REUTERS/Ann Roe", "AP Photo/Ann Roe", "AFP/": an agency in capitals, a slash, and the photographer. */
const AGENCY_CREDIT = /\b[A-Z]{2,}(?: Photo)?\/(?:[A-Z]|$)/;
/** "Photo: Ann Roe", "Photograph by Ann Roe", "Credit: Ann Roe". */
const LABEL_CREDIT = /\b(?:Photo|Photograph|Picture|Credit)(?::| by )/;
/** "FILE PHOTO:", "(File)", "a file picture": an old picture dates nothing of the story. */
const FILE_PICTURE = /\bfile\b/i;

/**
 * The day a lead photo was taken, from a credited caption near the top that states it in full
 * ("... - April 1, 2023 Ann Roe scores their second goal REUTERS/Ann Roe"). Wire pictures are of the
 * event the story reports, so in an article that states no date of its own this day anchors its
 * weekdays and yearless days; it is never reported as the article's date. Null where no such caption is.
 */
export function captionDate(text: string, dayOrder: DayOrder | null): CalendarDate | null {
  for (const line of splitLines(text, CAPTION_LINES)) {
    if (line.start > CAPTION_REACH) break;
    const content = shortLineText(text, line, MAX_CAPTION);
    if (content === null || !/\d/.test(content) || FILE_PICTURE.test(content)) continue;
    if (!AGENCY_CREDIT.test(content) && !LABEL_CREDIT.test(content)) continue;
    const day = fullDateIn(content, dayOrder);
    if (day) return day;
  }
  return null;
}

/** The first date stated with day, month and year in `content`. */
function fullDateIn(content: string, dayOrder: DayOrder | null): CalendarDate | null {
  const t = new DateTokens(content);
  t.dayOrder = dayOrder;
  for (let i = 0; i < t.length; ) {
    const match = matchDate(t, i);
    if (!match) {
      i++;
      continue;
    }
    if (match.meaning.t === 'fixed' && /^\d{4}-\d{2}-\d{2}/.test(match.meaning.value)) return parseIsoDate(match.meaning.value.slice(0, 10));
    i = match.last + 1;
  }
  return null;
}
