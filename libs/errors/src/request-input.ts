import { HttpStatus } from '@nestjs/common';
import { CommonErrorCode } from './common-error-code.enum.js';
import { DomainError, type FieldErrorDetail } from './domain.error.js';

/** How deeply a request may nest objects and arrays; the deepest document the node takes needs 5. */
export const MAX_JSON_DEPTH = 32;

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Listing every bad field of a 1 MB body would make a 1 MB answer.
const MAX_TEXT_DETAILS = 20;

/** Names a field as the validation details do: `lines[0].hsCode`. */
export function fieldPath(parent: string, property: string): string {
  if (parent === '') return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}

function textRule(text: string): FieldErrorDetail['constraint'] | undefined {
  if (text.includes('\u0000')) return 'noNulCharacter';
  if (UNPAIRED_SURROGATE.test(text)) return 'wellFormedUnicode';
  return undefined;
}

/**
 * Refuses, before anything transforms or stores it, input nested deeper than MAX_JSON_DEPTH
 * (class-transformer recurses and would overflow the stack) and text no field may hold: NUL,
 * which PostgreSQL cannot store, and unpaired surrogates, which are not Unicode text at all.
 * Keys count as text too. Walks iteratively, so the walk itself cannot overflow.
 */
export function assertAcceptableInput(input: unknown): void {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: '', depth: 0 }];
  const bad: FieldErrorDetail[] = [];
  while (stack.length > 0 && bad.length < MAX_TEXT_DETAILS) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      const rule = textRule(value);
      if (rule) bad.push(textDetail(path, rule));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth === MAX_JSON_DEPTH) throw jsonTooDeep(path);
    for (const [key, item] of Object.entries(value)) {
      const rule = textRule(key);
      if (rule) bad.push(textDetail(fieldPath(path, JSON.stringify(key)), rule));
      stack.push({ value: item, path: fieldPath(path, key), depth: depth + 1 });
    }
  }
  if (bad.length > 0) throw textNotAllowed(bad);
}

function textDetail(field: string, constraint: string): FieldErrorDetail {
  const what = constraint === 'noNulCharacter' ? 'the NUL character (U+0000)' : 'an unpaired UTF-16 surrogate';
  return { field: field || '(body)', constraint, message: `${field || 'the body'} contains ${what}` };
}

function jsonTooDeep(field: string): DomainError {
  return new DomainError(
    HttpStatus.BAD_REQUEST,
    CommonErrorCode.JSON_TOO_DEEP,
    {
      en: `The request nests objects and arrays more than ${MAX_JSON_DEPTH} deep`,
      'zh-CN': `请求中对象和数组的嵌套超过 ${MAX_JSON_DEPTH} 层`,
    },
    [{ field, constraint: 'maxDepth', message: `${field} is nested more than ${MAX_JSON_DEPTH} deep` }],
  );
}

function textNotAllowed(details: readonly FieldErrorDetail[]): DomainError {
  return new DomainError(
    HttpStatus.BAD_REQUEST,
    CommonErrorCode.TEXT_NOT_ALLOWED,
    {
      en: 'Text may not contain the NUL character (U+0000) or unpaired UTF-16 surrogates; see details for each field',
      'zh-CN': '文本不得包含 NUL 字符（U+0000）或不成对的 UTF-16 代理项，请查看 details 中的每个字段',
    },
    details,
  );
}
