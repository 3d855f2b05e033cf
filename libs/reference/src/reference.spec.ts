import { currency, isCountryCode } from './codes.js';
import { hsSubheading, tariffCodeProblem } from './hs-nomenclature.js';
import { containerCheckDigit, containerNumberShapeProblem, wrongContainerCheckDigit } from './iso6346.js';
import { findLocation, locationServes } from './unlocode.js';

describe('HS nomenclature', () => {
  it('knows real subheadings and their descriptions', () => {
    expect(hsSubheading('847130')?.description).toMatch(/portable/i);
    expect(hsSubheading('8471300000')?.code).toBe('847130');
  });
  it("refuses a tariff code whose subheading does not exist, or of the wrong length", () => {
    expect(tariffCodeProblem('8471300000', 10)).toBeUndefined();
    expect(tariffCodeProblem('8471990000', 10)?.en).toBe('847199 is not an HS subheading');
    expect(tariffCodeProblem('84713000', 10)).toEqual({ en: 'A tariff code here has 10 digits', 'zh-CN': '此处的商品编号应为 10 位数字' });
  });
});

describe('UN/LOCODE', () => {
  it('finds the corridor places with their functions', () => {
    expect(findLocation('CNCQI')).toMatchObject({ name: 'Chongqing', country: 'CN' });
    expect(findLocation('THLCH')?.name).toBe('Laem Chabang');
  });
  it('says which modes a place can serve', () => {
    const qinzhou = findLocation('CNQZH');
    const laemChabang = findLocation('THLCH');
    expect(qinzhou && locationServes(qinzhou, 'RAIL')).toBe(true);
    expect(qinzhou && locationServes(qinzhou, 'SEA')).toBe(true);
    expect(laemChabang && locationServes(laemChabang, 'RAIL')).toBe(false);
    expect(findLocation('XXZZZ')).toBeUndefined();
  });
});

describe('ISO 6346 container numbers', () => {
  it('computes the check digit (the standard example CSQU305438 → 3)', () => {
    expect(containerCheckDigit('CSQU305438')).toBe(3);
    expect(wrongContainerCheckDigit('CSQU3054383')).toBeUndefined();
  });
  it('names the right check digit when it is wrong, and tells a malformed number apart from a wrong digit', () => {
    expect(wrongContainerCheckDigit('CSQU3054384')).toBe(3);
    expect(containerNumberShapeProblem('CSQU3054384')).toBeUndefined();
    expect(containerNumberShapeProblem('CSQ3054383')?.en).toMatch(/owner code/);
    expect(containerNumberShapeProblem('CSQ3054383')?.['zh-CN']).toMatch(/箱主代码/);
    expect(containerNumberShapeProblem('CSQU 305438 3')?.en).toMatch(/owner code/);
  });
});

describe('ISO 3166 and ISO 4217', () => {
  it('knows countries and currencies with their minor units', () => {
    expect(isCountryCode('TH')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(currency('CNY')).toMatchObject({ digits: 2 });
    expect(currency('JPY')).toMatchObject({ digits: 0 });
    expect(currency('XYZ')).toBeUndefined();
  });
});
