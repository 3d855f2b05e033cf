import { Decimal } from 'decimal.js';
import type { Sheet } from './spreadsheet.js';

export type ImportedDocument = 'invoice' | 'packingList';

type Kind = 'integer' | 'decimal' | 'text' | 'code';

/** The columns of each document, with the headers declarants actually use, in Chinese and English. */
const COLUMNS: Record<ImportedDocument, Record<string, { kind: Kind; headers: string[] }>> = {
  invoice: {
    lineNo: { kind: 'integer', headers: ['序号', '项号', '行号', 'no', 'item', 'itemno', 'line', 'lineno'] },
    productNameZh: { kind: 'text', headers: ['商品名称', '品名', '中文品名', '货物名称'] },
    productNameEn: { kind: 'text', headers: ['英文品名', 'description', 'descriptionofgoods', 'product', 'productname', 'goods'] },
    model: { kind: 'text', headers: ['规格型号', '型号', '规格', 'model', 'specification', 'modelno'] },
    hsCode: { kind: 'code', headers: ['商品编号', 'hs编码', '海关编码', '税号', 'hscode', 'hs', 'tariffcode'] },
    originCountry: { kind: 'code', headers: ['原产国', '原产地', 'origin', 'countryoforigin', 'coo'] },
    quantity: { kind: 'decimal', headers: ['数量', 'quantity', 'qty'] },
    unit: { kind: 'code', headers: ['单位', '计量单位', 'unit', 'uom'] },
    unitPrice: { kind: 'decimal', headers: ['单价', 'unitprice', 'price'] },
    amount: { kind: 'decimal', headers: ['总价', '金额', '总金额', 'amount', 'total', 'totalamount', 'totalprice'] },
  },
  packingList: {
    lineNo: { kind: 'integer', headers: ['序号', '项号', '行号', 'no', 'item', 'itemno', 'line', 'lineno'] },
    quantity: { kind: 'decimal', headers: ['数量', 'quantity', 'qty'] },
    packages: { kind: 'integer', headers: ['件数', '箱数', 'packages', 'cartons', 'ctns', 'pkgs'] },
    packageKind: { kind: 'code', headers: ['包装种类', '包装', 'packagekind', 'package', 'packing'] },
    netWeightKg: { kind: 'decimal', headers: ['净重', 'netweight', 'nw', 'net'] },
    grossWeightKg: { kind: 'decimal', headers: ['毛重', 'grossweight', 'gw', 'gross'] },
    volumeM3: { kind: 'decimal', headers: ['体积', 'volume', 'measurement', 'cbm', 'meas'] },
    marks: { kind: 'text', headers: ['唛头', 'marks', 'shippingmarks', 'marksandnumbers'] },
    // The container the line is stowed in; the client makes it the line's stowage.
    container: { kind: 'code', headers: ['箱号', '集装箱号', '柜号', 'container', 'containerno', 'containernumber', 'cntrno', 'ctnrno'] },
  },
};

const column = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/** 毛重(KG) → 毛重; "Gross Weight (kg)" → grossweight; "N.W." → nw. */
const normalise = (header: string): string =>
  header
    .toLowerCase()
    .replace(/[（(][^)）]*[)）]/g, '')
    .replace(/[\s._:：/\\\-#*]/g, '');

export interface ImportResult {
  readonly document: ImportedDocument;
  /** The sheet the lines were read from (CSV for a CSV file). */
  readonly sheet: string;
  /** The row the headers were found in (1-based). */
  readonly headerRow: number;
  readonly columns: ReadonlyArray<{ header: string; cell: string; field: string }>;
  readonly unrecognisedColumns: ReadonlyArray<{ header: string; cell: string }>;
  /** Each line's values, and the cell each came from. */
  readonly lines: ReadonlyArray<{ values: Record<string, string | number>; sources: Record<string, string> }>;
  readonly problems: ReadonlyArray<{ cell: string; field: string; message: string }>;
}

function convert(kind: Kind, text: string): string | number | undefined {
  const cleaned = text.replace(/[,，\s]/g, '');
  if (kind === 'integer') return /^\d+(\.0+)?$/.test(cleaned) ? Number.parseInt(cleaned, 10) : undefined;
  if (kind === 'decimal') {
    if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cleaned)) return undefined;
    // Spreadsheets store binary doubles: 155600.00000000003 is 155600.
    return new Decimal(cleaned).toSignificantDigits(15).toFixed();
  }
  if (kind === 'code') return text.replace(/\s+/g, '').toUpperCase();
  return text;
}

/**
 * Finds the header row among the first rows, recognises each column by its header, and reads
 * every line below it until a blank row, noting which cell each value came from.
 */
export function recognise(sheet: Sheet, document: ImportedDocument): ImportResult | undefined {
  const table = COLUMNS[document];
  const lookup = new Map<string, string>();
  for (const [field, { headers }] of Object.entries(table)) for (const h of headers) lookup.set(normalise(h), field);
  let best: { index: number; matched: number } | undefined;
  sheet.rows.slice(0, 15).forEach((row, index) => {
    const matched = new Set(row.map((text) => lookup.get(normalise(text))).filter(Boolean)).size;
    if (matched >= 2 && (!best || matched > best.matched)) best = { index, matched };
  });
  if (!best) return undefined;
  const headerIndex = best.index;
  const ref = (position: number, index: number) => `${column(position)}${index + 1}`;
  const columns: Array<{ header: string; cell: string; field: string; position: number }> = [];
  const unrecognised: Array<{ header: string; cell: string }> = [];
  sheet.rows[headerIndex].forEach((text, position) => {
    if (!text) return;
    const field = lookup.get(normalise(text));
    if (field && !columns.some((c) => c.field === field)) columns.push({ header: text, cell: ref(position, headerIndex), field, position });
    else unrecognised.push({ header: text, cell: ref(position, headerIndex) });
  });
  const lines: Array<{ values: Record<string, string | number>; sources: Record<string, string> }> = [];
  const problems: Array<{ cell: string; field: string; message: string }> = [];
  for (let index = headerIndex + 1; index < sheet.rows.length; index += 1) {
    const row = sheet.rows[index];
    if (row.every((text) => !text)) break;
    const values: Record<string, string | number> = {};
    const sources: Record<string, string> = {};
    for (const { field, position } of columns) {
      const text = row[position];
      if (!text) continue;
      const cell = ref(position, index);
      const value = convert(table[field].kind, text);
      if (value === undefined) {
        problems.push({ cell, field, message: `${cell}: "${text}" is not a ${table[field].kind === 'integer' ? 'whole number' : 'number'}` });
        continue;
      }
      values[field] = value;
      sources[field] = cell;
    }
    lines.push({ values, sources });
  }
  return {
    document,
    sheet: sheet.name,
    headerRow: headerIndex + 1,
    columns: columns.map(({ position: _, ...c }) => c),
    unrecognisedColumns: unrecognised,
    lines,
    problems,
  };
}
