import { strToU8, zipSync } from 'fflate';
import { recognise } from './recognise.js';
import { readCsv, readXlsx, SpreadsheetError } from './spreadsheet.js';
import { xlsxWorkbook } from '@landsea/testing';

describe('智能单证: reading the documents a declarant already has', () => {
  it('recognises a Chinese invoice in XLSX below a title row, with formula results and float artefacts cleaned', () => {
    const workbook = xlsxWorkbook([
      ['重庆渝新电子有限公司 商业发票 COMMERCIAL INVOICE'],
      ['序号', '商品名称', 'Description', '规格型号', 'HS编码', '原产国', '数量', '单位', '单价(USD)', '总价(USD)', '备注'],
      [1, '笔记本电脑', 'Laptop computer', 'YX-NB14', '8471300000', 'CN', 400, 'PCE', 389, { formula: 'G3*I3', value: 155600.00000000003 }, ''],
      [2, '智能手机', 'Smartphone', 'YX-P7', '8517130000', 'CN', 'five hundred', 'PCE', 120, 60000, ''],
    ]);
    const result = recognise(readXlsx(workbook), 'invoice');
    expect(result?.headerRow).toBe(2);
    expect(result?.columns.map((c) => c.field)).toEqual(['lineNo', 'productNameZh', 'productNameEn', 'model', 'hsCode', 'originCountry', 'quantity', 'unit', 'unitPrice', 'amount']);
    expect(result?.unrecognisedColumns).toEqual([{ header: '备注', cell: 'K2' }]);
    expect(result?.lines[0]).toEqual({
      values: { lineNo: 1, productNameZh: '笔记本电脑', productNameEn: 'Laptop computer', model: 'YX-NB14', hsCode: '8471300000', originCountry: 'CN', quantity: '400', unit: 'PCE', unitPrice: '389', amount: '155600' },
      sources: { lineNo: 'A3', productNameZh: 'B3', productNameEn: 'C3', model: 'D3', hsCode: 'E3', originCountry: 'F3', quantity: 'G3', unit: 'H3', unitPrice: 'I3', amount: 'J3' },
    });
    expect(result?.problems).toEqual([{ cell: 'G4', field: 'quantity', message: 'G4: "five hundred" is not a number' }]);
  });

  it('recognises an English packing list in CSV, quotes and thousands separators included', () => {
    const csv = '\uFEFFItem,Qty,CTNS,Package,N.W. (kg),G.W. (kg),CBM,Marks\r\n1,400,40,CT,"880.000","1,040.000",6.2,"SDT/BKK/1-40"\r\n2,500,25,CT,150,215,1.5,"SDT, BKK"\r\n\r\n';
    const result = recognise(readCsv(strToU8(csv)), 'packingList');
    expect(result?.lines).toEqual([
      expect.objectContaining({ values: { lineNo: 1, quantity: '400', packages: 40, packageKind: 'CT', netWeightKg: '880', grossWeightKg: '1040', volumeM3: '6.2', marks: 'SDT/BKK/1-40' } }),
      expect.objectContaining({ values: expect.objectContaining({ marks: 'SDT, BKK', grossWeightKg: '215' }) }),
    ]);
  });

  it('refuses a zip bomb without inflating it', () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(25 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(300_000);
    expect(() => readXlsx(bomb)).toThrow(/refused as a zip bomb/);
  });

  it('refuses formulas that reach into other workbooks', () => {
    const linked = xlsxWorkbook([['数量', '单价'], [{ formula: "'C:\\\\secret\\\\[prices.xlsx]Sheet1'!A1", value: 1 }, 2]]);
    expect(() => readXlsx(linked)).toThrow(/reaches outside the workbook/);
    const external = xlsxWorkbook([['数量', '单价'], [1, 2]], { 'xl/externalLinks/externalLink1.xml': strToU8('<externalLink/>') });
    expect(() => readXlsx(external)).toThrow(/links to other workbooks/);
  });

  it('says when a file is not a workbook at all', () => {
    expect(() => readXlsx(strToU8('PK\u0003\u0004 but not really a zip'))).toThrow(SpreadsheetError);
  });
});
