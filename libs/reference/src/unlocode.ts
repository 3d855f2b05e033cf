import { readDataFile } from './data-file.js';

export type TransportMode = 'SEA' | 'RAIL' | 'ROAD' | 'AIR';

export interface Location {
  readonly code: string;
  readonly name: string;
  readonly country: string;
  /** The 8-position function classifier: 1 port, 2 rail, 3 road, 4 airport, 5 postal, 6 multimodal, 7 fixed, B border. */
  readonly functions: string;
}

const MODE_POSITION: Record<TransportMode, number> = { SEA: 0, RAIL: 1, ROAD: 2, AIR: 3 };

let locations: Map<string, Location> | undefined;

function load(): Map<string, Location> {
  if (locations) return locations;
  locations = new Map();
  for (const line of readDataFile('unlocode.tsv').split('\n')) {
    const [code, name, functions] = line.split('\t');
    if (code?.length === 5) locations.set(code, { code, name, country: code.slice(0, 2), functions: functions ?? '' });
  }
  return locations;
}

export function findLocation(code: string): Location | undefined {
  return load().get(code.toUpperCase().replace(/\s+/g, ''));
}

/**
 * Whether a location can serve a transport mode by its UN/LOCODE function: a port for SEA, a rail
 * terminal for RAIL, a road terminal for ROAD, an airport for AIR. A multimodal (6) location
 * serves rail and road too.
 */
export function locationServes(location: Location, mode: TransportMode): boolean {
  if (location.functions[MODE_POSITION[mode]] !== undefined && location.functions[MODE_POSITION[mode]] !== '-') return true;
  return (mode === 'RAIL' || mode === 'ROAD') && location.functions[5] === '6';
}
