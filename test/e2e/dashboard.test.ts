// End-to-end test of the dashboard in a real Chromium (playwright-core, the system browser): from the
// relations graph to an actor, a dyad, a period's events and an article, where the evidence must be marked,
// and an article holding markup that must stay text. It serves its own store (the synthetic corpus plus a
// hostile page, through the real pipeline) with `startServer`, or uses ENTENTE_DASHBOARD_URL when set.
// Without Chromium it is skipped with the reason, unless ENTENTE_REQUIRE_BROWSER=1 (set by .ci/run).

import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, WEB_ROOT, type RunningServer } from '../../src/api/serve.js'
import { createDefaultPipeline } from '../../src/index.js'
import { readText } from '../../src/sources/text.js'
import { openStore, type Store } from '../../src/store/dialects/index.js'
import { readModel } from '../../src/store/read.js'
import { storePage } from '../../src/store/repositories/pages.js'
import { tempDir } from '../helpers/build.js'
import { corpus, readCorpusPage } from '../helpers/corpus.js'

const executablePath = process.env.ENTENTE_CHROMIUM ?? '/usr/bin/chromium'
const shots = 'test-output/screenshots'
const hasBrowser = existsSync(executablePath)
const hasWeb = existsSync(join(WEB_ROOT, 'index.html'))
if (process.env.ENTENTE_REQUIRE_BROWSER === '1' && (!hasBrowser || !hasWeb))
  throw new Error(
    `the dashboard test is required but ${!hasBrowser ? `Chromium is missing at ${executablePath}` : 'web/dist is not built (npm run build)'}`,
  )
const reason = !hasBrowser
  ? `Chromium not found at ${executablePath} (apt-get install chromium, or set ENTENTE_CHROMIUM)`
  : !hasWeb
    ? 'the dashboard is not built (npm run build)'
    : null
if (reason) console.warn(`entente tests: skipping the dashboard end-to-end test: ${reason}`)

const HOSTILE = `Nieuws | Buitenland
Aanval op de <script>alert(1)</script> krant
DEN HAAG (ANP) - Rusland heeft Noorwegen <img src=x onerror=alert(1)> beschuldigd van spionage. Noorwegen wees de beschuldiging af.
`

let url = process.env.ENTENTE_DASHBOARD_URL ?? ''
let server: RunningServer | null = null
let store: Store | null = null
let hostileArticle = 0

async function serveOwnStore(): Promise<void> {
  store = await openStore(join(tempDir(), 'dashboard.db'))
  const pipeline = createDefaultPipeline()
  for (const p of corpus()) await storePage(store, pipeline.run(readCorpusPage(p)))
  const hostile = pipeline.run(
    readText(
      Buffer.from(HOSTILE),
      { input: 'hostile.txt', name: 'hostile.txt' },
      {
        observedAt: '2025-03-10T12:00:00Z',
        observedAtSource: 'flag',
      },
    ),
  )
  await storePage(store, hostile)
  const row = await store.db
    .selectFrom('articles as a')
    .innerJoin('pages as p', 'p.id', 'a.page_id')
    .select('a.id')
    .where('p.name', '=', 'hostile.txt')
    .executeTakeFirstOrThrow()
  hostileArticle = Number(row.id)
  server = await startServer({ read: readModel(store), port: 0 })
  url = `${server.url}/`
}

describe.skipIf(!!reason)('dashboard end to end', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    if (!url) await serveOwnStore()
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    mkdirSync(shots, { recursive: true })
    // Ingesting the store and starting Chromium took over 10 s on a loaded machine.
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await store?.close()
  })

  it('goes from the graph to an actor, a dyad, an event and its evidence', async () => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })

    await page.goto(url)
    const node = page.locator('[data-testid^="node-"]').first()
    await node.waitFor()
    await page.locator('[data-testid^="edge-"]').first().waitFor()
    await page.screenshot({ path: `${shots}/1-graph.png`, fullPage: true })

    const code = (await node.getAttribute('data-testid'))!.slice('node-'.length)
    await node.click()
    await page.waitForURL(new RegExp(`#/actor/${code}`))
    await expect.poll(() => page.locator('h1').textContent()).toContain(code)
    await page.locator('h2', { hasText: 'Recent events' }).waitFor()
    await page.screenshot({ path: `${shots}/2-actor.png`, fullPage: true })

    const dyad = page.locator('[data-testid^="dyad-"]').first()
    await dyad.waitFor()
    await dyad.click()
    await page.waitForURL(/#\/dyad\//)
    const bar = page.locator('svg.timeline a').first()
    await bar.waitFor()
    await bar.click()
    await page.waitForURL(/period=/)
    const row = page.locator('tr[data-testid^="event-"]').first()
    await row.waitFor()
    await page.screenshot({ path: `${shots}/3-dyad.png`, fullPage: true })

    await row.locator('a.evidence-link').click()
    await page.waitForURL(/#\/article\/\d+\?event=\d+/)
    const [, article, event] = /#\/article\/(\d+)\?event=(\d+)/.exec(page.url())!
    const mark = page.locator('mark[data-testid="evidence"]')
    await mark.waitFor()
    await expect.poll(() => mark.isVisible()).toBe(true)
    const api = await page.evaluate(async (id) => (await fetch(`/api/articles/${id}`)).json(), article)
    const evidence = (api as { events: { id: number; evidence: string }[] }).events.find(
      (e) => e.id === Number(event),
    )!.evidence
    expect(await mark.textContent()).toBe(evidence)
    await page.screenshot({ path: `${shots}/4-article.png`, fullPage: true })

    await page.goto(new URL('#/events', url).href)
    await page.locator('tr[data-testid^="event-"]').first().waitFor()
    await page.screenshot({ path: `${shots}/5-events.png`, fullPage: true })

    expect(errors).toEqual([])
  })

  it('refreshes itself when new pages are stored while it is open', async () => {
    if (!store) return
    await page.goto(new URL('?refresh=1#/', url).href)
    const header = page.locator('form.window span')
    const count = async () =>
      Number(
        /([\d,]+) articles in the store/.exec((await header.textContent()) ?? '')?.[1]?.replace(/,/g, ''),
      )
    await expect.poll(count).toBeGreaterThan(0)
    const before = await count()
    // Let the dashboard take its first look at the totals, which later looks compare with.
    await page.waitForTimeout(1500)
    const pipeline = createDefaultPipeline()
    const fresh = pipeline.run(
      readText(
        Buffer.from('HELSINKI (ANP) - Finland sluit de grensovergangen met Rusland.\n'),
        { input: 'fresh.txt', name: 'fresh.txt' },
        { observedAt: '2025-03-11T09:00:00Z', observedAtSource: 'flag' },
      ),
    )
    await storePage(store, fresh)
    // No reload and no navigation: the view is drawn again with the new totals.
    await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(before)
  }, 60_000)

  it('counts in the header follow the chosen window, as /api/stats?from&to does', async () => {
    await page.goto(url)
    const stats = (path: string) =>
      page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<{
        events: number
        stories: number
        firstDate: string
      }>
    const whole = await stats('/api/stats')
    const day = whole.firstDate.slice(0, 10)
    const inside = await stats(`/api/stats?from=${day}&to=${day}`)
    expect(inside.events).toBeLessThan(whole.events)
    const header = page.locator('form.window span')
    await expect.poll(() => header.textContent()).toContain(`${whole.events.toLocaleString('en')} events in`)
    await page.goto(new URL(`#/?from=${day}&to=${day}`, url).href)
    await expect
      .poll(() => header.textContent())
      .toContain(
        `${inside.events.toLocaleString('en')} events in ${inside.stories.toLocaleString('en')} stories in this window`,
      )
  })

  it('draws the events on a map that follows the list’s filters, and leads from a point to the evidence', async () => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    // Outlines are bundled: the page asks nothing of any other host.
    const foreign: string[] = []
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== new URL(url).origin) foreign.push(r.url())
    })

    await page.goto(new URL('#/events', url).href)
    await page.locator('[data-testid="to-map"]').click()
    await page.waitForURL(/#\/map/)
    const spots = page.locator('svg.world circle.spot')
    await spots.first().waitFor()
    expect(await page.locator('svg.world path.land').count()).toBeGreaterThan(100)
    await page.screenshot({ path: `${shots}/7-map.png`, fullPage: true })

    // One point per distinct place of the events the API gives for the same filters.
    type Listed = {
      items: { quad: number; place: { lat: number; lon: number; country: string | null } | null }[]
    }
    const keysOf = (r: Listed) =>
      new Set(
        r.items.filter((e) => e.place).map((e) => `${e.place!.lat.toFixed(3)},${e.place!.lon.toFixed(3)}`),
      )
    const all = (await page.evaluate(async () => (await fetch('/api/events?limit=500')).json())) as Listed
    expect(await spots.count()).toBe(keysOf(all).size)

    // Filters and the time window narrow the map as they narrow the list.
    const country = all.items.find((e) => e.place?.country)!.place!.country!
    await page.goto(new URL(`#/map?country=${country}`, url).href)
    await page.locator('svg.world').waitFor()
    const one = (await page.evaluate(
      async (c) => (await fetch(`/api/events?country=${c}&limit=500`)).json(),
      country,
    )) as Listed
    await expect.poll(() => spots.count()).toBe(keysOf(one).size)
    expect(keysOf(one).size).toBeLessThan(keysOf(all).size)
    const stats = (await page.evaluate(async () => (await fetch('/api/stats')).json())) as {
      firstDate: string
    }
    await page.goto(new URL(`#/map?to=${stats.firstDate}`, url).href)
    await page.locator('svg.world').waitFor()
    const early = (await page.evaluate(
      async (d) => (await fetch(`/api/events?to=${d}&limit=500`)).json(),
      stats.firstDate,
    )) as Listed
    await expect.poll(() => spots.count()).toBe(keysOf(early).size)

    // A point's colour is the quad class of most of its events; clicking it lists them.
    await page.goto(new URL('#/map', url).href)
    await spots.first().waitFor()
    const spot = spots.first()
    expect(await spot.getAttribute('class')).toMatch(/\bq[1-4]\b/)
    await spot.click()
    const row = page.locator('.spot-events tr[data-testid^="event-"]').first()
    await row.waitFor()
    const label = (await spot.getAttribute('aria-label'))!
    const n = Number(/: (\d+) event/.exec(label)![1])
    expect(await page.locator('.spot-events tr[data-testid^="event-"]').count()).toBe(n)
    await page.screenshot({ path: `${shots}/8-map-point.png`, fullPage: true })

    await row.locator('a.evidence-link').click()
    await page.waitForURL(/#\/article\/\d+\?event=\d+/)
    const mark = page.locator('mark[data-testid="evidence"]')
    await mark.waitFor()
    await expect.poll(() => mark.isVisible()).toBe(true)

    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('shows markup in an article as text', async () => {
    if (!hostileArticle) return
    await page.goto(new URL(`#/article/${hostileArticle}`, url).href)
    const body = page.locator('main')
    await expect.poll(() => body.textContent()).toContain('<img src=x onerror=alert(1)>')
    expect(await body.textContent()).toContain('<script>alert(1)</script>')
    expect(await page.locator('main script, main img').count()).toBe(0)
    await page.screenshot({ path: `${shots}/6-hostile-article.png`, fullPage: true })
  })
})
