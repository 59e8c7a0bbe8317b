// An event's key within an article (decide.ts eventKey) is built without sorting an array; it must equal the
// key of its definition: the pair, sorted as Array.prototype.sort sorts it for mutual types, joined by "|".

import { describe, expect, it } from 'vitest'
import { eventKey } from './decide.js'
import { EVENT_TYPES, MUTUAL_TYPES } from './types.js'

function defined(source: string | null, target: string | null, type: string): string {
  const pair = MUTUAL_TYPES.has(type) && target ? [source, target].sort() : [source, target]
  return `${pair.join('|')}|${type}`
}

describe('eventKey', () => {
  const sides = [null, 'CHN', 'RUS', 'USA', 'NATO', 'EU', 'IGOUNO', 'nul', 'null', 'nulls', 'ZZZ', 'chn', '']
  it('equals the sorted and joined pair for every side, target and type', () => {
    for (const type of [...EVENT_TYPES, 'NONE'])
      for (const source of sides)
        for (const target of sides) expect(eventKey(source, target, type)).toBe(defined(source, target, type))
  })

  it('is the same both ways round for mutual types only', () => {
    expect(eventKey('RUS', 'CHN', 'CONSULT')).toBe(eventKey('CHN', 'RUS', 'CONSULT'))
    expect(eventKey('RUS', 'CHN', 'ACCUSE')).not.toBe(eventKey('CHN', 'RUS', 'ACCUSE'))
    expect(eventKey(null, 'RUS', 'AGREE')).toBe('RUS||AGREE')
  })
})
