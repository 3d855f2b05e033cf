import type { LocalisedMessage } from '@landsea/errors';

/**
 * ISO 6346 container numbers: owner code (3 letters), category (U, J or Z), 6-digit serial and a
 * check digit computed from the first ten characters.
 */
const LETTER_VALUES: Record<string, number> = (() => {
  const values: Record<string, number> = {};
  let value = 10;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (value % 11 === 0) value += 1; // 11, 22 and 33 are skipped
    values[letter] = value;
    value += 1;
  }
  return values;
})();

export function containerCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const c = first10[i];
    const v = /\d/.test(c) ? Number(c) : LETTER_VALUES[c];
    sum += v * 2 ** i;
  }
  return (sum % 11) % 10;
}

const SHAPE = /^[A-Z]{3}[UJZ]\d{7}$/;

/**
 * Why a value is not written as an ISO 6346 number (TGHU8765436), or undefined when it is. The
 * check digit is not its concern: a wrong one is a finding the declarant fixes, not malformed input.
 */
export function containerNumberShapeProblem(number: string): LocalisedMessage | undefined {
  return SHAPE.test(number)
    ? undefined
    : {
        en: 'A container number is written as an owner code (3 capital letters), U, J or Z, six digits and a check digit, e.g. TGHU8765436',
        'zh-CN': '集装箱箱号由箱主代码（3 个大写字母）、U/J/Z 设备识别码、6 位数字和 1 位校验码组成，例如 TGHU8765436',
      };
}

/** The check digit an ISO 6346 number of the right shape should end in, or undefined when it does. */
export function wrongContainerCheckDigit(number: string): number | undefined {
  if (!SHAPE.test(number)) return undefined;
  const expected = containerCheckDigit(number.slice(0, 10));
  return Number(number[10]) === expected ? undefined : expected;
}
