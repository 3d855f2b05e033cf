import { randomInt } from 'node:crypto';
import type { LocalisedMessage } from '@landsea/errors';

/**
 * China's unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capitals without I, O, S, V, Z). Position 1 is the
 * registration authority, 2 the organisation category, 3-8 the administrative division
 * (GB/T 2260), 9-17 the organisation code, and 18 a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a code. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** A new valid code that starts with `prefix` (authority, category and division, such as 91500000), for examples and demos. */
export function randomUscc(prefix: string): string {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}$/.test(prefix)) throw new Error(`A USCC starts with 2 characters and 6 digits (such as 91500000), not ${prefix}`);
  const first17 = prefix + Array.from({ length: 9 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return first17 + usccCheckCharacter(first17);
}

export type UsccProblem = 'FORMAT' | 'CHECK_CHARACTER';

/** Why a code is not a valid USCC, or undefined when it is. */
export function usccProblem(code: string): { problem: UsccProblem; message: LocalisedMessage } | undefined {
  if (!SHAPE.test(code)) {
    return {
      problem: 'FORMAT',
      message: {
        en: 'A unified social credit code has 18 characters: digits and capital letters except I, O, S, V and Z, with digits in positions 3 to 8',
        'zh-CN': '统一社会信用代码由 18 位数字或大写字母组成（不使用 I、O、S、V、Z），第 3 至 8 位为数字',
      },
    };
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      problem: 'CHECK_CHARACTER',
      message: {
        en: `The check character of ${code} should be ${expected}, not ${code[17]}`,
        'zh-CN': `统一社会信用代码 ${code} 的校验码应为 ${expected}，而不是 ${code[17]}`,
      },
    };
  }
  return undefined;
}
