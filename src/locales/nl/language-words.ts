// Dutch function words that tell a Dutch text from another language's (src/page/language.ts).
// Source: written for Entente from Dutch grammar (the word list is ours), 2026-11.

/**
 * Function words rare as words in English, German, French, Afrikaans and the other languages eld tells
 * apart from Dutch.
 */
export const STRONG_FUNCTION_WORDS = new Set(
  'het een niet wordt werd naar ook maar heeft hebben door bij uit nog deze wel werden worden volgens tegen zich'.split(
    ' ',
  ),
)

/** The strong ones and the merely frequent ones. */
export const FUNCTION_WORDS = new Set([
  ...STRONG_FUNCTION_WORDS,
  ...'zijn dat van de en in op met voor er'.split(' '),
])

/** Dutch's definite articles; Afrikaans, which shares most function words, has "die" for both. */
export const DEFINITE_ARTICLES = new Set(['de', 'het'])
export const AFRIKAANS_ARTICLE = 'die'
