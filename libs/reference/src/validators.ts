import { registerDecorator, type ValidationOptions } from 'class-validator';
import type { ConstraintContext, LocalisedMessage } from '@landsea/errors';
import { currency, isCountryCode } from './codes.js';
import { tariffCodeProblem } from './hs-nomenclature.js';
import { containerNumberShapeProblem } from './iso6346.js';
import { findLocation } from './unlocode.js';
import { usccProblem } from './uscc.js';

type Problem = (value: string) => LocalisedMessage | undefined;

const NOT_A_STRING: LocalisedMessage = { en: 'must be a string', 'zh-CN': '必须是字符串' };
const INVALID: LocalisedMessage = { en: 'is invalid', 'zh-CN': '无效' };

/** What is wrong with the value, in both languages, as "field: problem". */
const explain = (problem: Problem, value: unknown, field: string): LocalisedMessage => {
  if (typeof value !== 'string') return { en: `${field} ${NOT_A_STRING.en}`, 'zh-CN': `${field} ${NOT_A_STRING['zh-CN']}` };
  const found = problem(value) ?? INVALID;
  return { en: `${field}: ${found.en}`, 'zh-CN': `${field}：${found['zh-CN']}` };
};

/**
 * A class-validator decorator whose message says what is wrong with this value, not only that it
 * is; its context carries the same message in Chinese for the validation pipe.
 */
function referenceCheck(name: string, problem: Problem, options?: ValidationOptions): PropertyDecorator {
  const context: ConstraintContext = { message: (value, field) => explain(problem, value, field) };
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { ...options, context: { ...options?.context, ...context } },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && problem(value) === undefined,
        defaultMessage: (args) => explain(problem, args?.value, args?.property ?? '').en,
      },
    });
}

export const IsUscc = (options?: ValidationOptions) => referenceCheck('isUscc', (v) => usccProblem(v)?.message, options);

export const IsTariffCode = (digits: 8 | 10, options?: ValidationOptions) =>
  referenceCheck('isTariffCode', (v) => tariffCodeProblem(v, digits), options);

export const IsUnlocode = (options?: ValidationOptions) =>
  referenceCheck('isUnlocode', (v) => (findLocation(v) ? undefined : { en: `${v} is not a UN/LOCODE location`, 'zh-CN': `${v} 不是联合国贸易和运输地点代码（UN/LOCODE）` }), options);

export const IsCountry = (options?: ValidationOptions) =>
  referenceCheck(
    'isCountry',
    (v) => (isCountryCode(v) ? undefined : { en: `${v} is not an ISO 3166-1 alpha-2 country code`, 'zh-CN': `${v} 不是 ISO 3166-1 两位字母国家（地区）代码` }),
    options,
  );

export const IsCurrency = (options?: ValidationOptions) =>
  referenceCheck('isCurrency', (v) => (currency(v) ? undefined : { en: `${v} is not an ISO 4217 currency code`, 'zh-CN': `${v} 不是 ISO 4217 币制代码` }), options);

/** Written as an ISO 6346 number; the check digit is left to the dossier's checks. */
export const IsContainerNumberShape = (options?: ValidationOptions) => referenceCheck('isContainerNumberShape', containerNumberShapeProblem, options);

/** A non-negative decimal written as a string, with at most `fraction` digits after the point. */
export const IsDecimalString = (fraction: number, options?: ValidationOptions) =>
  referenceCheck(
    'isDecimalString',
    (v) =>
      new RegExp(`^\\d{1,15}(\\.\\d{1,${fraction}})?$`).test(v)
        ? undefined
        : {
            en: `${v} must be a non-negative decimal written as a string, with at most ${fraction} digits after the point`,
            'zh-CN': `${v} 须是以字符串书写的非负小数，小数点后最多 ${fraction} 位`,
          },
    options,
  );

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  referenceCheck(
    'isCalendarDate',
    (v) => {
      const date = new Date(`${v}T00:00:00Z`);
      const real = /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
      return real ? undefined : { en: `${v} is not a date (YYYY-MM-DD)`, 'zh-CN': `${v} 不是有效日期（格式为 YYYY-MM-DD）` };
    },
    options,
  );
