// Issue 20 on the held-out development pages (../shared/samples/zeelandnet, when present): every event of
// an article with a dateline has a place. Only counts are read and asserted; no page text enters the repo.

import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/core/message.js'
import { createDefaultPipeline } from '../../src/index.js'
import { readInputs } from '../../src/sources/input.js'

const dev = '../shared/samples/zeelandnet'

describe.skipIf(!existsSync(dev))('places on the development pages', () => {
  it('places every event of an article with a dateline', async () => {
    const pipeline = createDefaultPipeline()
    let withDateline = 0
    let unplaced = 0
    for await (const item of readInputs([dev])) {
      if (item instanceof InputError) continue
      for (const a of pipeline.run(item).articles) {
        if (!a.dateline?.places.length) continue
        for (const e of a.events ?? []) {
          withDateline++
          if (!e.place) unplaced++
        }
      }
    }
    expect(withDateline).toBeGreaterThan(0)
    expect(unplaced).toBe(0)
  })
})
