// The whole page document, one JSON object per line: text, spans, articles, mentions, events and messages.

import type { PageWriter } from './registry.js'

export const writer: PageWriter = (page) => JSON.stringify(page) + '\n'
