import { DomainError } from './domain.error.js';
import { assertAcceptableInput, MAX_JSON_DEPTH } from './request-input.js';

const refusal = (input: unknown): DomainError => {
  try {
    assertAcceptableInput(input);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('accepted');
};

const nested = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth - 1)}[1]${'}'.repeat(depth - 1)}`);

describe('assertAcceptableInput', () => {
  it(`accepts input nested ${MAX_JSON_DEPTH} deep and refuses one level more, naming where`, () => {
    expect(() => assertAcceptableInput(nested(MAX_JSON_DEPTH))).not.toThrow();
    const error = refusal(nested(MAX_JSON_DEPTH + 1));
    expect(error).toMatchObject({ statusCode: 400, code: 'JSON_TOO_DEEP', details: [{ field: `${'a.'.repeat(MAX_JSON_DEPTH - 1)}a`, constraint: 'maxDepth' }] });
    expect(error.messageIn('zh-CN')).toContain('嵌套');
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(refusal(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).code).toBe('JSON_TOO_DEEP');
  });

  it('refuses NUL and unpaired surrogates in values and keys, field by field', () => {
    const error = refusal({ reference: 'INV\u0000001', lines: [{ name: 'ok' }, { name: 'bad \ud800 text' }], ['key\udc00']: 1 });
    expect(error.code).toBe('TEXT_NOT_ALLOWED');
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'reference', constraint: 'noNulCharacter' }),
        expect.objectContaining({ field: 'lines[1].name', constraint: 'wellFormedUnicode' }),
        expect.objectContaining({ field: '"key\\udc00"', constraint: 'wellFormedUnicode' }),
      ]),
    );
    expect(error.messageIn('zh-CN')).toContain('NUL');
  });

  it('accepts paired surrogates, CJK, controls other than NUL and every scalar', () => {
    expect(() => assertAcceptableInput({ a: '😀 重庆 \u0001', b: [1, true, null], c: undefined })).not.toThrow();
    expect(() => assertAcceptableInput('plain')).not.toThrow();
    expect(() => assertAcceptableInput(undefined)).not.toThrow();
  });
});
