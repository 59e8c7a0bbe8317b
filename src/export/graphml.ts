// The relations graph as GraphML: one node per actor (name, events, bloc, placed at its state's centre) and
// one undirected edge per pair.

import { stateCentre } from '../places/gazetteer.js'
import type { GraphWriter } from './registry.js'
import { xml } from './xml.js'

export const writer: GraphWriter = ({ nodes, edges }) => {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="bloc" for="node" attr.name="bloc" attr.type="int"/>',
    '  <key id="latitude" for="node" attr.name="latitude" attr.type="double"/>',
    '  <key id="longitude" for="node" attr.name="longitude" attr.type="double"/>',
    '  <key id="e_events" for="edge" attr.name="events" attr.type="int"/>',
    '  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>',
    '  <key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>',
    '  <key id="score" for="edge" attr.name="score" attr.type="double"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="entente" edgedefault="undirected">',
  ]
  for (const n of nodes) {
    out.push(`    <node id="${xml(n.id)}">`)
    out.push(`      <data key="name">${xml(n.name)}</data>`)
    out.push(`      <data key="events">${n.events}</data>`)
    if (n.bloc !== null) out.push(`      <data key="bloc">${n.bloc}</data>`)
    const at = stateCentre(n.id)
    if (at)
      out.push(`      <data key="latitude">${at.lat}</data>`, `      <data key="longitude">${at.lon}</data>`)
    out.push('    </node>')
  }
  edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xml(e.a)}" target="${xml(e.b)}">`)
    out.push(`      <data key="e_events">${e.events}</data>`)
    out.push(`      <data key="cooperation">${e.cooperation}</data>`)
    out.push(`      <data key="conflict">${e.conflict}</data>`)
    out.push(`      <data key="score">${e.scoreSum}</data>`)
    out.push(`      <data key="weight">${e.events}</data>`)
    out.push('    </edge>')
  })
  out.push('  </graph>', '</graphml>', '')
  return out.join('\n')
}
