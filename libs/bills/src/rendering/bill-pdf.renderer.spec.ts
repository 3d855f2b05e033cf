import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { billDocumentFrom } from '../bills/bill-document.js';
import { documentChecksum } from '@landsea/signing';
import { billPdfFilename, billVerificationUrl, type PrintableBill, renderBillPdf, verificationQr } from './bill-pdf.renderer.js';
import { fontRuns, woffToSfnt } from './noto-sans-sc.font.js';
import { sampleDossier } from '../../../../examples/sample-dossier.js';

function printable(overrides: Partial<PrintableBill> = {}, lines = 0): PrintableBill {
  const dossier = sampleDossier({ reference: 'YX-2026-017' });
  const carrier = { ...dossier.parties.carrier!, name: 'Chongqing Land-Sea Corridor Logistics Co., Ltd. 重庆陆海新通道物流有限公司' };
  const packingLines = [...dossier.packingList.lines, ...Array.from({ length: lines }, (_, i) => ({ ...dossier.packingList.lines[0], lineNo: 100 + i }))];
  const document = billDocumentFrom(
    {
      id: '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      reference: dossier.reference,
      version: 2,
      ready: true,
      document: { ...dossier, parties: { ...dossier.parties, carrier }, packingList: { ...dossier.packingList, lines: packingLines } },
    },
    { number: 'CQLS2026000142', kind: 'TO_ORDER', issuedAt: new Date('2026-10-12T08:30:00Z') },
  );
  return {
    document,
    documentChecksum: documentChecksum(document),
    state: 'HELD',
    holderParty: document.shipper.id,
    pendingParty: null,
    pledgeeParty: null,
    ...overrides,
  };
}

const URL = 'https://cq.landsea.example/bills/verify?number=CQLS2026000142&carrier=USCC%3A91500000MA5U7K8B3E';

describe('the printed bill', () => {
  const bill = printable();
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderBillPdf(bill, URL);
  });

  it('is a small PDF naming the bill, with the CJK glyphs it uses embedded', () => {
    // To look at it: BILL_PDF_OUT=/tmp/bill.pdf npm test -- bill-pdf.renderer, then pdftoppm -png.
    if (process.env.BILL_PDF_OUT) writeFileSync(process.env.BILL_PDF_OUT, pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('CQLS2026000142');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Bold/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(text).toContain('/Subtype /Image');
    expect(text.match(/\/Type \/Page[^s]/g)).toHaveLength(1);
    expect(pdf.length).toBeLessThan(250_000);
  });

  it('gives the same bytes for the same bill in the same state, dated by its issue', async () => {
    const [again, voided] = await Promise.all([renderBillPdf(bill, URL), renderBillPdf({ ...bill, state: 'VOID' }, URL)]);
    expect(again.equals(pdf)).toBe(true);
    expect(pdf.toString('latin1')).toContain('(D:20261012083000Z)');
    expect(voided.equals(pdf)).toBe(false);
  });

  it('carries a long cargo list on to further pages', async () => {
    const long = await renderBillPdf(printable({}, 60), URL);
    expect(long.toString('latin1').match(/\/Type \/Page[^s]/g)?.length).toBeGreaterThan(1);
  });

  it('encodes the public verification URL in the QR code it embeds', async () => {
    const url = billVerificationUrl('https://cq.landsea.example/', { number: 'CQLS2026000142', carrierParty: 'USCC:91500000MA5U7K8B3E' });
    expect(url).toBe(URL);
    const png = PNG.sync.read(await verificationQr(url));
    // jsQR wants a quiet zone around the code; the PDF gives it one with the cell's padding.
    const framed = new PNG({ width: png.width + 48, height: png.height + 48 });
    framed.data.fill(255);
    PNG.bitblt(png, framed, 0, 0, png.width, png.height, 24, 24);
    // jsqr is CommonJS with an ES-style default: the function is module.exports.default.
    expect(jsqr.default(new Uint8ClampedArray(framed.data), framed.width, framed.height)?.data).toBe(url);
  });

  it('names the download after the bill', () => {
    expect(billPdfFilename('CQLS2026000142')).toBe('bill-of-lading-CQLS2026000142.pdf');
  });
});

describe('the CJK font slices', () => {
  it('splits mixed text into runs one slice can draw, spaces kept with their neighbours', () => {
    const runs = fontRuns('重庆渝新电子有限公司 Laptop 笔记本电脑', 400);
    expect(runs.map((r) => r.text).join('')).toBe('重庆渝新电子有限公司 Laptop 笔记本电脑');
    expect(runs.every((r) => /^noto-sans-sc-\d+-400$/.test(r.font))).toBe(true);
  });

  it('unpacks WOFF to TrueType, every table where its directory says', () => {
    const woff = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-101-400-normal.woff'));
    const sfnt = woffToSfnt(woff);
    const tables = sfnt.readUInt16BE(4);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    expect(tables).toBe(woff.readUInt16BE(12));
    for (let i = 0; i < tables; i++) {
      const [offset, length] = [sfnt.readUInt32BE(12 + 16 * i + 8), sfnt.readUInt32BE(12 + 16 * i + 12)];
      expect(offset % 4).toBe(0);
      expect(offset + length).toBeLessThanOrEqual(sfnt.length);
    }
    expect(() => woffToSfnt(Buffer.from('OTTO'))).toThrow('Not a WOFF font');
  });
});
