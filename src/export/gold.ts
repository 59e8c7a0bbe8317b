// A page in the gold format (../shared/gold/README.md), one file per page: what later stages fill is empty.

import { toGold } from '../eval/gold.js'
import type { PageWriter } from './registry.js'

export const writer: PageWriter = (page) => JSON.stringify(toGold(page), null, 2) + '\n'
