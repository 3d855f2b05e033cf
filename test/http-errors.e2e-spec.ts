import { Body, Controller, Get, Module, type DynamicModule, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsInt, IsString, Length, Min, ValidateNested } from 'class-validator';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Public } from '@landsea/auth';
import { startTestNode, type TestNode } from '@landsea/testing';
import { NODE_DEFINITION } from '../apps/node/src/node.definition.js';
import { approvedOrganisation, freshUscc, register } from './support/identity.js';

class LineDto {
  @IsString() @Length(10, 10) hsCode: string;
  @IsInt() @Min(1) quantity: number;
}
class ProbeDto {
  @IsString() reference: string;
  @ValidateNested({ each: true }) @Type(() => LineDto) @ArrayMinSize(1) lines: LineDto[];
}

@Public()
@Controller('probe')
class ProbeController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}
  @Post() accept(@Body() body: ProbeDto): ProbeDto {
    return body;
  }
  @Get('database-error') async databaseError(): Promise<unknown> {
    return this.db.query('SELECT secret_column FROM no_such_table');
  }
  @Get('crash') crash(): never {
    throw new TypeError('cannot read properties of undefined (reading "internals")');
  }
}

@Module({})
class ProbeNodeModule {
  static forRoot(env: Record<string, string>): DynamicModule {
    return { module: ProbeNodeModule, imports: [NODE_DEFINITION.module(env)], controllers: [ProbeController] };
  }
}

describe('the one error body', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startTestNode({ module: (env) => ProbeNodeModule.forRoot(env), schema: NODE_DEFINITION });
  });
  afterAll(() => node.close());

  it('answers an unknown route with ROUTE_NOT_FOUND and echoes the caller correlation id', async () => {
    const res = await request(node.server).get('/no/such/route?x=1').set('x-correlation-id', 'trace-42').expect(404);
    expect(res.headers['x-correlation-id']).toBe('trace-42');
    expect(res.body).toEqual({
      statusCode: 404,
      code: 'ROUTE_NOT_FOUND',
      message: 'No route for GET /no/such/route',
      correlationId: 'trace-42',
    });
  });

  it('answers in Chinese when the client asks for it, with the same code', async () => {
    const res = await request(node.server).get('/no/such/route').set('accept-language', 'zh-CN,zh;q=0.9,en;q=0.8').expect(404);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: '没有 GET /no/such/route 这个接口' });
    const malformed = await request(node.server)
      .post('/identity/organisations')
      .set('accept-language', 'zh-CN')
      .set('content-type', 'application/json')
      .send('{"nameZh":')
      .expect(400);
    expect(malformed.body).toMatchObject({ code: 'MALFORMED_REQUEST', message: '请求体不是有效的 JSON' });
  });

  it('makes up a correlation id when the caller sent none or an unsafe one', async () => {
    const res = await request(node.server).get('/nowhere').set('x-correlation-id', 'bad id <script>').expect(404);
    expect(res.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-correlation-id']).toBe(res.body.correlationId);
  });

  it('lists every invalid field, nested ones by path, and refuses fields it does not know', async () => {
    const res = await request(node.server)
      .post('/probe')
      .send({ reference: 7, lines: [{ hsCode: '8471', quantity: 0 }], discount: 5 })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.correlationId).toEqual(res.headers['x-correlation-id']);
    const fields = (res.body.details as Array<{ field: string; constraint: string }>).map((d) => `${d.field}:${d.constraint}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'reference:isString',
        'lines[0].hsCode:isLength',
        'lines[0].quantity:min',
        'discount:whitelistValidation',
      ]),
    );
  });

  it('accepts a valid body unchanged', async () => {
    const body = { reference: 'INV-1', lines: [{ hsCode: '8471300000', quantity: 3 }] };
    const res = await request(node.server).post('/probe').send(body).expect(201);
    expect(res.body).toEqual(body);
  });

  it('answers malformed JSON with MALFORMED_REQUEST, not a parser stack', async () => {
    const res = await request(node.server).post('/probe').set('content-type', 'application/json').send('{"reference": ').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_REQUEST' });
    expect(res.body.message).toContain('not valid JSON');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await request(node.server).post('/probe').set('content-type', 'application/x-unknown').send('x').expect(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body over the limit with 413', async () => {
    const res = await request(node.server)
      .post('/probe')
      .send({ reference: 'x'.repeat(1024 * 1024 + 10), lines: [] })
      .expect(413);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: [{ limitBytes: 1024 * 1024 }] });
  });

  it('refuses JSON nested deeper than 32 before transforming it, in the asked language', async () => {
    const deep = `{"reference":"x","lines":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const res = await request(node.server).post('/probe').set('content-type', 'application/json').set('accept-language', 'zh-CN').send(deep).expect(400);
    expect(res.body).toMatchObject({ code: 'JSON_TOO_DEEP', message: '请求中对象和数组的嵌套超过 32 层', details: [{ constraint: 'maxDepth' }] });
    expect(res.body.details[0].field).toMatch(/^lines(\[0\])+$/);
  });

  it('refuses NUL and lone surrogates in any text, naming each field', async () => {
    const res = await request(node.server)
      .post('/probe')
      .set('content-type', 'application/json')
      .send('{"reference":"INV\\u0000001","lines":[{"hsCode":"84713000\\ud800","quantity":1}]}')
      .expect(400);
    expect(res.body.code).toBe('TEXT_NOT_ALLOWED');
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'reference', constraint: 'noNulCharacter' }),
        expect.objectContaining({ field: 'lines[0].hsCode', constraint: 'wellFormedUnicode' }),
      ]),
    );
    const query = await request(node.server).get('/bills?dossierId=%00').set('content-type', 'application/json').expect(400);
    expect(query.body).toMatchObject({ code: 'TEXT_NOT_ALLOWED', details: [{ field: 'dossierId' }] });
  });

  it('refuses a body that is not an object, and arrays where objects are expected', async () => {
    for (const body of ['[]', '"text"', '42', 'null']) {
      const res = await request(node.server).post('/probe').set('content-type', 'application/json').send(body).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: '(body)', constraint: 'isObject' }] });
    }
    const firm = await approvedOrganisation(node);
    const bill = '6f1c2a9e-8d3b-4c57-9a1e-2b7d4f0c8e11';
    for (const to of [[], 'TH', 7, null, undefined]) {
      const res = await request(node.server).post(`/bills/${bill}/transfer`).set('authorization', `Bearer ${firm.token}`).send({ to }).expect(400);
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'to', constraint: 'isObject' })]));
    }
    const parties = await request(node.server).post('/declarations/dossiers').set('authorization', `Bearer ${firm.token}`).send({ reference: 'R-1', parties: [] }).expect(400);
    expect(parties.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'parties', constraint: 'isObject' })]));
    const admin = await request(node.server).post('/identity/organisations').send({ nameEn: 'X', country: 'CN', kinds: ['TRADER'], admin: [] }).expect(400);
    expect(admin.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'admin', constraint: 'isObject' })]));
  });

  it('answers broken multipart framing with 400', async () => {
    const firm = await approvedOrganisation(node);
    const upload = (contentType: string, body: string) =>
      request(node.server).post('/declarations/imports?document=invoice').set('authorization', `Bearer ${firm.token}`).set('content-type', contentType).send(body);
    const part = '--b\r\nContent-Disposition: form-data; name="file"; filename="i.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n';
    for (const [type, body] of [['multipart/form-data', `${part}--b--\r\n`], ['multipart/form-data; boundary=', part], ['multipart/form-data; boundary=b', part.slice(0, 40)], ['multipart/form-data; boundary=b', part]]) {
      const res = await upload(type, body);
      expect([res.status, res.body.code]).toEqual([400, 'MULTIPART_MALFORMED']);
    }
  });

  it('answers a URL the router cannot read with the one error body', async () => {
    const res = await request(node.server).post('/bills/%F0%9F/transfer').set('x-correlation-id', 'bad-url-1').expect(400);
    expect(res.body).toEqual({ statusCode: 400, code: 'MALFORMED_REQUEST', message: 'The request URL is malformed', correlationId: 'bad-url-1' });
    expect(res.headers['x-correlation-id']).toBe('bad-url-1');
  });

  it('never shows a database error to the client', async () => {
    const res = await request(node.server).get('/probe/database-error').expect(500);
    expect(res.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'An internal error occurred; quote the correlation id when reporting it',
      correlationId: res.headers['x-correlation-id'],
    });
    expect(JSON.stringify(res.body)).not.toMatch(/no_such_table|secret_column|does not exist/);
  });

  it('answers any other unexpected failure with a generic 500', async () => {
    const res = await request(node.server).get('/probe/crash').expect(500);
    expect(res.body.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(res.body)).not.toContain('internals');
  });
});

describe('errors in the language the client asks for', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startTestNode({ module: (env) => ProbeNodeModule.forRoot(env), schema: NODE_DEFINITION });
  });
  afterAll(() => node.close());

  const CJK = /\p{Script=Han}/u;

  /** The same request asked in Chinese and without a language; both answers, which must agree on all but the words. */
  async function bothWays(send: (language?: string) => request.Test, status: number): Promise<{ zh: request.Response; en: request.Response }> {
    const zh = await send('zh-CN,zh;q=0.9,en;q=0.5').expect(status);
    const en = await send().expect(status);
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(en.headers['content-language']).toBe('en');
    expect(zh.body.code).toBe(en.body.code);
    expect(zh.body.statusCode).toBe(status);
    expect(zh.body.message).toMatch(CJK);
    expect(en.body.message).not.toMatch(CJK);
    return { zh, en };
  }
  const asking = (req: request.Test, language?: string): request.Test => (language ? req.set('accept-language', language) : req);

  it('lists every invalid field in Chinese, with the same fields and constraints as in English', async () => {
    const { zh, en } = await bothWays((language) => asking(request(node.server).post('/probe'), language).send({ reference: 7, lines: [{ hsCode: '8471', quantity: 0 }], discount: 5 }), 400);
    expect(zh.body.code).toBe('VALIDATION_FAILED');
    const shape = (body: { details: Array<{ field: string; constraint: string }> }) => body.details.map((d) => `${d.field}:${d.constraint}`);
    expect(shape(zh.body)).toEqual(shape(en.body));
    expect(zh.body.details).toEqual(
      expect.arrayContaining([
        { field: 'reference', constraint: 'isString', message: 'reference 必须是字符串' },
        { field: 'lines[0].hsCode', constraint: 'isLength', message: 'lines[0].hsCode 必须正好是 10 个字符' },
        { field: 'lines[0].quantity', constraint: 'min', message: 'lines[0].quantity 不得小于 1' },
        { field: 'discount', constraint: 'whitelistValidation', message: 'discount 不是可接受的字段' },
      ]),
    );
    expect(en.body.details).toEqual(expect.arrayContaining([{ field: 'reference', constraint: 'isString', message: 'reference must be a string' }]));
  });

  it('answers a missing dossier (404) in Chinese or English', async () => {
    const { token } = await approvedOrganisation(node);
    const id = '0b0e2a3c-6f5d-4d8e-9a1b-2c3d4e5f6a7b';
    const { zh, en } = await bothWays((language) => asking(request(node.server).get(`/declarations/dossiers/${id}`).set('authorization', `Bearer ${token}`), language), 404);
    expect(zh.body).toMatchObject({ code: 'DOSSIER_NOT_FOUND', message: `单证档案 ${id} 不存在` });
    expect(en.body).toMatchObject({ code: 'DOSSIER_NOT_FOUND', message: `No dossier ${id}` });
    const notAnId = await bothWays((language) => asking(request(node.server).get('/declarations/dossiers/not-a-uuid').set('authorization', `Bearer ${token}`), language), 400);
    expect(notAnId.zh.body).toMatchObject({ code: 'MALFORMED_REQUEST', message: '校验失败：路径中的编号应为 UUID' });
  });

  it('answers a conflict (409) in Chinese or English', async () => {
    const { uscc } = await register(node);
    const { zh } = await bothWays(
      (language) =>
        asking(request(node.server).post('/identity/organisations'), language).send({
          nameZh: '重庆重复注册有限公司',
          nameEn: 'Chongqing Duplicate Co., Ltd.',
          country: 'CN',
          uscc,
          provinceCode: 'CQ',
          kinds: ['TRADER'],
          admin: { email: `dup-${freshUscc()}@firm.example.cn`.toLowerCase(), displayName: 'Dup Admin', password: 'Corridor-2026-Chongqing' },
        }),
      409,
    );
    expect(zh.body).toMatchObject({ code: 'ORGANISATION_ALREADY_REGISTERED', message: `统一社会信用代码 ${uscc} 对应的单位已经注册` });
  });

  it('answers a missing or broken token (401) in Chinese or English', async () => {
    const missing = await bothWays((language) => asking(request(node.server).get('/declarations/dossiers'), language), 401);
    expect(missing.zh.body).toMatchObject({ code: 'TOKEN_MISSING', message: '需要提供 Bearer 访问令牌' });
    expect(missing.en.body).toMatchObject({ code: 'TOKEN_MISSING', message: 'A bearer access token is required' });
    const broken = await bothWays((language) => asking(request(node.server).get('/declarations/dossiers').set('authorization', 'Bearer not.a.jwt'), language), 401);
    expect(broken.zh.body).toMatchObject({ code: 'TOKEN_INVALID', message: '访问令牌不是格式正确的 JWT' });
  });
});
