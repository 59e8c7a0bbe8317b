// Display names for actor codes: Dutch country names from i18n-iso-countries (CLDR) for ISO codes; other
// codes (NATO, EU, HAMAS) are their own names.

import countries from 'i18n-iso-countries'
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' }

countries.registerLocale(nl)

export function actorName(code: string): string {
  if (code === 'XKX') return 'Kosovo'
  // The short name ("Rusland") rather than the official one ("Russische Federatie").
  return (/^[A-Z]{3}$/.test(code) && countries.getName(code, 'nl', { select: 'alias' })) || code
}
