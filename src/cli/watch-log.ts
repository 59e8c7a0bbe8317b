// What `entente watch` says: one terse line per event, and a status line kept at the bottom of a terminal.

import type { WatchEvent, WatchStatus } from '../ingest/watch.js'

export function formatEvent(e: WatchEvent): string {
  switch (e.event) {
    case 'start':
      return `watching ${e.folders.length} folder(s), ${e.feeds.length} feed(s)`
    case 'stored':
      return `${e.source}: stored ${e.stored} new page(s) of ${e.pages}`
    case 'feed-unchanged':
      return `${e.url}: unchanged`
    case 'feed-failed':
      return `${e.url}: failed ${e.failures} time(s) in a row (${e.error}); next try in ${e.retryInSeconds} s`
    case 'error':
      return `${e.source}: ${e.error}`
    case 'stop':
      return `stopped; stored ${e.stored} new page(s)`
  }
}

/** Log lines on stderr, with a status line under them when stderr is a terminal (and not with --json). */
export class StatusLine {
  private shown = false
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly json: boolean,
  ) {}

  log(line: string): void {
    this.clear()
    this.stream.write(this.json ? `${line}\n` : `entente: ${line}\n`)
  }

  show(s: WatchStatus): void {
    if (this.json || !this.stream.isTTY) return
    const failing = s.failingFeeds.length > 0 ? `; failing: ${s.failingFeeds.join(', ')}` : ''
    const last = s.lastStoredAt ? `; last stored ${s.lastStoredAt.slice(11, 19)}` : ''
    this.stream.write(`\r\x1b[2K${s.stored} new page(s) of ${s.pages} seen${last}${failing}`)
    this.shown = true
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K')
    this.shown = false
  }
}
