import { inflateSync } from 'node:zlib';
import jsqr from 'jsqr';
import request from 'supertest';
import type { TestNode } from '@landsea/testing';
import { corridorParties, fileShipment, type Organisation } from './support/corridor.js';
import { approvedOrganisation } from './support/identity.js';
import { startNode } from './support/node.js';

describe('bills: the printed bill, with a QR code to its verification page', () => {
  let node: TestNode;
  let parties: Awaited<ReturnType<typeof corridorParties>>;
  let stranger: Organisation;
  let bill: { id: string; number: string };
  const PUBLIC_BASE_URL = 'https://chongqing.landsea.example';
  beforeAll(async () => {
    node = await startNode({ PUBLIC_BASE_URL });
    parties = await corridorParties(node);
    stranger = await approvedOrganisation(node);
    const dossierId = await fileShipment(node, parties, `PDF-${Date.now()}`);
    const number = `CQLSPDF${Date.now()}`;
    const issued = await request(node.server).post('/bills').set('authorization', `Bearer ${parties.carrier.token}`).send({ dossierId, number, kind: 'TO_ORDER' }).expect(201);
    bill = { id: issued.body.id, number };
  });
  afterAll(() => node.close());

  const pdfOf = (who: { token: string }, id = bill.id) =>
    request(node.server)
      .get(`/bills/${id}/pdf`)
      .set('authorization', `Bearer ${who.token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('gives the holder a PDF named after the bill, whose QR code opens a verification that holds', async () => {
    const res = await pdfOf(parties.exporter).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="bill-of-lading-${bill.number}.pdf"`);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(bill.number);

    const url = qrCodeIn(pdf);
    expect(url).toBe(`${PUBLIC_BASE_URL}/bills/verify?number=${bill.number}&carrier=USCC%3A${parties.carrier.uscc}`);
    const { pathname, search } = new URL(url as string);
    const verified = await request(node.server).get(pathname + search).expect(200);
    expect(verified.body).toMatchObject({ number: bill.number, carrier: `USCC:${parties.carrier.uscc}`, state: 'HELD', valid: true });
  });

  it('prints for the carrier too, and for nobody who is not party to the bill', async () => {
    await pdfOf(parties.carrier).expect(200);
    for (const outsider of [stranger, parties.bank]) {
      const res = await request(node.server).get(`/bills/${bill.id}/pdf`).set('authorization', `Bearer ${outsider.token}`).expect(404);
      expect(res.body.code).toBe('BILL_NOT_FOUND');
    }
    await request(node.server).get(`/bills/${bill.id}/pdf`).expect(401);
  });
});

/** Reads the QR code back out of the PDF: the RGB image PDFKit embeds, deflated, then decoded. */
function qrCodeIn(pdf: Buffer): string | undefined {
  const text = pdf.toString('latin1');
  for (const match of text.matchAll(/obj\n<<\n((?:(?!>>)[^])*)>>\nstream\n/g)) {
    const dict = match[1];
    if (!dict.includes('/Subtype /Image') || !dict.includes('/DeviceRGB')) continue;
    const field = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(dict)?.[1]);
    const start = (match.index as number) + match[0].length;
    const rgb = inflateSync(pdf.subarray(start, start + field('Length')));
    const [width, height, quiet] = [field('Width'), field('Height'), 24];
    // jsQR wants the quiet zone that the printed page gives the code with white space.
    const framed = new Uint8ClampedArray((width + 2 * quiet) * (height + 2 * quiet) * 4).fill(255);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const to = ((y + quiet) * (width + 2 * quiet) + x + quiet) * 4;
        framed.set(rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3), to);
      }
    }
    // jsqr is CommonJS with an ES-style default: the function is module.exports.default.
    return jsqr.default(framed, width + 2 * quiet, height + 2 * quiet)?.data;
  }
  return undefined;
}
