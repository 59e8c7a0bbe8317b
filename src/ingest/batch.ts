// Pages per transaction, apart from the service so the CLI can show the default without loading the store.

/** Large enough that commits and look-ups are a small share of the work, small enough to lose little. */
export const DEFAULT_BATCH = 64
