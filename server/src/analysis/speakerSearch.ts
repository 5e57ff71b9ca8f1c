import type { EntityType, Span } from './types';

// What a speaker reference is, how far and how long the search for one looks,
// and the small word sets it reads.

/** How the words naming a speaker name it. */
export type SpeakerKind = 'name' | 'pronoun' | 'role' | 'source' | 'document' | 'group' | 'unknown';

/** The words that name a speaker for one claim, and whom they resolve to. */
export interface SpeakerRef {
  kind: SpeakerKind;
  span: Span;
  /** Entity id, or null when the words name a group or nothing the text resolves. */
  entity: string | null;
  /** Type of the resolved entity, when known. */
  type: EntityType | null;
}

export const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'location', 'other', 'facility', 'product']);
export const MAX_STEPS = 400;
export const RECENT_PEOPLE = 8;
export const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its']);
export const APPOSITIVE_REACH = 160;
/** How long an introductory phrase may run before its comma ("During the summit in Johannesburg on Saturday,"). */
export const INTRO_REACH = 240;
/** How long a bracketed acronym between a name and its verb may be ("(NATO)", "(APS)"). */
export const ACRONYM_REACH = 12;
/** How many words a prepositional phrase after a role may run ("the governor of the Northern region"). */
export const ROLE_PHRASE_WORDS = 6;
/** Prepositions that attach a place or body to a role ("governor of", "spokesman for", "engineer at", "a source in"). */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in']);
/** How far past its preposition a multiword role's last word may lie ("head of state"). */
export const ROLE_OBJECT_REACH = 24;
/** How far ahead a generic body may find its proper name ("South Korea's spy agency ... the National Intelligence Service"). */
export const FOLLOWING_REACH = 600;
export const FOLLOWING_STEPS = 40;
/** Period, exclamation and question marks and line breaks: where a role's own sentence ends. */
export const SENTENCE_ENDS: ReadonlySet<number> = new Set([46, 33, 63, 10]);
