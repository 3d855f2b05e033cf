import { registerDecorator, type ValidationOptions } from 'class-validator';
import { currency, isCountryCode } from './codes.js';
import { tariffCodeProblem } from './hs-nomenclature.js';
import { containerNumberShapeProblem } from './iso6346.js';
import { findLocation } from './unlocode.js';
import { usccProblem } from './uscc.js';

/** A class-validator decorator whose message says what is wrong with this value, not only that it is. */
function referenceCheck(name: string, problem: (value: string) => string | undefined, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && problem(value) === undefined,
        defaultMessage: (args) =>
          typeof args?.value === 'string' ? `${args.property}: ${problem(args.value) ?? 'is invalid'}` : `${args?.property} must be a string`,
      },
    });
}

export const IsUscc = (options?: ValidationOptions) => referenceCheck('isUscc', (v) => usccProblem(v)?.message, options);

export const IsTariffCode = (digits: 8 | 10, options?: ValidationOptions) =>
  referenceCheck('isTariffCode', (v) => tariffCodeProblem(v, digits), options);

export const IsUnlocode = (options?: ValidationOptions) =>
  referenceCheck('isUnlocode', (v) => (findLocation(v) ? undefined : `${v} is not a UN/LOCODE location`), options);

export const IsCountry = (options?: ValidationOptions) =>
  referenceCheck('isCountry', (v) => (isCountryCode(v) ? undefined : `${v} is not an ISO 3166-1 alpha-2 country code`), options);

export const IsCurrency = (options?: ValidationOptions) =>
  referenceCheck('isCurrency', (v) => (currency(v) ? undefined : `${v} is not an ISO 4217 currency code`), options);

/** Written as an ISO 6346 number; the check digit is left to the dossier's checks. */
export const IsContainerNumberShape = (options?: ValidationOptions) => referenceCheck('isContainerNumberShape', containerNumberShapeProblem, options);

/** A non-negative decimal written as a string, with at most `fraction` digits after the point. */
export const IsDecimalString = (fraction: number, options?: ValidationOptions) =>
  referenceCheck(
    'isDecimalString',
    (v) =>
      new RegExp(`^\\d{1,15}(\\.\\d{1,${fraction}})?$`).test(v)
        ? undefined
        : `${v} must be a non-negative decimal written as a string, with at most ${fraction} digits after the point`,
    options,
  );

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  referenceCheck(
    'isCalendarDate',
    (v) => {
      const date = new Date(`${v}T00:00:00Z`);
      const real = /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
      return real ? undefined : `${v} is not a date (YYYY-MM-DD)`;
    },
    options,
  );
