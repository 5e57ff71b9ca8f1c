import { nameShaped, type Scan } from './entityScan';
import { isGivenName } from './givenNames';
import { type Candidate, plainIdOf } from './identity';
import { Gap, type Token } from './tokens';

// "Ferdinand “Bongbong” Marcos Jr.", "Ivo 'The Hammer' Dal": a nickname in quotes between a given
// name and a surname is inside the person's name; the person is known by the name without it.

const OPENING = new Set([0x22, 0x27, 0x201c, 0x2018]);
const CLOSING = new Set([0x22, 0x27, 0x201d, 0x2019]);
/** Most words in a nickname. */
const MAX_NICKNAME_WORDS = 3;

/** Joins a given name, a quoted nickname and the surname after it into one person. */
export function joinNicknames(s: Scan): void {
  const t = s.t;
  const text = s.text;
  const out = s.out;
  // Compacted in place (write index w never passes the read index k): a splice per join would make a
  // text of many nicknames quadratic.
  let w = 0;
  for (let k = 0; k < out.length; k++) {
    const c = out[k] as Candidate;
    out[w++] = c;
    const given = t[c.first] as Token;
    if (c.first !== c.last || !given.cap || (c.type !== 'person' && !isGivenName(given.fold))) continue;
    const open = text.charCodeAt(given.end + 1);
    const nick = t[c.last + 1];
    if (text.charCodeAt(given.end) !== 0x20 || !OPENING.has(open) || !nick || nick.start !== given.end + 2 || !nick.cap) continue;
    let n = c.last + 1;
    while (n + 1 < t.length && n - c.last < MAX_NICKNAME_WORDS && (t[n + 1] as Token).gap === Gap.Space && (t[n + 1] as Token).cap) n++;
    const nickEnd = (t[n] as Token).end;
    const surname = t[n + 1];
    if (!CLOSING.has(text.charCodeAt(nickEnd)) || text.charCodeAt(nickEnd + 1) !== 0x20 || !surname || surname.start !== nickEnd + 2 || !nameShaped(surname)) continue;
    // The surname's own candidate carries its end ("Velkin Jr."); the nickname's words go.
    let last = n + 1;
    let end = surname.end;
    let drop = k + 1;
    while (drop < out.length && (out[drop] as Candidate).first <= n + 1) {
      const d = out[drop] as Candidate;
      if (d.first === n + 1) {
        last = d.last;
        end = d.end;
      }
      drop++;
    }
    const canonical = `${given.text} ${text.slice(surname.start, end)}`;
    out[w - 1] = { first: c.first, last, start: c.start, end, type: 'person', status: 'strong', id: plainIdOf('person', canonical), canonical };
    k = drop - 1;
  }
  out.length = w;
}
