// Progress on long runs: a live line on a terminal, nothing in between when output is not a terminal,
// and a summary line at the end either way.

export class Progress {
  private pages = 0
  private articles = 0
  private readonly started = Date.now()
  private lastDraw = 0
  private drawn = false

  constructor(private readonly out: NodeJS.WriteStream) {}

  tick(articles: number): void {
    this.pages++
    this.articles += articles
    if (!this.out.isTTY) return
    const now = Date.now()
    if (now - this.lastDraw < 100) return
    this.lastDraw = now
    this.out.write(`\r\x1b[K${this.line()}`)
    this.drawn = true
  }

  clear(): void {
    if (this.drawn) this.out.write('\r\x1b[K')
    this.drawn = false
  }

  private line(): string {
    const secs = Math.max((Date.now() - this.started) / 1000, 1e-3)
    return `${this.pages} pages, ${this.articles} articles, ${(this.articles / secs).toFixed(0)} articles/s`
  }

  done(failed: number): void {
    this.clear()
    this.out.write(`entente: ${this.line()}${failed ? `, ${failed} input(s) failed` : ''}\n`)
  }
}
