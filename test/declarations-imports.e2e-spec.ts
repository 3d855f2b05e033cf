import { zipSync } from 'fflate';
import request from 'supertest';
import { type TestNode, xlsxWorkbook } from '@landsea/testing';
import { approvedOrganisation } from './support/identity.js';
import { startNode } from './support/node.js';

describe('uploading the invoice and packing list a declarant already has (智能单证)', () => {
  let node: TestNode;
  let declarant: Awaited<ReturnType<typeof approvedOrganisation>>;
  beforeAll(async () => {
    node = await startNode();
    declarant = await approvedOrganisation(node);
  });
  afterAll(() => node.close());

  const upload = (document: string, data: Buffer | Uint8Array, filename: string, contentType?: string) =>
    request(node.server)
      .post(`/declarations/imports?document=${document}`)
      .set('authorization', `Bearer ${declarant.token}`)
      .attach('file', Buffer.from(data), contentType ? { filename, contentType } : filename);

  it('reads an XLSX invoice and says where each value came from', async () => {
    const workbook = xlsxWorkbook([
      ['商品名称', '规格型号', 'HS编码', '数量', '单位', '单价', '总价'],
      ['笔记本电脑', 'YX-NB14', '8471300000', 400, 'PCE', 389, 155600],
    ]);
    const res = await upload('invoice', workbook, 'invoice.xlsx').expect(200);
    expect(res.body.lines).toEqual([
      {
        values: { productNameZh: '笔记本电脑', model: 'YX-NB14', hsCode: '8471300000', quantity: '400', unit: 'PCE', unitPrice: '389', amount: '155600' },
        sources: { productNameZh: 'A2', model: 'B2', hsCode: 'C2', quantity: 'D2', unit: 'E2', unitPrice: 'F2', amount: 'G2' },
      },
    ]);
  });

  it('reads a CSV packing list', async () => {
    const csv = 'No.,Quantity,Cartons,Package,Net weight,Gross weight\n1,400,40,CT,880,1040\n';
    const res = await upload('packingList', Buffer.from(csv), 'packing.csv').expect(200);
    expect(res.body.lines[0].values).toEqual({ lineNo: 1, quantity: '400', packages: 40, packageKind: 'CT', netWeightKg: '880', grossWeightKg: '1040' });
  });

  it.each([
    ['a PDF', () => Buffer.from('%PDF-1.7'), 'invoice.pdf', 415, 'UNSUPPORTED_FILE_TYPE'],
    ['a legacy .xls workbook', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), 'invoice.xls', 415, 'UNSUPPORTED_FILE_TYPE'],
    ['a zip bomb', () => zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(25 * 1024 * 1024) }, { level: 1 }), 'bomb.xlsx', 400, 'SPREADSHEET_UNSAFE'],
    ['a file named .xlsx that is not one', () => Buffer.from('hello'), 'fake.xlsx', 400, 'SPREADSHEET_UNREADABLE'],
    ['a sheet without invoice headers', () => xlsxWorkbook([['Name', 'Phone'], ['Li', '123']]), 'contacts.xlsx', 400, 'NO_HEADERS_RECOGNISED'],
    ['a file over 5 MB', () => Buffer.alloc(6 * 1024 * 1024, 65), 'huge.csv', 413, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s with a clear error', async (_, data, filename, status, code) => {
    const res = await upload('invoice', data(), filename as string).expect(status as number);
    expect(res.body).toMatchObject({ statusCode: status, code });
  });

  it('reads a workbook by what its bytes are, whatever name and type it claims', async () => {
    const workbook = xlsxWorkbook([['数量', '单价'], [3, 4]]);
    const res = await upload('invoice', workbook, 'invoice.csv', 'text/csv').expect(200);
    expect(res.body).toMatchObject({ sheet: 'Invoice', lines: [{ values: { quantity: '3', unitPrice: '4' }, sources: { quantity: 'A2', unitPrice: 'B2' } }] });
  });

  it('asks for the file when none is attached', async () => {
    const res = await request(node.server)
      .post('/declarations/imports?document=invoice')
      .set('authorization', `Bearer ${declarant.token}`)
      .field('note', 'no file here')
      .expect(400);
    expect(res.body.code).toBe('UPLOAD_MISSING');
  });

  it('refuses an unknown document kind', async () => {
    const res = await upload('waybill', Buffer.from('a,b\n1,2\n'), 'x.csv').expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'document' }] });
  });
});
