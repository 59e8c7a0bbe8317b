// The store as the commands use it: opened from --db (or ENTENTE_DB), closed afterwards, and actors given
// by code or by name resolved against the store and the knowledge base's names. Store and knowledge-base
// modules are imported when a command runs, so help and argument errors never load them.

import type { ReadModel } from '../read/model.js'
import type { Store } from '../store/dialects/index.js'
import { closest, usage, type Args } from './args.js'
import { str } from './options.js'

export async function withStore<T>(args: Args, fn: (store: Store) => Promise<T>, create = false): Promise<T> {
  const { openStore, resolveDb } = await import('../store/dialects/index.js')
  const store = await openStore(resolveDb(str(args, 'db')), { create })
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}

export async function withReadModel<T>(
  args: Args,
  fn: (read: ReadModel, store: Store) => Promise<T>,
): Promise<T> {
  const { readModel } = await import('../store/read.js')
  return withStore(args, (store) => fn(readModel(store), store))
}

/** Aborted at the first SIGINT or SIGTERM, so a long-running command can finish what it holds and stop. */
export function stopSignal(): AbortSignal {
  const controller = new AbortController()
  const stop = () => controller.abort()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return controller.signal
}

const CODE = /^[A-Z][A-Z0-9_]{1,15}$/

/** Resolves actor arguments, each a code or a name the knowledge base knows ("Rusland", "Russia", "RUS"). */
export class ActorResolver {
  private names: Map<string, string[]> | null = null

  constructor(private readonly read: ReadModel) {}

  private async nameIndex(): Promise<Map<string, string[]>> {
    if (!this.names) {
      const { actorNameIndex } = await import('../actors/kb.js')
      this.names = actorNameIndex()
    }
    return this.names
  }

  /** The code for `input`, or a usage error that suggests the closest known actors. */
  async resolve(input: string, what: string): Promise<string> {
    const upper = input.trim().toUpperCase()
    if (CODE.test(upper) && (await this.read.hasActor(upper))) return upper
    const { normalizeWord } = await import('../actors/normalize.js')
    const index = await this.nameIndex()
    const codes = index.get(normalizeWord(input.trim()))
    if (codes?.length === 1) return codes[0]!
    if (codes && codes.length > 1)
      usage(`${what} "${input}" names more than one actor (${codes.join(', ')}); give the code`)
    const known = new Set([...index.values()].flat())
    if (CODE.test(upper) && known.has(upper)) return upper
    const stored = (await this.read.actors({})).map((a) => a.code)
    const { actorName } = await import('../api/names.js')
    const suggestions = [
      ...closest(upper, [...stored, ...known], 3),
      ...closest(input, [...index.keys()], 3).map((n) => index.get(n)![0]!),
    ]
    const unique = [...new Set(suggestions)].slice(0, 3)
    const hint = unique.length
      ? `; did you mean ${unique.map((c) => `${c} (${actorName(c)})`).join(', ')}?`
      : '; `entente actors` lists the actors in the store'
    usage(`unknown actor "${input}" for ${what}${hint}`)
  }
}
