// The relations graph as GEXF 1.3 for Gephi: one node per actor (name, events, bloc, placed at its state's
// centre for the geo layout) and one undirected edge per pair.

import { stateCentre } from '../places/gazetteer.js'
import type { GraphWriter } from './registry.js'
import { xml } from './xml.js'

export const writer: GraphWriter = ({ nodes, edges }) => {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>Entente</creator></meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="events" title="events" type="integer"/>',
    '      <attribute id="bloc" title="bloc" type="integer"/>',
    '      <attribute id="latitude" title="latitude" type="double"/>',
    '      <attribute id="longitude" title="longitude" type="double"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="cooperation" title="cooperation" type="integer"/>',
    '      <attribute id="conflict" title="conflict" type="integer"/>',
    '      <attribute id="score" title="score" type="double"/>',
    '    </attributes>',
    '    <nodes>',
  ]
  for (const n of nodes) {
    out.push(`      <node id="${xml(n.id)}" label="${xml(n.name)}">`)
    out.push('        <attvalues>')
    out.push(`          <attvalue for="events" value="${n.events}"/>`)
    if (n.bloc !== null) out.push(`          <attvalue for="bloc" value="${n.bloc}"/>`)
    const at = stateCentre(n.id)
    if (at)
      out.push(
        `          <attvalue for="latitude" value="${at.lat}"/>`,
        `          <attvalue for="longitude" value="${at.lon}"/>`,
      )
    out.push('        </attvalues>', '      </node>')
  }
  out.push('    </nodes>', '    <edges>')
  edges.forEach((e, i) => {
    out.push(`      <edge id="${i}" source="${xml(e.a)}" target="${xml(e.b)}" weight="${e.events}">`)
    out.push('        <attvalues>')
    out.push(`          <attvalue for="cooperation" value="${e.cooperation}"/>`)
    out.push(`          <attvalue for="conflict" value="${e.conflict}"/>`)
    out.push(`          <attvalue for="score" value="${e.scoreSum}"/>`)
    out.push('        </attvalues>', '      </edge>')
  })
  out.push('    </edges>', '  </graph>', '</gexf>', '')
  return out.join('\n')
}
