import type { LocalisedMessage } from '@landsea/errors';
import { readDataFile } from './data-file.js';

export interface HsHeading {
  readonly code: string;
  readonly description: string;
  readonly level: 2 | 4 | 6;
}

let codes: Map<string, HsHeading> | undefined;

function load(): Map<string, HsHeading> {
  if (codes) return codes;
  codes = new Map();
  const lines = readDataFile('harmonized-system.csv').split(/\r?\n/).slice(1);
  for (const line of lines) {
    // section,hscode,description,parent,level: the description may be quoted and hold commas.
    const match = /^[^,]*,(\d+),("(?:[^"]|"")*"|[^,]*),(\w+),(\d)$/.exec(line);
    if (!match) continue;
    const description = match[2].startsWith('"') ? match[2].slice(1, -1).replace(/""/g, '"') : match[2];
    codes.set(match[1], { code: match[1], description, level: Number(match[4]) as 2 | 4 | 6 });
  }
  return codes;
}

/** The HS subheading (6 digits) of a code, or undefined when the nomenclature has none such. */
export function hsSubheading(code: string): HsHeading | undefined {
  const heading = load().get(code.slice(0, 6));
  return heading?.level === 6 ? heading : undefined;
}

/**
 * Why a national tariff code (China's 10-digit 商品编号, ASEAN's 8-digit AHTN) is not acceptable,
 * or undefined: it must be all digits of the given length and extend a real HS subheading.
 */
export function tariffCodeProblem(code: string, digits: 8 | 10): LocalisedMessage | undefined {
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) return { en: `A tariff code here has ${digits} digits`, 'zh-CN': `此处的商品编号应为 ${digits} 位数字` };
  if (!hsSubheading(code)) return { en: `${code.slice(0, 6)} is not an HS subheading`, 'zh-CN': `${code.slice(0, 6)} 不是协调制度（HS）中的六位子目` };
  return undefined;
}
