// Dutch words that page reading keys on: relative-time units, section titles, chrome lines.
// Source: written for Entente from the layouts of Dutch news portals (ANP wire copy as re-published), 2026-11.

import type { Age } from '../../core/doc.js'

/** Relative-time units as written after a number ("14 minuten geleden"). */
export const AGE_UNITS: Record<string, Age['unit']> = {
  seconde: 'second',
  seconden: 'second',
  sec: 'second',
  minuut: 'minute',
  minuten: 'minute',
  min: 'minute',
  uur: 'hour',
  uren: 'hour',
  dag: 'day',
  dagen: 'day',
  week: 'week',
  weken: 'week',
  maand: 'month',
  maanden: 'month',
  jaar: 'year',
  jaren: 'year',
}

/** Number words that stand for a count in a relative time ("een uur geleden"). */
export const AGE_NUMBER_WORDS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3 }

export const AGO_WORD = 'geleden'

/**
 * Section titles that open a list of teasers after the main article ("Meer uit Buitenland").
 * Matched against a whole line.
 */
export const SECTION_TITLES: RegExp[] = [
  /^meer (?:uit|over|nieuws uit|nieuws over|van) [\p{L}\p{N} &'-]{2,40}$/iu,
  /^(?:lees ook|lees meer|ook interessant|gerelateerd(?: nieuws)?|meest gelezen|net binnen|laatste nieuws|het laatste nieuws|andere berichten|meer nieuws|uitgelicht)$/iu,
]

/**
 * Whole lines that are portal chrome. `anywhere` lines are dropped even inside an article body
 * (share buttons, photo credits); `outside` lines only between articles, so a body sentence that
 * mentions cookies or webmail stays.
 */
export const CHROME_LINES: {
  id: string
  where: 'anywhere' | 'outside'
  pattern: RegExp
  /**
   * What a line must hold for `pattern` to match it, tested first: cheap where the pattern is not anchored and
   * would otherwise be tried at every position of every line. In /iu, only the ASCII letters themselves and
   * the Kelvin sign (for k) fold to these letters (segment.test.ts checks every code point).
   */
  needs?: RegExp
}[] = [
  {
    id: 'chrome/webmail',
    where: 'outside',
    pattern: /^(?:webmail|kies je webmail|inloggen|log in|uitloggen|mijn account|registreren)$/iu,
  },
  { id: 'chrome/webmail', where: 'outside', pattern: /\bwebmail\b.{0,200}$/iu, needs: /webmail/i },
  {
    id: 'chrome/menu',
    where: 'outside',
    pattern: /^(?:menu|zoeken|zoek|home|start|nieuws|sluiten|terug|volgende|vorige|top|naar boven)$/iu,
  },
  {
    id: 'chrome/share',
    where: 'anywhere',
    pattern:
      /^(?:delen:?|deel:?|deel dit artikel|(?:deel|delen) via(?: [\p{L}-]{1,20})?|kopieer naar (?:het )?klembord|kopieer naar clipboard|share|tweet|e-?mail|mail|facebook|twitter|x|whatsapp|linkedin|kopieer link|link gekopieerd|print|printen|reageer|reacties?|\d+ reacties?)$/iu,
  },
  // A time or date alone on a line: a liveblog entry's or a byline's stamp.
  {
    id: 'chrome/stamp',
    where: 'anywhere',
    pattern: /^(?:\d{1,2}[:.]\d{2}(?: uur)?|\d{1,2}-\d{1,2}-\d{4}(?:,? \d{1,2}[:.]\d{2})?)$/u,
  },
  // A number alone on a line: a count of reactions or shares.
  { id: 'chrome/count', where: 'anywhere', pattern: /^\d{1,4}$/u },
  {
    id: 'chrome/paywall',
    where: 'anywhere',
    pattern:
      /^(?:(?:dit|het) (?:volledige )?(?:premium )?artikel is (?:alleen|exclusief|enkel) (?:beschikbaar |te lezen )?voor (?:betalende )?abonnees[.!]?|word (?:nu )?abonnee\b.{0,80}|al (?:een )?abonnee\?.{0,80}|lees (?:verder|het hele artikel|dit artikel) met .{0,60}|(?:log|meld) (?:je |u )?(?:hier )?aan om verder te lezen\.?|(?:log|meld) (?:je |u )?in om (?:verder|dit artikel) te lezen\.?)$/iu,
  },
  // A pointer to the whole article on another site ("Lees het hele artikel op X.").
  {
    id: 'chrome/elsewhere',
    where: 'outside',
    pattern: /^lees (?:het volledige|het hele|dit) artikel (?:op|via) [\p{L}\p{N} .&'-]{2,60}\.?$/iu,
  },
  {
    id: 'chrome/liveblog',
    where: 'anywhere',
    pattern:
      /^(?:live|liveblog|live ?updates?|nieuwe berichten(?: laden)?|\d+ nieuwe berichten?|laad (?:meer|nieuwe) berichten|toon (?:meer|oudere) berichten|volg (?:het|ons) liveblog)$/iu,
  },
  {
    id: 'chrome/loading',
    where: 'anywhere',
    pattern: /^(?:loading|laden|bezig met laden|even geduld)(?:\.{3}|…)?$/iu,
  },
  {
    id: 'chrome/marker',
    where: 'anywhere',
    pattern:
      /^(?:\[[^\]\n]{1,60}\]|advertentie|advertisement|ad|gesponsord|sponsored|lees verder onder de advertentie)$/iu,
  },
  {
    id: 'chrome/photo-credit',
    where: 'anywhere',
    pattern: /^(?:foto|beeld|afbeelding|video|fotografie)\s*[:|©-]\s*.{1,120}$/iu,
  },
  { id: 'chrome/photo-credit', where: 'anywhere', pattern: /^(?:©|\(c\)|copyright)\s*.{1,120}$/iu },
  // The credit first, then the caption ("© AFP. Ministers bij de top in ..."): a line opening with the sign.
  { id: 'chrome/photo-credit', where: 'anywhere', pattern: /^[©Ⓒ]\s*[\p{L}\p{N} .&/'-]{1,40}\.\s.{1,250}$/u },
  // A caption ending in its credit ("Ministers bij de top. © AFP").
  { id: 'chrome/photo-credit', where: 'anywhere', pattern: /[©Ⓒ]\s*[\p{L}\p{N} .,&/'-]{1,60}$/u },
  {
    id: 'chrome/photo-credit',
    where: 'anywhere',
    pattern: /(?:[.!?]\s+|\()(?:foto|beeld)\s*:\s*[\p{L}\p{N} .,&/'-]{1,60}\)?$/iu,
  },
  {
    id: 'chrome/photo-credit',
    where: 'anywhere',
    pattern: /^(?:ANP|AFP|EPA|AP|Reuters|Getty Images|Hollandse Hoogte)(?:\s*\/\s*[\p{L} .-]{1,60})?$/u,
  },
  {
    id: 'chrome/cookie',
    where: 'outside',
    pattern: /\b(?:cookies?|cookiebeleid|privacyverklaring)\b.{0,200}$/iu,
    needs: /coo[k\u212a]ie|privacyver[k\u212a]laring/i,
  },
]

/**
 * Bylines ("Door ANP - 15-1-2017, 17:06"): chrome, but they carry the article's own date,
 * which the first capture group holds.
 */
export const BYLINES: RegExp[] = [
  /^(?:door|bron|van onze (?:correspondent|redactie)?)\b[^\n]{0,80}?[-–|,]\s*(\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2})?)\s*$/iu,
  /^(?:door|bron)\s+[\p{L} .&/-]{1,60}$/iu,
  /^(?:gepubliceerd|bijgewerkt|aangepast|laatste update)\s*:?\s*(?:op\s+)?(\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?:,?\s+(?:om\s+)?\d{1,2}[:.]\d{2})?)\s*$/iu,
  /^(\d{1,2}[-./]\d{1,2}[-./]\d{4}(?:,?\s+\d{1,2}[:.]\d{2})?)$/u,
]

/** A teaser's tail that links to the whole article ("... Lees verder", "… Verder lezen"). */
export const READ_MORE = /(?:\.{3}|…)?[ \u00a0]*(?:lees verder|verder lezen|lees meer)$/iu

/** Prepositions that put a place after them ("in Malbork"): a page that writes a name so shows it is a place. */
export const PLACE_PREPOSITIONS = ['in', 'bij', 'uit', 'naar', 'nabij', 'rond']

/** A page-metadata prefix some exports put before the body: "date 2024-06 ...". */
export const DATE_PREFIX = /^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)[ \t]+/u

/**
 * Credit words, media and subscription markers and list dashes that may stand before a headline and are not
 * part of it ("ANP Poetin zegt ...", "Met video Rutte ...", "Exclusief voor abonnees De ...", "- De ...").
 */
export const HEADLINE_CREDIT = new RegExp(
  String.raw`^(?:ANP|AFP|Reuters|RTR|DPA|Belga|AP|[-–•]|${[
    'met video',
    'video',
    'update',
    'update / video',
    'update/video',
    'poll',
    'exclusief voor abonnees',
    'premium',
  ]
    .sort((a, b) => b.length - a.length)
    .map(anyCase)
    .join('|')})\s+(?=[\p{Lu}'"‘’“„])`,
  'u',
)

/** A pattern for a word in any case, letter by letter (the rest of its regular expression keeps case). */
function anyCase(word: string): string {
  return word
    .replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
    .replace(/ \/ /g, '\\s*\\/\\s*')
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'

/** A date ("4 mei", "4 mei 2021") or time ("16:22", "12u20") stamp glued before a body's first sentence. */
export const BODY_STAMP = new RegExp(
  String.raw`^(?:\d{1,2} (?:${MONTHS})(?: \d{4})?|\d{1,2}[:u]\d{2})[ \u00a0]+(?=[\p{Lu}"'‘“„’])`,
  'u',
)

/** A date or time stamp printed after a headline on the same line ("... 22 mei 2018", "... 19u30"). */
export const HEADLINE_STAMP = new RegExp(
  String.raw`[ \u00a0]+(?:\d{1,2} (?:${MONTHS}) \d{4}|\d{1,2}[:u]\d{2})$`,
  'u',
)

/**
 * A clock stamp before a body's first sentence or its dateline, on pages that print the time first ("16:52 DEN
 * HAAG - ", "12u20 0 De ...", "18:20 – Het ...", "UPDATE 19.46 uur – "), with a comment count after it.
 */
export const LINE_STAMP = new RegExp(
  String.raw`^(?:${anyCase('update')}[ \u00a0]+)?\d{1,2}[:.u]\d{2}(?:[ \u00a0]+uur)?(?:[ \u00a0]+\d{1,2}(?=[ \u00a0]+\p{Lu}))?(?:[ \u00a0]+[-–—])?[ \u00a0]+(?=[\p{Lu}\p{N}"'‘“„])`,
  'u',
)

/** A source credit and its count of reactions before a body's first sentence: "Bron: Belga 0 AP ", "Bron: dpa 2 ", "[NOS] ". */
export const BODY_CREDIT = new RegExp(
  String.raw`^(?:${anyCase('bron')}:[ \u00a0]*[\p{L}.&-]{2,20}[ \u00a0]+\d{1,3}(?:[ \u00a0]+(?:ANP|AFP|EPA|AP|DPA|RTR|Reuters|Belga))?|\[[\p{L}\p{N} .&-]{2,20}\])[ \u00a0]+(?=[\p{Lu}"'‘“„])`,
  'u',
)

/** A writer's name before a body's first sentence: "door Anna de Vries - Het ...", "door Piet Smit De ...". */
export const BYLINE_PREFIX =
  /^door[ \u00a0]+\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \u00a0]+(?:van|de|der|den|ten|ter|te|in 't|'t))*[ \u00a0]+\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \u00a0]+[-–—])?[ \u00a0]+(?=\p{Lu})/u

/**
 * The sentence openers that never start a name ("Terwijl", "Hij"; against "De Tijd", "Het Kanaal", "Die Welt"):
 * a headline run on into its body on one line ends before one of these, or before another opener with a word in
 * small letters after it ("... in overleg De relaties tussen ...").
 */
export const CLAUSE_OPENERS = new Set([
  'Volgens',
  'Zowel',
  'Ook',
  'Nu',
  'Er',
  'Hij',
  'Zij',
  'Ze',
  'We',
  'Wij',
  'Ik',
  'Toen',
  'Terwijl',
  'Nadat',
  'Sinds',
  'Tijdens',
  'Als',
])

/**
 * Words that open a body's first sentence: where a short label is glued to one of them ("Oorlog in ZuidlandDe
 * regering ..."), the label is a kicker, not part of the sentence.
 */
export const SENTENCE_OPENERS = new Set([
  'De',
  'Het',
  'Een',
  'In',
  'Op',
  'Bij',
  'Na',
  'Met',
  'Voor',
  'Uit',
  'Dat',
  'Dit',
  'Deze',
  'Die',
  'Door',
  ...CLAUSE_OPENERS,
])

/**
 * Labels that pages print before a body's first sentence with the line break lost ("UpdateDe regering ...",
 * "AFBEELDING VERWIJDERDHet ...") or a space before a word that opens a sentence ("video De ..."), in any case.
 */
export const BODY_LABEL = new RegExp(
  String.raw`^(?:${['update', 'verkiezingen', 'afbeelding verwijderd', 'video', 'liveblog', 'breaking']
    .sort((a, b) => b.length - a.length)
    .map(anyCase)
    .join('|')})(?:(?=\p{Lu})|[ \u00a0]+(?=(\p{Lu}\p{Ll}*)[ \u00a0]))`,
  'u',
)

/**
 * A label in capitals or an agency's name before a body's first sentence, with a space between ("OORLOG IN
 * ZUIDLAND De regering ...", "Belga De ..."): the word after it must open a sentence (`SENTENCE_OPENERS`).
 */
export const SPACED_KICKER =
  /^([\p{Lu}\p{M}]{2,}(?:[ \u00a0][\p{Lu}\p{M}]{2,}){0,4}|Belga|Reuters)[ \u00a0]+(?=(\p{Lu}\p{Ll}*)[ \u00a0])/u
