// `entente watch`: folders (new and changed files, WARC files among them) and feeds by URL, ingested as they
// change through the ingest service. Feeds are polled on their own schedule with ETag/Last-Modified and a
// growing wait after errors; a feed that keeps failing is reported and stays in the list. An item is a page
// whose hash is its content, so an item or file seen before is never stored twice, across restarts too.
// With a job queue (PostgreSQL), feed polls are jobs, so that of many watching processes one polls a feed
// at a time, and the poll's state (validators, failures) travels with the job.

import { stat } from 'node:fs/promises'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { expandInputs, readBytes, readInputs, type InputItem } from '../sources/input.js'
import { splitFeed } from '../sources/rss.js'
import type { Store } from '../store/dialects/types.js'
import type { JobQueue } from '../store/dialects/queue.js'
import { Ingestor, type IngestHooks, type PipelineSource } from './service.js'

/** What a feed's poll keeps for the next one. */
export interface FeedState {
  url: string
  etag?: string
  lastModified?: string
  /** Polls in a row that failed; the wait before the next doubles with each, up to MAX_BACKOFF_S. */
  failures: number
  error?: string
}

/** The longest wait between polls of a failing feed. */
const MAX_BACKOFF_S = 3600
/** Longest wait for a feed to answer. */
const FETCH_TIMEOUT_MS = 30_000

export type WatchEvent =
  | { event: 'start'; folders: string[]; feeds: string[] }
  | { event: 'stored'; source: string; pages: number; stored: number }
  | { event: 'feed-unchanged'; url: string }
  | { event: 'feed-failed'; url: string; failures: number; error: string; retryInSeconds: number }
  | { event: 'error'; source: string; error: string }
  | { event: 'stop'; stored: number }

export interface WatchOptions {
  folders: string[]
  feeds: string[]
  /** Seconds between polls of a feed (and at most between looks at the folders). */
  intervalSeconds: number
  /** Stops the loop; the batch being stored is finished first. */
  signal: AbortSignal
  /** The job queue feed polls go through, when the store has one. */
  queue?: JobQueue | null
  log: (event: WatchEvent) => void
  /** Called after every round, for a status line. */
  onRound?: (status: WatchStatus) => void
}

export interface WatchStatus {
  stored: number
  pages: number
  failingFeeds: string[]
  lastStoredAt: string | null
}

/** The wait before a feed's next poll: the interval, doubled for each failure in a row, capped. */
export function nextPollSeconds(state: FeedState, intervalSeconds: number): number {
  return Math.min(MAX_BACKOFF_S, intervalSeconds * 2 ** Math.min(state.failures, 16))
}

/** One poll: the feed's new bytes cut into one-item pages, or nothing when unchanged; never throws. */
export async function pollFeed(
  state: FeedState,
  signal?: AbortSignal,
): Promise<{ state: FeedState; items: InputItem[] | null }> {
  const headers: Record<string, string> = { 'user-agent': 'entente-watch' }
  if (state.etag) headers['if-none-match'] = state.etag
  if (state.lastModified) headers['if-modified-since'] = state.lastModified
  try {
    const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS)
    const response = await fetch(state.url, {
      headers,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    })
    if (response.status === 304) return { state: { ...state, failures: 0, error: undefined }, items: null }
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const bytes = new Uint8Array(await response.arrayBuffer())
    const next: FeedState = {
      url: state.url,
      failures: 0,
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
      ...(response.headers.get('last-modified')
        ? { lastModified: response.headers.get('last-modified')! }
        : {}),
    }
    const name = new URL(state.url).pathname.split('/').pop() || 'feed.xml'
    const observedAt = new Date().toISOString()
    const items: InputItem[] = []
    for (const part of splitFeed(bytes, state.url))
      for await (const item of readBytes(part, name, { input: state.url, observedAt, format: 'feed' }))
        items.push(item)
    return { state: next, items }
  } catch (e) {
    const error = (e as Error).message
    return { state: { ...state, failures: state.failures + 1, error }, items: null }
  }
}

/** Watches until the signal aborts. */
export async function watch(
  store: Store,
  pipeline: PipelineSource,
  options: WatchOptions,
  hooks: IngestHooks = {},
): Promise<void> {
  const ingestor = new Ingestor(store, pipeline, hooks)
  const { log, signal } = options
  const files = new Map<string, string>()
  const feeds = new Map<string, { state: FeedState; due: number }>(
    options.feeds.map((url) => [url, { state: { url, failures: 0 }, due: 0 }]),
  )
  let lastStoredAt: string | null = null
  log({ event: 'start', folders: options.folders, feeds: options.feeds })

  const store_ = async (source: string, items: InputItem[]) => {
    const before = ingestor.report.stored
    const pages: Page[] = []
    for (const item of items) {
      if (item instanceof InputError) log({ event: 'error', source, error: item.message })
      else pages.push(item)
    }
    if (pages.length === 0) return
    await ingestor.pages(pages)
    const stored = ingestor.report.stored - before
    if (stored > 0) {
      lastStoredAt = new Date().toISOString()
      log({ event: 'stored', source, pages: pages.length, stored })
    }
  }

  const feedPolled = async (state: FeedState, result: Awaited<ReturnType<typeof pollFeed>>) => {
    if (result.state.failures > 0)
      log({
        event: 'feed-failed',
        url: state.url,
        failures: result.state.failures,
        error: result.state.error!,
        retryInSeconds: nextPollSeconds(result.state, options.intervalSeconds),
      })
    else if (result.items === null) log({ event: 'feed-unchanged', url: state.url })
    else await store_(state.url, result.items)
  }

  // With a queue, each feed gets a first poll job unless another process scheduled one already.
  for (const url of options.feeds) await options.queue?.scheduleFeed({ url, failures: 0 }, 0)

  while (!signal.aborted) {
    // Folders: files new or changed since the last look (by size and modification time).
    for (const entry of await expandInputs(options.folders)) {
      if (signal.aborted) break
      if (entry instanceof InputError || entry === '-') continue
      const s = await stat(entry).catch(() => null)
      if (!s) continue
      const key = `${s.size}:${s.mtimeMs}`
      if (files.get(entry) === key) continue
      files.set(entry, key)
      const items: InputItem[] = []
      // A file's crawl time is when it was written, as a crawler's output folder has it.
      for await (const item of readInputs([entry], { observedAt: 'mtime' })) items.push(item)
      await store_(entry, items)
    }

    // Feeds: the due ones, from the queue when there is one.
    if (options.queue) {
      for (const job of await options.queue.takeFeeds<FeedState>(8)) {
        if (signal.aborted) break
        const result = await pollFeed(job.data, signal)
        await feedPolled(job.data, result)
        await options.queue.scheduleFeed(result.state, nextPollSeconds(result.state, options.intervalSeconds))
        await options.queue.completeFeeds([job.id])
        const local = feeds.get(job.data.url)
        if (local) local.state = result.state
      }
    } else {
      for (const feed of feeds.values()) {
        if (signal.aborted || feed.due > Date.now()) continue
        const result = await pollFeed(feed.state, signal)
        await feedPolled(feed.state, result)
        feed.state = result.state
        feed.due = Date.now() + nextPollSeconds(result.state, options.intervalSeconds) * 1000
      }
    }

    options.onRound?.({
      stored: ingestor.report.stored,
      pages: ingestor.report.pages,
      failingFeeds: [...feeds.values()].filter((f) => f.state.failures > 0).map((f) => f.state.url),
      lastStoredAt,
    })
    await sleep(Math.min(options.intervalSeconds, 5) * 1000, signal)
  }
  log({ event: 'stop', stored: ingestor.report.stored })
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}
