// Runs in a worker thread (piscina), so a hostile file stalls a thread the pool can kill, never
// the event loop. Plain JavaScript: it runs as-is under Jest and in the build (nest-cli copies it).
import { Buffer } from 'node:buffer';
import { TextDecoder } from 'node:util';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { Unzip, UnzipInflate } from 'fflate';
import iconv from 'iconv-lite';

// A real invoice is kilobytes: these stop a zip bomb or a sheet of millions of cells early.
const MAX_ENTRY_BYTES = 20 * 1024 * 1024;
const MAX_TOTAL_BYTES = 40 * 1024 * 1024;
const MAX_ROWS = 10_000;
const MAX_CELLS = 100_000;
const MAX_COLUMNS = 200;
const MAX_SHEETS = 50;

class Refusal extends Error {
  constructor(reason, problem, details = {}) {
    super(problem);
    this.refusal = { reason, problem, details };
  }
}

/** Inflates every part once, counting bytes as they come out, before any XML parser sees them. */
function checkZip(data) {
  let total = 0;
  let refusal;
  const unzip = new Unzip((file) => {
    if (file.name.startsWith('xl/externalLinks/')) {
      refusal ??= new Refusal('UNSAFE', 'EXTERNAL_LINK');
      return;
    }
    let size = 0;
    file.ondata = (error, chunk) => {
      if (refusal) return;
      if (error) {
        refusal = new Refusal('UNREADABLE', 'DAMAGED');
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
        refusal = new Refusal('UNSAFE', 'ZIP_BOMB');
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(data, true);
  } catch {
    refusal ??= new Refusal('UNREADABLE', 'NOT_XLSX');
  }
  if (refusal) throw refusal;
}

const EXTERNAL_FORMULA = /\[|'[^']*[\\/]/;

/** A cell's value as Excel stores it: numbers unformatted, dates as ISO dates, formulas by their cached result. */
function text(value) {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return text(value.result);
  if ('error' in value) return value.error;
  if ('text' in value) return text(value.text);
  return '';
}

async function readXlsx(data) {
  checkZip(data);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new Refusal('UNREADABLE', 'NOT_XLSX');
  }
  if (workbook.worksheets.length > MAX_SHEETS) throw new Refusal('TOO_LARGE', 'TOO_MANY_SHEETS', { limit: MAX_SHEETS });
  const sheets = [];
  let cellCount = 0;
  for (const sheet of workbook.worksheets) {
    if (sheet.rowCount > MAX_ROWS) throw new Refusal('TOO_LARGE', 'TOO_MANY_ROWS', { sheet: sheet.name, limit: MAX_ROWS });
    if (sheet.columnCount > MAX_COLUMNS) throw new Refusal('TOO_LARGE', 'TOO_MANY_COLUMNS', { sheet: sheet.name, limit: MAX_COLUMNS });
    const rows = [];
    for (let r = 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells = [];
      cellCount += row.cellCount;
      if (cellCount > MAX_CELLS) throw new Refusal('TOO_LARGE', 'TOO_MANY_CELLS', { limit: MAX_CELLS });
      // A merged cell reads as the value of the range's top-left cell, in every cell it covers.
      for (let c = 1; c <= row.cellCount; c += 1) {
        const cell = row.getCell(c);
        const formula = cell.value && typeof cell.value === 'object' ? (cell.value.formula ?? cell.value.sharedFormula) : undefined;
        if (typeof formula === 'string' && EXTERNAL_FORMULA.test(formula)) throw new Refusal('UNSAFE', 'EXTERNAL_FORMULA', { sheet: sheet.name, cell: cell.address });
        cells.push(text(cell.value).trim());
      }
      rows.push(cells);
    }
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8, else GB18030, Chinese Excel's default. */
function decode(data) {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf16be');
  try {
    return UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

function readCsv(data) {
  const source = decode(data);
  if (source.includes('\u0000')) throw new Refusal('UNREADABLE', 'NOT_TEXT');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0];
  let rows;
  try {
    rows = parse(source, { delimiter, relax_column_count: true, relax_quotes: true, trim: true, skip_empty_lines: false, to: MAX_ROWS + 1 });
  } catch (error) {
    throw new Refusal('UNREADABLE', 'CSV_DAMAGED', { line: error.lines });
  }
  if (rows.length > MAX_ROWS) throw new Refusal('TOO_LARGE', 'TOO_MANY_ROWS', { limit: MAX_ROWS });
  if (rows.some((row) => row.length > MAX_COLUMNS)) throw new Refusal('TOO_LARGE', 'TOO_MANY_COLUMNS', { limit: MAX_COLUMNS });
  if (rows.reduce((sum, row) => sum + row.length, 0) > MAX_CELLS) throw new Refusal('TOO_LARGE', 'TOO_MANY_CELLS', { limit: MAX_CELLS });
  return [{ name: 'CSV', rows }];
}

/** The sheets of an XLSX workbook or a CSV file as rows of cell texts, or why it cannot be read. */
export default async function read({ kind, data, started }) {
  // The reader's time budget starts now, with the modules loaded.
  started.postMessage('started');
  started.close();
  try {
    return { sheets: kind === 'xlsx' ? await readXlsx(data) : readCsv(data) };
  } catch (error) {
    if (error instanceof Refusal) return { refused: error.refusal };
    return { refused: { reason: 'UNREADABLE', problem: kind === 'xlsx' ? 'NOT_XLSX' : 'CSV_DAMAGED', details: {} } };
  }
}
