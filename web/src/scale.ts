// Colours and sizes: a diverging scale from conflict (red) through neutral grey to cooperation (blue) for
// PLOVER scores, a categorical palette for blocs and quad classes, and square-root sizes for counts.

type Rgb = [number, number, number]

const CONFLICT: Rgb = [0xc6, 0x28, 0x28]
const NEUTRAL: Rgb = [0xb0, 0xb0, 0xb0]
const COOPERATION: Rgb = [0x1f, 0x6f, 0xb4]

/** Scores at or beyond this magnitude take the full colour (PLOVER scores run from -10 to +10). */
export const SCORE_SATURATION = 6

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`
}

function mix(x: Rgb, y: Rgb, t: number): Rgb {
  return [x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]
}

/** The colour of a mean score: red below zero, grey at zero or unknown, blue above. */
export function scoreColour(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score) || score === 0) return hex(NEUTRAL)
  const t = Math.min(1, Math.abs(score) / SCORE_SATURATION)
  return hex(mix(NEUTRAL, score < 0 ? CONFLICT : COOPERATION, t))
}

/** Distinct hues that read on white and are told apart with the common colour-vision deficiencies. */
export const BLOC_PALETTE = [
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#8c6d31',
  '#6a3d9a',
  '#d55e00',
  '#0072b2',
  '#999933',
  '#882255',
] as const

export const NO_BLOC = '#8a8a8a'

export function blocColour(bloc: number | null | undefined): string {
  if (bloc === null || bloc === undefined || bloc < 0) return NO_BLOC
  return BLOC_PALETTE[bloc % BLOC_PALETTE.length]!
}

/** Quad classes 1..4: verbal and material cooperation (blues), verbal and material conflict (reds). */
export const QUAD = {
  1: { name: 'Verbal cooperation', colour: '#8ec1e6' },
  2: { name: 'Material cooperation', colour: '#1f6fb4' },
  3: { name: 'Verbal conflict', colour: '#f4a582' },
  4: { name: 'Material conflict', colour: '#c62828' },
} as const

/** Maps 0..max to lo..hi by square root, so area grows with the count. */
export function sqrtScale(value: number, max: number, lo: number, hi: number): number {
  if (!(max > 0) || !(value > 0)) return lo
  return lo + (hi - lo) * Math.sqrt(Math.min(value, max) / max)
}

/** A trend as an arrow and a word: warmer, colder, steady, or unknown. */
export function trendMark(trend: number | null | undefined): { arrow: string; label: string } {
  if (trend === null || trend === undefined || !Number.isFinite(trend))
    return { arrow: '–', label: 'no earlier data' }
  if (trend > 0.05) return { arrow: '▲', label: `warmer by ${trend.toFixed(2)}` }
  if (trend < -0.05) return { arrow: '▼', label: `colder by ${(-trend).toFixed(2)}` }
  return { arrow: '→', label: 'steady' }
}
