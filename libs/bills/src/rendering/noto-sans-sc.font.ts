import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

/**
 * Noto Sans SC (SIL OFL 1.1) from @fontsource/noto-sans-sc, which ships the font cut into about
 * a hundred slices by code point. PDF's standard fonts have no Chinese glyphs, and the whole font
 * is 10 MB a weight: text is split into runs by slice, and PDFKit embeds only the glyphs used.
 * The WOFF 1 files are used, unpacked here to plain TrueType: PDFKit's subsetter cannot read
 * WOFF 2's transformed glyph table, and fontkit's own inflater rejects some of these WOFF tables.
 */
const require = createRequire(import.meta.url);
const PACKAGE = '@fontsource/noto-sans-sc';

export type FontWeight = 400 | 700;

export interface FontRun {
  /** The slice holding the run's glyphs, as PDFKit's registered font name. */
  readonly font: string;
  readonly text: string;
}

let slices: Map<number, string> | undefined;
let fallback: string | undefined;
const files = new Map<string, Buffer>();

/** Each code point the font covers, to the slice that holds its glyph. */
function sliceOf(codePoint: number): string {
  if (!slices) {
    slices = new Map();
    const ranges = require(`${PACKAGE}/unicode.json`) as Record<string, string>;
    for (const [key, list] of Object.entries(ranges)) {
      const slice = key.replace(/[[\]]/g, '');
      for (const range of list.split(',')) {
        const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
        for (let cp = parseInt(from, 16); cp <= parseInt(to, 16); cp++) if (!slices.has(cp)) slices.set(cp, slice);
      }
    }
    // A character the font lacks is drawn from the Latin slice, as its missing-glyph box.
    fallback = slices.get('A'.codePointAt(0) as number);
  }
  return slices.get(codePoint) ?? (fallback as string);
}

/** Splits text into runs that one slice can draw; spaces and controls stay with their neighbours. */
export function fontRuns(text: string, weight: FontWeight): FontRun[] {
  const runs: Array<{ font: string; text: string }> = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    const last = runs.at(-1);
    if (last && codePoint <= 0x20) {
      last.text += char;
      continue;
    }
    const font = `noto-sans-sc-${sliceOf(codePoint)}-${weight}`;
    if (last?.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

/** The slice's font as TrueType, read and unpacked once per process. */
export function fontFile(font: string): Buffer {
  let file = files.get(font);
  if (!file) {
    file = woffToSfnt(readFileSync(require.resolve(`${PACKAGE}/files/${font}-normal.woff`)));
    files.set(font, file);
  }
  return file;
}

/** WOFF 1 is the TrueType tables, each zlib-deflated, behind a header of their own: unpack them. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF font');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const [offset, compressed, length] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
    const stored = woff.subarray(offset, offset + compressed);
    return { tag: woff.subarray(entry, entry + 4), checksum: woff.readUInt32BE(entry + 16), data: compressed < length ? inflateSync(stored) : stored };
  });
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + 16 * i;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}
