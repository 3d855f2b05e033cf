import request from 'supertest';
import { DataSource } from 'typeorm';
import type { TestNode } from '@landsea/testing';
import { corridorParties, fileShipment } from './support/corridor.js';
import { startNode } from './support/node.js';

/** Multipart uploads (bill attachments, 智能单证 imports): a file too big or a broken form is a 4xx, and nothing is kept. */
describe('uploads: limits and broken multipart bodies', () => {
  let node: TestNode;
  let parties: Awaited<ReturnType<typeof corridorParties>>;
  let billId: string;
  beforeAll(async () => {
    node = await startNode({ ATTACHMENT_MAX_BYTES: String(2 * 1024 * 1024) });
    parties = await corridorParties(node);
    const dossierId = await fileShipment(node, parties, `UPLOADS-${Date.now()}`);
    const res = await request(node.server).post('/bills').set('authorization', `Bearer ${parties.carrier.token}`).send({ dossierId, number: `CQUP${Date.now()}`, kind: 'TO_ORDER' }).expect(201);
    billId = res.body.id;
  });
  afterAll(() => node.close());

  const storedAttachments = async () => Number(((await node.app.get(DataSource).query('SELECT count(*) FROM bills.bill_attachment WHERE bill_id = $1', [billId])) as Array<{ count: string }>)[0].count);
  const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);
  const raw = (path: string, contentType: string, body: string | Buffer) =>
    request(node.server).post(path).set('authorization', `Bearer ${parties.exporter.token}`).set('content-type', contentType).send(body);

  it('refuses an attachment over ATTACHMENT_MAX_BYTES with 413 and the limit, in both languages, and keeps nothing', async () => {
    const upload = (language: string) =>
      request(node.server).post(`/bills/${billId}/attachments`).set('authorization', `Bearer ${parties.exporter.token}`).set('accept-language', language).attach('file', pdfOf(3 * 1024 * 1024), 'scan.pdf');
    const en = await upload('en').expect(413);
    expect(en.body).toMatchObject({ statusCode: 413, code: 'ATTACHMENT_TOO_LARGE', details: [{ limitBytes: 2 * 1024 * 1024 }] });
    expect(en.body.message).toMatch(/2097152 bytes/);
    const zh = await upload('zh-CN').expect(413);
    expect(zh.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await storedAttachments()).toBe(0);
    // Just under the limit is kept whole, with the digest of every byte.
    const fits = pdfOf(2 * 1024 * 1024 - 512);
    const kept = await request(node.server).post(`/bills/${billId}/attachments`).set('authorization', `Bearer ${parties.exporter.token}`).attach('file', fits, 'fits.pdf').expect(201);
    expect(kept.body).toMatchObject({ sizeBytes: fits.length });
  });

  const boundary = 'landsea-test-boundary';
  const part = (name: string, filename: string, content: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n`;
  const routes = () => [`/bills/${billId}/attachments`, '/declarations/imports?document=invoice'];

  it.each([
    ['a body cut off before its closing boundary', `multipart/form-data; boundary=${boundary}`, () => `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7 and then noth`, 'MULTIPART_MALFORMED'],
    ['a body whose part headers never end', `multipart/form-data; boundary=${boundary}`, () => `--${boundary}\r\nContent-Disposition: form-data; name="file"; filen`, 'MULTIPART_MALFORMED'],
    ['a multipart type without a boundary', 'multipart/form-data', () => part('file', 'a.pdf', '%PDF-1.7') + `--${boundary}--\r\n`, 'MULTIPART_MALFORMED'],
    ['two files', `multipart/form-data; boundary=${boundary}`, () => part('file', 'a.pdf', '%PDF-1.7 a') + part('file', 'b.pdf', '%PDF-1.7 b') + `--${boundary}--\r\n`, 'UPLOAD_ONE_FILE'],
    ['a file under another field name', `multipart/form-data; boundary=${boundary}`, () => part('document', 'a.pdf', '%PDF-1.7') + `--${boundary}--\r\n`, undefined],
  ])('answers %s with 400 and a clear code on every upload route, keeping nothing', async (_, contentType, body, code) => {
    for (const path of routes()) {
      const res = await raw(path, contentType, body()).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: code ?? (path.startsWith('/bills') ? 'ATTACHMENT_MISSING' : 'UPLOAD_MISSING') });
    }
    expect(await storedAttachments()).toBe(1);
  });
});
