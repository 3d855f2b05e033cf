import { Unzip, UnzipInflate } from 'fflate';
import type { LocalisedMessage } from '@landsea/errors';

/** A sheet as rows of cell texts, each with its A1 reference. */
export interface Sheet {
  readonly rows: ReadonlyArray<ReadonlyArray<{ readonly ref: string; readonly text: string }>>;
}

export class SpreadsheetError extends Error {
  constructor(
    readonly reason: 'UNSAFE' | 'UNREADABLE',
    readonly messages: LocalisedMessage,
  ) {
    super(messages.en);
  }
}

const NOT_XLSX: LocalisedMessage = { en: 'The file is not an XLSX workbook', 'zh-CN': '该文件不是 XLSX 工作簿' };

// A real invoice is kilobytes; these bounds stop a zip bomb long before memory is at risk.
const MAX_ENTRY_BYTES = 20 * 1024 * 1024;
const MAX_TOTAL_BYTES = 40 * 1024 * 1024;
const WANTED = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/;

const column = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Inflates only the parts of the workbook it needs, counting every byte as it comes out. */
function unzipWorkbook(data: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  let total = 0;
  let failure: SpreadsheetError | undefined;
  const unzip = new Unzip((file) => {
    if (file.name.startsWith('xl/externalLinks/')) {
      failure ??= new SpreadsheetError('UNSAFE', {
        en: 'The workbook links to other workbooks; save it with values only',
        'zh-CN': '该工作簿链接了其他工作簿，请只保存数值后再上传',
      });
      return;
    }
    if (!WANTED.test(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new SpreadsheetError('UNREADABLE', { en: 'The workbook is damaged', 'zh-CN': '该工作簿已损坏' });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
        failure = new SpreadsheetError('UNSAFE', {
          en: 'The workbook expands to far more than any invoice or packing list; it is refused as a zip bomb',
          'zh-CN': '该工作簿解压后远大于任何发票或装箱单，视为压缩炸弹予以拒收',
        });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) parts.set(file.name, Buffer.concat(chunks).toString('utf8'));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(data, true);
  } catch {
    failure ??= new SpreadsheetError('UNREADABLE', NOT_XLSX);
  }
  if (failure) throw failure;
  return parts;
}

/** The first sheet of an XLSX workbook, with cached formula results; formulas reaching outside it are refused. */
export function readXlsx(data: Uint8Array): Sheet {
  const parts = unzipWorkbook(data);
  const workbook = parts.get('xl/workbook.xml');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new SpreadsheetError('UNREADABLE', NOT_XLSX);
  const firstSheetRel = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const target = firstSheetRel ? new RegExp(`<Relationship\\b[^>]*Id="${firstSheetRel}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  const sheetXml = target ? parts.get(`xl/${target.replace(/^\/?xl\//, '')}`) : undefined;
  if (!sheetXml) throw new SpreadsheetError('UNREADABLE', { en: 'The workbook has no sheet', 'zh-CN': '该工作簿中没有工作表' });

  const shared = [...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decodeXml([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const rows: Array<Array<{ ref: string; text: string }>> = [];
  for (const row of sheetXml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: Array<{ ref: string; text: string }> = [];
    for (const cell of row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1];
      const body = cell[2] ?? '';
      const ref = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1] ?? `${column(cells.length)}${rows.length + 1}`;
      const formula = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
      if (formula && /\[|'[^']*[\\/]/.test(formula)) {
        throw new SpreadsheetError('UNSAFE', {
          en: `Cell ${ref} has a formula that reaches outside the workbook; save it with values only`,
          'zh-CN': `单元格 ${ref} 的公式引用了工作簿以外的内容，请只保存数值后再上传`,
        });
      }
      const type = /\bt="([^"]+)"/.exec(attributes)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const text =
        type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? decodeXml([...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')) : decodeXml(value ?? '');
      cells.push({ ref, text: text.trim() });
    }
    rows.push(cells);
  }
  return { rows };
}

/** CSV as spreadsheet programs write it: quoted fields, a byte order mark, comma, semicolon or tab. */
export function readCsv(data: Uint8Array): Sheet {
  const text = Buffer.from(data).toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new SpreadsheetError('UNREADABLE', { en: 'The file is not a text CSV', 'zh-CN': '该文件不是文本格式的 CSV' });
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0];
  const rows: Array<Array<{ ref: string; text: string }>> = [];
  let row: Array<{ ref: string; text: string }> = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push({ ref: `${column(row.length)}${rows.length + 1}`, text: cell.trim() });
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return { rows };
}
