import { ConfigService } from '@nestjs/config';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { xlsxWorkbook } from '@landsea/testing';
import { ImportsService } from './imports.service.js';
import { recognise } from './recognise.js';
import { SpreadsheetError, SpreadsheetReader } from './spreadsheet.js';

const readerWith = (timeoutMs = 10_000) => new SpreadsheetReader(new ConfigService({ IMPORT_PARSE_TIMEOUT_MS: timeoutMs }));
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof SpreadsheetError ? error.refusal : error),
  );
const writeWorkbook = async (build: (workbook: ExcelJS.Workbook) => void) => {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

describe('智能单证: reading the documents a declarant already has', () => {
  const reader = readerWith();
  const imports = new ImportsService(reader);
  afterAll(() => reader.onModuleDestroy());

  it('recognises a Chinese invoice in XLSX below a title row, with formula results and float artefacts cleaned', async () => {
    const workbook = xlsxWorkbook([
      ['重庆渝新电子有限公司 商业发票 COMMERCIAL INVOICE'],
      ['序号', '商品名称', 'Description', '规格型号', 'HS编码', '原产国', '数量', '单位', '单价(USD)', '总价(USD)', '备注'],
      [1, '笔记本电脑', 'Laptop computer', 'YX-NB14', '8471300000', 'CN', 400, 'PCE', 389, { formula: 'G3*I3', value: 155600.00000000003 }, ''],
      [2, '智能手机', 'Smartphone', 'YX-P7', '8517130000', 'CN', 'five hundred', 'PCE', 120, 60000, ''],
    ]);
    const result = recognise((await reader.read('xlsx', workbook))[0], 'invoice');
    expect(result?.headerRow).toBe(2);
    expect(result?.columns.map((c) => c.field)).toEqual(['lineNo', 'productNameZh', 'productNameEn', 'model', 'hsCode', 'originCountry', 'quantity', 'unit', 'unitPrice', 'amount']);
    expect(result?.unrecognisedColumns).toEqual([{ header: '备注', cell: 'K2' }]);
    expect(result?.lines[0]).toEqual({
      values: { lineNo: 1, productNameZh: '笔记本电脑', productNameEn: 'Laptop computer', model: 'YX-NB14', hsCode: '8471300000', originCountry: 'CN', quantity: '400', unit: 'PCE', unitPrice: '389', amount: '155600' },
      sources: { lineNo: 'A3', productNameZh: 'B3', productNameEn: 'C3', model: 'D3', hsCode: 'E3', originCountry: 'F3', quantity: 'G3', unit: 'H3', unitPrice: 'I3', amount: 'J3' },
    });
    expect(result?.problems).toEqual([{ cell: 'G4', field: 'quantity', message: 'G4: "five hundred" is not a number' }]);
  });

  it('recognises an English packing list in CSV, quotes and thousands separators included', async () => {
    const csv = '\uFEFFItem,Qty,CTNS,Package,N.W. (kg),G.W. (kg),CBM,Marks\r\n1,400,40,CT,"880.000","1,040.000",6.2,"SDT/BKK/1-40"\r\n2,500,25,CT,150,215,1.5,"SDT, BKK"\r\n\r\n';
    const result = recognise((await reader.read('csv', strToU8(csv)))[0], 'packingList');
    expect(result?.lines).toEqual([
      expect.objectContaining({ values: { lineNo: 1, quantity: '400', packages: 40, packageKind: 'CT', netWeightKg: '880', grossWeightKg: '1040', volumeM3: '6.2', marks: 'SDT/BKK/1-40' } }),
      expect.objectContaining({ values: expect.objectContaining({ marks: 'SDT, BKK', grossWeightKg: '215' }) }),
    ]);
  });

  it('reads a CSV that Chinese Excel saved in GBK (GB18030), and the same in UTF-8 without a byte order mark', async () => {
    const csv = '序号,商品名称,规格型号,HS编码,数量,单位,单价,总价\r\n1,笔记本电脑,YX-NB14,8471300000,400,台,389.00,155600.00\r\n';
    for (const bytes of [iconv.encode(csv, 'gbk'), Buffer.from(csv, 'utf8')]) {
      const result = await imports.read({ filename: 'invoice.csv', mimetype: 'text/csv', data: bytes }, 'invoice');
      expect(result.lines[0].values).toMatchObject({ productNameZh: '笔记本电脑', unit: '台', amount: '155600' });
    }
  });

  it('finds the invoice on whichever sheet it is, reads merged cells into every cell they cover, and dates and numbers as Excel stores them', async () => {
    const workbook = await writeWorkbook((wb) => {
      wb.addWorksheet('Cover').addRow(['Shipment YX-2026-0142']);
      const sheet = wb.addWorksheet('装箱单');
      sheet.addRow(['序号', '数量', '件数', '毛重', '唛头', '日期 Date']);
      sheet.addRow([1, 400, 40, 1040.1, 'SDT/BKK', new Date(Date.UTC(2026, 9, 20))]);
      sheet.addRow([2, 500, 25, 0.1 + 0.2, null, new Date(Date.UTC(2026, 9, 21))]);
      sheet.mergeCells('E2:E3');
      sheet.getColumn(6).numFmt = 'yyyy-mm-dd';
    });
    const result = await imports.read({ filename: 'packing.xlsx', mimetype: 'application/octet-stream', data: workbook }, 'packingList');
    expect(result.sheet).toBe('装箱单');
    expect(result.lines.map((l) => l.values)).toEqual([
      { lineNo: 1, quantity: '400', packages: 40, grossWeightKg: '1040.1', marks: 'SDT/BKK' },
      { lineNo: 2, quantity: '500', packages: 25, grossWeightKg: '0.3', marks: 'SDT/BKK' },
    ]);
    expect(result.lines[1].sources.marks).toBe('E3');
    const sheets = await reader.read('xlsx', workbook);
    expect(sheets[1].rows[1][5]).toBe('2026-10-20');
  });

  it('refuses a zip bomb without inflating it', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(25 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(300_000);
    expect(await refusal(reader.read('xlsx', bomb))).toEqual({ reason: 'UNSAFE', problem: 'ZIP_BOMB', details: {} });
  });

  it('refuses formulas that reach into other workbooks', async () => {
    const linked = xlsxWorkbook([['数量', '单价'], [{ formula: "'C:\\\\secret\\\\[prices.xlsx]Sheet1'!A1", value: 1 }, 2]]);
    expect(await refusal(reader.read('xlsx', linked))).toEqual({ reason: 'UNSAFE', problem: 'EXTERNAL_FORMULA', details: { sheet: 'Invoice', cell: 'A2' } });
    const external = xlsxWorkbook([['数量', '单价'], [1, 2]], { 'xl/externalLinks/externalLink1.xml': strToU8('<externalLink/>') });
    expect(await refusal(reader.read('xlsx', external))).toMatchObject({ reason: 'UNSAFE', problem: 'EXTERNAL_LINK' });
  });

  it('says when a file is not a workbook at all, or holds characters that do not exist', async () => {
    expect(await refusal(reader.read('xlsx', strToU8('PK\u0003\u0004 but not really a zip')))).toMatchObject({ reason: 'UNREADABLE' });
    const refs = zipSync({ ...Object.fromEntries(Object.entries({})), 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="&#x110000;" sheetId="1"/></sheets></workbook>') });
    expect(await refusal(reader.read('xlsx', refs))).toMatchObject({ reason: 'UNREADABLE' });
  });

  it('stops a reader that takes longer than its time, and the next file is read as usual', async () => {
    const slow = readerWith(1000);
    try {
      // Some 300,000 cells: seconds of work, stopped after one.
      const rows = Array.from({ length: 60_000 }, (_, i) => [i, i * 2, i * 3, i * 4, i * 5]);
      expect(await refusal(slow.read('xlsx', xlsxWorkbook([['数量', '单价'], ...rows])))).toEqual({ reason: 'TIMEOUT', problem: 'TIMEOUT', details: { limitMs: 1000 } });
      expect(await slow.read('csv', strToU8('数量,单价\n1,2\n'))).toEqual([{ name: 'CSV', rows: [['数量', '单价'], ['1', '2']] }]);
    } finally {
      await slow.onModuleDestroy();
    }
  });

  it('tells uploads beyond the queue to come back, and reads every one it queued', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => refusal(reader.read('csv', strToU8('数量,单价\n1,2\n')))));
    const busy = answers.filter((a) => (a as { reason?: string } | undefined)?.reason === 'BUSY');
    expect(busy.length).toBeGreaterThan(0);
    // The rest (a thread or two, and the queue of sixteen) are read, not refused.
    expect(answers.filter((a) => a === undefined).length).toBe(40 - busy.length);
    expect(40 - busy.length).toBeGreaterThanOrEqual(17);
  });
});
