// A language's rules as one object, in the spirit of chrono-node's locales: the words a stage keys on and
// the language's stemmer. A stage asks for the pack of the article it reads, by the article's detected
// language (src/locales/index.ts), so a new language is a folder under src/locales plus one registry line,
// and no stage changes. Today the places stage and full-text search read their words from the pack; the
// other stages' Dutch moves behind it next (see docs/decisions/0014-house.md).

/** The words around a place name that put an event there ("in Moskou", "voor de kust van Jemen"). */
export interface PlaceWords {
  /** Words that put what follows at a place. */
  prepositions: ReadonlySet<string>
  /** A word that puts a region or sea there, but makes a state or a city a target ("op"). */
  on: string
  /** Words that may stand between the preposition and the name ("het oosten van", "de stad"). */
  between: ReadonlySet<string>
  /** A word that puts what follows at a place only before `coast` ("voor de kust van"). */
  off: string
  coast: string
}

export interface LanguagePack {
  /** ISO 639-1 code, as the language stage (src/page/language.ts) detects it. */
  code: string
  places: PlaceWords
  /** A word's stem, for full-text search (lowercase, without diacritics). */
  stem(word: string): string
}
