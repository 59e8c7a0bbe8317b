// Dutch words around a place name that put an event there (src/places).
// Source: written for Entente from Dutch grammar and news usage (the word lists are ours), 2026-11.

/**
 * Words that put what follows at a place: "in Moskou", "bij Charkiv", "boven de Zwarte Zee". Not "naar",
 * "aan" or "voor" (a destination or a beneficiary: "wapens naar Oekraïne", "steun aan Israël").
 */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'bij',
  'nabij',
  'rond',
  'rondom',
  'boven',
  'langs',
  'vanuit',
  'binnen',
  'buiten',
  'tegenover',
])
/** "op" puts a region or sea there ("op de Krim", "op de Rode Zee"), but a state or a city is a target. */
export const PLACE_ON = 'op'
/** Words that may stand between the preposition and the name: "in het oosten van", "bij de stad". */
export const PLACE_BETWEEN = new Set([
  'de',
  'het',
  'den',
  'der',
  'van',
  'een',
  'noorden',
  'zuiden',
  'oosten',
  'westen',
  'noordoosten',
  'noordwesten',
  'zuidoosten',
  'zuidwesten',
  'centrum',
  'buurt',
  'omgeving',
  'kust',
  'grens',
  'regio',
  'provincie',
  'stad',
  'hoofdstad',
  'havenstad',
  'haven',
  'dorp',
  'plaats',
  'wateren',
  'ten',
  'zuidelijke',
  'noordelijke',
  'oostelijke',
  'westelijke',
  'bezette',
  'omstreden',
])
/** "voor" puts what follows at a place only before a coast: "voor de kust van Jemen". */
export const PLACE_OFF = 'voor'
export const PLACE_COAST = 'kust'
