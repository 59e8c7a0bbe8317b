// End-to-end test of the dashboard in a real Chromium (playwright-core, the system browser): from the
// relations graph to an actor, a dyad, a period's events and an article, where the evidence must be marked.
// Runs against ENTENTE_DASHBOARD_URL (e.g. a running `entente serve`); skipped when it is unset.

import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'

const url = process.env.ENTENTE_DASHBOARD_URL
const executablePath = process.env.ENTENTE_CHROMIUM ?? '/usr/bin/chromium'
const shots = 'test-output/screenshots'

describe.skipIf(!url)('dashboard end to end', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
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
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('goes from the graph to an actor, a dyad, an event and its evidence', async () => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })

    await page.goto(url!)
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

    await page.goto(new URL('#/events', url!).href)
    await page.locator('tr[data-testid^="event-"]').first().waitFor()
    await page.screenshot({ path: `${shots}/5-events.png`, fullPage: true })

    expect(errors).toEqual([])
  })
})

describe.skipIf(!!url)('dashboard end to end (not configured)', () => {
  it.skip('set ENTENTE_DASHBOARD_URL to a running dashboard (entente serve) to run this test', () => {})
})
