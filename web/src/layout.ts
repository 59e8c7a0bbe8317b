// Where the graph's nodes go: each bloc on its own circle, the blocs' circles around the centre, actors in
// no bloc as one more circle. Deterministic (same data, same picture) and linear in the number of nodes,
// so it needs no force simulation in the browser.

export interface LayoutNode {
  id: string
  events: number
}

export interface Point {
  x: number
  y: number
}

export function blocLayout(
  nodes: readonly LayoutNode[],
  blocs: readonly { members: string[] }[],
): Map<string, Point> {
  const known = new Set(nodes.map((n) => n.id))
  const events = new Map(nodes.map((n) => [n.id, n.events]))
  const placed = new Set<string>()
  const groups: string[][] = []
  for (const b of blocs) {
    const members = b.members.filter((m) => known.has(m) && !placed.has(m))
    members.forEach((m) => placed.add(m))
    if (members.length) groups.push(members)
  }
  const loose = nodes.map((n) => n.id).filter((id) => !placed.has(id))
  // Actors in no bloc form one more group, so the picture stays balanced.
  if (loose.length) groups.push(loose)
  const byWeight = (x: string, y: string) => (events.get(y) ?? 0) - (events.get(x) ?? 0) || x.localeCompare(y)
  const out = new Map<string, Point>()
  // Room for each node on its circle: neighbours about SPACING apart.
  const radius = (n: number) => (n <= 1 ? 0 : Math.max(1, (SPACING * n) / (2 * Math.PI)))
  const widest = Math.max(0, ...groups.map((g) => radius(g.length)))
  // Group centres on a circle wide enough for the widest groups to sit side by side with a gap.
  const ring =
    groups.length <= 1
      ? 0
      : Math.max(widest + 1.5 * SPACING, (groups.length * (2 * widest + SPACING)) / (2 * Math.PI))
  groups.forEach((g, i) => {
    const angle = (2 * Math.PI * i) / groups.length - Math.PI / 2
    circle(g.sort(byWeight), ring * Math.cos(angle), ring * Math.sin(angle), radius(g.length), out)
  })
  return out
}

const SPACING = 2

function circle(ids: string[], cx: number, cy: number, r: number, out: Map<string, Point>): void {
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / ids.length - Math.PI / 2
    out.set(id, { x: round(cx + r * Math.cos(angle)), y: round(cy + r * Math.sin(angle)) })
  })
}

const round = (v: number) => Math.round(v * 1000) / 1000
