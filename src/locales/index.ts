// The language packs Entente has, one line each, and the choice of one for an article.

import type { LanguagePack } from '../core/language-pack.js'
import { nl } from './nl/index.js'

export const PACKS: readonly LanguagePack[] = [nl]

/** Entente reads Dutch news: text in a language without a pack (a quote, a teaser) is read as Dutch. */
export const DEFAULT_PACK = nl

/** The pack for an article's detected language, else the default. */
export function packFor(
  language: string | null | undefined,
  packs: readonly LanguagePack[] = PACKS,
): LanguagePack {
  return packs.find((p) => p.code === language) ?? DEFAULT_PACK
}
