// What a view is: it renders a route into its root (showing loading, then data) and may return a
// function that releases what it holds (the WebGL renderer) when the route changes.

import type { Route } from '../route.js'

export type View<R extends Route> = (
  root: HTMLElement,
  route: R,
  signal: AbortSignal,
) => Promise<void | (() => void)>
