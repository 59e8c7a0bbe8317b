// Progress on long runs: a live bar on a terminal (pages, articles/s, and an ETA from the bytes read when the
// input size is known), a plain line now and then when output is not a terminal, and a summary line at the
// end either way.

export interface ProgressOptions {
  /** Total bytes of the inputs, when known: gives a percentage and an ETA. */
  totalBytes?: number
  /** Milliseconds between plain lines when not on a terminal; 0 for none. */
  plainEveryMs?: number
  /** Clock, for tests. */
  now?: () => number
}

export class Progress {
  private pages = 0
  private articles = 0
  private bytes = 0
  private readonly started: number
  private lastDraw = 0
  private lastPlain: number
  private drawn = false
  private readonly now: () => number

  constructor(
    private readonly out: NodeJS.WriteStream | { isTTY?: boolean; write(s: string): unknown },
    private readonly options: ProgressOptions = {},
  ) {
    this.now = options.now ?? Date.now
    this.started = this.now()
    this.lastPlain = this.started
  }

  /** Raw bytes read so far grew by `n`. */
  read(n: number): void {
    this.bytes += n
  }

  tick(articles: number): void {
    this.pages++
    this.articles += articles
    const now = this.now()
    if (!this.out.isTTY) {
      const every = this.options.plainEveryMs ?? 10_000
      if (every > 0 && now - this.lastPlain >= every) {
        this.lastPlain = now
        this.out.write(`entente: ${this.line()}\n`)
      }
      return
    }
    if (now - this.lastDraw < 100) return
    this.lastDraw = now
    this.out.write(`\r\x1b[K${this.bar()}${this.line()}`)
    this.drawn = true
  }

  clear(): void {
    if (this.drawn) this.out.write('\r\x1b[K')
    this.drawn = false
  }

  private fraction(): number | null {
    const total = this.options.totalBytes
    return total && total > 0 ? Math.min(this.bytes / total, 1) : null
  }

  private bar(): string {
    const f = this.fraction()
    if (f === null) return ''
    const width = 20
    const full = Math.round(f * width)
    return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${(f * 100).toFixed(0).padStart(3)}% `
  }

  line(): string {
    const secs = Math.max((this.now() - this.started) / 1000, 1e-3)
    let s = `${this.pages} pages, ${this.articles} articles, ${(this.articles / secs).toFixed(0)} articles/s`
    const f = this.fraction()
    if (f !== null && f > 0 && f < 1) s += `, ETA ${formatDuration((secs * (1 - f)) / f)}`
    return s
  }

  done(failed: number, extra = ''): void {
    this.clear()
    this.out.write(`entente: ${this.line()}${extra}${failed ? `, ${failed} input(s) failed` : ''}\n`)
  }
}

export function formatDuration(secs: number): string {
  const s = Math.round(secs)
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}
