import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

// currency-codes is CommonJS with a JSON data file; require keeps its data loading as its authors wrote it.
const currencies = createRequire(import.meta.url)('currency-codes') as {
  code(code: string): { code: string; digits: number; currency: string } | undefined;
};

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** An ISO 4217 currency and how many minor-unit digits its amounts may have. */
export function currency(code: string): { code: string; digits: number; name: string } | undefined {
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  const found = currencies.code(code);
  return found ? { code: found.code, digits: found.digits, name: found.currency } : undefined;
}
