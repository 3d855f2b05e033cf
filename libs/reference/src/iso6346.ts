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

/** Why a container number is not a valid ISO 6346 number, or undefined when it is. */
export function containerNumberProblem(number: string): LocalisedMessage | undefined {
  const compact = number.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z]{3}[UJZ]\d{7}$/.test(compact)) {
    return {
      en: 'A container number has an owner code (3 letters), U, J or Z, six digits and a check digit',
      'zh-CN': '集装箱箱号由箱主代码（3 个字母）、U/J/Z 设备识别码、6 位数字和 1 位校验码组成',
    };
  }
  const expected = containerCheckDigit(compact.slice(0, 10));
  if (Number(compact[10]) !== expected) return { en: `The check digit of ${compact} should be ${expected}`, 'zh-CN': `集装箱箱号 ${compact} 的校验码应为 ${expected}` };
  return undefined;
}
