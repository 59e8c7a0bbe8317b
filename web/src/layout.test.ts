import { describe, expect, it } from 'vitest'
import { blocLayout } from './layout.js'

describe('blocLayout', () => {
  const nodes = ['RUS', 'CHN', 'IRN', 'USA', 'UKR', 'EU', 'HAMAS'].map((id, i) => ({ id, events: 10 - i }))
  const blocs = [{ members: ['CHN', 'IRN', 'RUS'] }, { members: ['EU', 'UKR', 'USA'] }]

  it('places every node once, at distinct finite points, the same each time', () => {
    const at = blocLayout(nodes, blocs)
    expect([...at.keys()].sort()).toEqual(nodes.map((n) => n.id).sort())
    const keys = new Set([...at.values()].map((p) => `${p.x},${p.y}`))
    expect(keys.size).toBe(nodes.length)
    for (const p of at.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true)
    expect(blocLayout(nodes, blocs)).toEqual(at)
  })

  it('keeps a bloc closer together than to the other bloc', () => {
    const at = blocLayout(nodes, blocs)
    const d = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y)
    expect(d('RUS', 'CHN')).toBeLessThan(d('RUS', 'USA'))
    expect(d('EU', 'UKR')).toBeLessThan(d('EU', 'IRN'))
  })

  it('ignores bloc members that are not nodes and handles empty input', () => {
    expect(blocLayout([], blocs).size).toBe(0)
    expect(blocLayout([{ id: 'RUS', events: 1 }], [{ members: ['RUS', 'XXX'] }]).size).toBe(1)
  })
})
