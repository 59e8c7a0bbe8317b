// The PLOVER `geolocation` object of an event's place, shared by `extract --format plover` and the export.

export interface Geolocation {
  lat: number
  lon: number
  placename: string
  country: string | null
  precision: 'city' | 'region' | 'country' | 'dateline'
}

export function geolocation(
  place:
    | { lat: number; lon: number; name: string; country: string | null; precision: Geolocation['precision'] }
    | null
    | undefined,
): Geolocation | null {
  if (!place) return null
  return {
    lat: place.lat,
    lon: place.lon,
    placename: place.name,
    country: place.country,
    precision: place.precision,
  }
}
