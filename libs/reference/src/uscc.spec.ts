import { randomUscc, usccCheckCharacter, usccProblem } from './uscc.js';

describe('unified social credit code (GB 32100-2015)', () => {
  // The standard's own example code, and codes whose check character this test worked out by hand.
  it.each(['91350100M000100Y43', '91110000600037341L', '91500000202815306C'])('accepts %s', (code) => {
    expect(usccProblem(code)).toBeUndefined();
  });

  it('computes the check character from the first 17 characters', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('names the right check character when it is wrong', () => {
    expect(usccProblem('91350100M000100Y44')).toEqual({
      problem: 'CHECK_CHARACTER',
      message: {
        en: 'The check character of 91350100M000100Y44 should be 3, not 4',
        'zh-CN': '统一社会信用代码 91350100M000100Y44 的校验码应为 3，而不是 4',
      },
    });
  });

  it.each(['9135010OM000100Y43', '91350100M000100Y4', 'IB3501000000100Y43', '91350100m000100Y43'])('refuses the malformed %s', (code) => {
    expect(usccProblem(code)?.problem).toBe('FORMAT');
  });

  it('makes new valid codes with the prefix asked for, and refuses a prefix that no code has', () => {
    const codes = Array.from({ length: 200 }, () => randomUscc('11500000'));
    for (const code of codes) expect([code.slice(0, 8), usccProblem(code)]).toEqual(['11500000', undefined]);
    expect(new Set(codes).size).toBe(200);
    expect(() => randomUscc('9150')).toThrow('A USCC starts with 2 characters and 6 digits');
    expect(() => randomUscc('I1500000')).toThrow('not I1500000');
  });
});
