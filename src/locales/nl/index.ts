// The Dutch LanguagePack: the words its stages key on, from the files beside this one, and the Snowball
// stemmer for Dutch.

import { stemmer } from '@orama/stemmers/dutch'
import type { LanguagePack } from '../../core/language-pack.js'
import { PLACE_BETWEEN, PLACE_COAST, PLACE_OFF, PLACE_ON, PLACE_PREPOSITIONS } from './place-words.js'

export const nl: LanguagePack = {
  code: 'nl',
  places: {
    prepositions: PLACE_PREPOSITIONS,
    on: PLACE_ON,
    between: PLACE_BETWEEN,
    off: PLACE_OFF,
    coast: PLACE_COAST,
  },
  stem: stemmer,
}
