import { classifyError, unavailableDependency } from './to-error-body.js';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe('classifyError', () => {
  it.each([
    ['a refused connection to PostgreSQL', Object.assign(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), { syscall: 'connect' }), 'PostgreSQL'],
    ['a dropped PostgreSQL connection', new Error('Connection terminated unexpectedly'), 'PostgreSQL'],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect'), 'PostgreSQL'],
    ['PostgreSQL shutting down, inside a QueryFailedError', Object.assign(new Error('query failed'), { driverError: withCode('terminating connection due to administrator command', '57P01') }), 'PostgreSQL'],
    ['PostgreSQL starting up', withCode('the database system is starting up', '57P03'), 'PostgreSQL'],
    ['ioredis with its offline queue off', new Error("Stream isn't writeable and enableOfflineQueue options is false"), 'Redis'],
    ['a closed ioredis connection', new Error('Connection is closed.'), 'Redis'],
    ['Redis not answering a command in time', new Error('Command timed out'), 'Redis'],
    ['ioredis giving up retrying', Object.assign(new Error('Reached the max retries per request limit (which is 1).'), { name: 'MaxRetriesPerRequestError' }), 'Redis'],
  ])('answers %s with 503 naming it and Retry-After', (_, error, dependency) => {
    expect(unavailableDependency(error)).toBe(dependency);
    const { body, internal, retryAfterSeconds } = classifyError(error, {}, 'zh-CN');
    expect(body).toMatchObject({ statusCode: 503, code: 'DEPENDENCY_UNAVAILABLE' });
    expect(body.message).toContain(dependency);
    expect(internal).toBe(false);
    expect(retryAfterSeconds).toBeGreaterThan(0);
  });

  it('keeps a failed call to a partner (a fetch whose cause is a socket error) an internal error', () => {
    const error = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(withCode('connect ECONNREFUSED 10.0.0.9:443', 'ECONNREFUSED'), { syscall: 'connect' }) });
    expect(classifyError(error).body.statusCode).toBe(500);
  });

  it('does not take a client that went away mid-upload for an outage', () => {
    expect(unavailableDependency(withCode('aborted', 'ECONNRESET'))).toBeUndefined();
  });

  it.each(['Multipart: Boundary not found', 'Unexpected end of multipart data', 'Part terminated early due to unexpected end of multipart data', 'The needle cannot be an empty String/Buffer.'])(
    'answers broken multipart framing (%s) with 400 MALFORMED_REQUEST',
    (message) => {
      expect(classifyError(new Error(message), {}, 'zh-CN').body).toMatchObject({ statusCode: 400, code: 'MALFORMED_REQUEST', message: expect.stringContaining('multipart') });
    },
  );

  it("keeps the 4xx of any Fastify client error, with a message in the client's language", () => {
    const error = Object.assign(new Error("'/bills/xxx' is too long"), { code: 'FST_ERR_MAX_PARAM_LENGTH', statusCode: 414 });
    expect(classifyError(error, {}, 'zh-CN')).toEqual({
      body: { statusCode: 414, code: 'MALFORMED_REQUEST', message: '无法按所发送的内容读取该请求' },
      internal: false,
    });
  });
});
