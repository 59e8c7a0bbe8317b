// The 16 PLOVER v0.8 event types, in the order of the manual. No imports, so the dashboard can share it.

export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const
export type EventType = (typeof EVENT_TYPES)[number]

/** Types whose two sides are interchangeable ("X en Y" and "Y en X" tell the same meeting or deal). */
export const MUTUAL_TYPES: ReadonlySet<string> = new Set<EventType>(['CONSULT', 'COOPERATE', 'AGREE'])

/** Acts that can be denied as having happened: deeds, not words. */
export const DEEDS: ReadonlySet<string> = new Set<EventType>([
  'ASSAULT',
  'COERCE',
  'AID',
  'MOBILIZE',
  'SANCTION',
])
/** Types that a lone actor can do to itself (a domestic protest, an arrest at home). */
export const REFLEXIVE: ReadonlySet<string> = new Set<EventType>(['ASSAULT', 'COERCE', 'PROTEST', 'ACCUSE'])
