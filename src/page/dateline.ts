// Datelines: "MOSKOU (ANP/RTR/DPA) - ", "WASHINGTON/ABU DHABI (ANP/AFP) - ", a local "MIDDELBURG - ".

/** One place: words in capitals (CAÏRO, GAZA-STAD, ÎLE LONGUE, AIR FORCE ONE, 'S-HERTOGENBOSCH). */
const PLACE = String.raw`['’]?\p{Lu}[\p{Lu}\p{M}'’.\-]*(?:[ \u00a0]\p{Lu}[\p{Lu}\p{M}'’.\-]*){0,5}`
// Stray spaces and a dash inside the bracket are the page's typing: "( - REUTERS)", "(ANP /RTR )".
const AGENCIES = String.raw`\([ \u00a0]*(?:[-–][ \u00a0]*)?([\p{L}&.]{1,20}(?:[ \u00a0]?\/[ \u00a0]?[\p{L}&.]{1,20}){0,7})[ \u00a0]*\)`
// After the agencies a full stop may stand for the dash ("BRUSSEL (ANP). De top ...").
const DATELINE = new RegExp(
  String.raw`^(${PLACE}(?:[ \u00a0]?\/[ \u00a0]?${PLACE}){0,4})[ \u00a0]+(?:${AGENCIES}(?:[ \u00a0]+[-–—]|\.)|[-–—])(?:[ \u00a0]+(?=\S)|[ \u00a0]*$)`,
  'u',
)
/**
 * A place written as a name ("Den Haag - ", "Moskou – ", "Lima/Quito - "), maybe with the day after it ("Lima, 3
 * mei. - "): a dateline only when every place is known.
 */
const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){0,2}`
const NAMED_DATELINE = new RegExp(
  String.raw`^(${NAME}(?:\/${NAME}){0,3})(?:, \d{1,2} \p{Ll}{3,9}\.?)?[ \u00a0]+[-–—][ \u00a0]+(?=[\p{Lu}"'‘“„])`,
  'u',
)
/** Agencies alone at the start of a body, with no place: "(ANP/AFP) - Het ...", "(Belga) De ...", "(AB FX-Dow Jones) Het". */
const AGENCIES_ONLY = new RegExp(
  String.raw`^\(([\p{L}&.]{2,20}(?:[ \u00a0-][\p{L}&.]{1,20}){0,3}(?:\/[\p{L}&.]{2,20}){0,3})\)(?:[ \u00a0]+[-–—])?[ \u00a0]+(?=[\p{Lu}"'‘“„])`,
  'u',
)

export interface DatelineMatch {
  places: string[]
  agencies: string[]
  /** Length of the whole dateline including " - ": the body starts right after it. */
  length: number
  /** A place written as a name ("Den Haag - "), not in capitals: its headline must look like a title. */
  named?: boolean
  /** A topic label glued before the first place, when one was split off. */
  kicker?: string
}

export function matchDateline(s: string): DatelineMatch | null {
  const m = DATELINE.exec(s)
  if (!m) return null
  const places = m[1]!.split('/').map((p) => p.trim())
  // A place needs two letters: a lone capital ("A - B") is not a dateline.
  if (places.some((p) => p.replace(/[^\p{L}]/gu, '').length < 2)) return null
  const agencies = m[2] ? m[2].split('/').map((a) => a.trim()) : []
  return { places, agencies, length: m[0].length }
}

/** "Den Haag - De regering ...": a known place in ordinary capitals before a dash and a sentence. */
export function matchNamedDateline(s: string, isPlace: (name: string) => boolean): DatelineMatch | null {
  const m = NAMED_DATELINE.exec(s)
  if (!m) return null
  const places = m[1]!.split('/')
  if (!places.every(isPlace)) return null
  // A sentence follows, not names ("Washington - Brussel", "Azië - Omroep - RSS") or a title ("Zuidland – Rebellen
  // trekken de stad binnen"): it reads on, or it ends.
  const rest = s.slice(m[0].length).trimEnd()
  if (!readsOn(rest) && !/[.!?]["'”’»)]*$/u.test(rest)) return null
  return { places, agencies: [], length: m[0].length, named: true }
}

/** "(ANP/AFP) - De regering ...": the agencies of a body with no place before them. */
export function matchAgenciesOnly(s: string): DatelineMatch | null {
  const m = AGENCIES_ONLY.exec(s)
  if (!m) return null
  // A body that reads on past the bracket, not a bracketed aside that opens a short line.
  if (!readsOn(s.slice(m[0].length))) return null
  return { places: [], agencies: m[1]!.split('/').map((a) => a.trim()), length: m[0].length }
}

/** Text that reads on as a body's sentence: eight words or more, not a short line's tail. */
export function readsOn(rest: string): boolean {
  return rest.split(/\s+/).length >= 8
}
