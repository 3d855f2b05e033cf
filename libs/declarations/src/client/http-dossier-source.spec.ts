import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@landsea/config';
import { DomainError } from '@landsea/errors';
import { RequestContext } from '@landsea/observability';
import { HttpDossierSource } from './http-dossier-source.js';

describe('the dossier source of an app that serves another context alone', () => {
  let server: Server;
  let source: HttpDossierSource;
  beforeAll(async () => {
    // The declarations app, answering a missing dossier in the language it is asked for.
    server = createServer((req, res) => {
      const chinese = (req.headers['accept-language'] ?? '').startsWith('zh');
      res.writeHead(404, { 'content-type': 'application/json' }).end(
        JSON.stringify({ statusCode: 404, code: 'DOSSIER_NOT_FOUND', message: chinese ? '单证档案 d-1 不存在' : 'No dossier d-1', correlationId: 'c-1' }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    source = new HttpDossierSource({ get: () => url } as unknown as ConfigService<AppConfig, true>);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const refusal = (acceptLanguage?: string) =>
    RequestContext.run({ correlationId: 'c-1', acceptLanguage }, () => source.current(undefined, 'd-1')).then(
      () => undefined,
      (error: unknown) => error as DomainError,
    );

  it("asks in the caller's language, so the error it passes on reads as the caller asked", async () => {
    const zh = await refusal('zh-CN,zh;q=0.9');
    expect(zh).toBeInstanceOf(DomainError);
    expect(zh).toMatchObject({ statusCode: 404, code: 'DOSSIER_NOT_FOUND' });
    expect(zh?.messageIn('zh-CN')).toBe('单证档案 d-1 不存在');
    expect((await refusal())?.messageIn('en')).toBe('No dossier d-1');
  });
});
