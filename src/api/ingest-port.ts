// What the API's write route calls to ingest one posted page, and what that reports.

/** What ingesting one page through the API reports. */
export interface IngestReport {
  page: number | null
  duplicate: boolean
  articles: number
  events: number
}

export type PageIngester = (page: { bytes: Uint8Array; name: string; url?: string }) => Promise<IngestReport>
