import type { ValidationError } from '@nestjs/common';
import { ArrayMinSize, IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { NestedObjects } from './nested.decorators.js';
import { bilingual } from './constraint-messages.js';
import { DomainError } from './domain.error.js';
import { classifyError } from './to-error-body.js';
import { createValidationPipe, flattenValidationErrors } from './validation.pipe.js';

class LineDto {
  @IsString() @Length(10, 10) hsCode: string;
  @IsInt() @Min(1) @Max(9999) quantity: number;
}

class ProbeDto {
  @IsString() @Length(1, 35) reference: string;
  @IsIn(['EXPORT', 'IMPORT']) direction: string;
  @IsIn(['SEA', 'RAIL'], { each: true }) modes: string[];
  @IsUUID() dossierId: string;
  @Matches(/^\d{4}$/, bilingual({ en: 'customsOffice is a 4-digit 关区代码', 'zh-CN': 'customsOffice 须为 4 位关区代码' })) customsOffice: string;
  @NestedObjects(() => LineDto) @ArrayMinSize(1) lines: LineDto[];
}

/** What the client reads for each field in the given language, after the pipe and the filter. */
async function answered(body: unknown, language: 'en' | 'zh-CN'): Promise<Record<string, string>> {
  const failure = await createValidationPipe()
    .transform(body, { type: 'body', metatype: ProbeDto })
    .then(() => undefined, (error: unknown) => error);
  expect(failure).toBeInstanceOf(DomainError);
  const { details } = classifyError(failure, {}, language).body;
  return Object.fromEntries((details as Array<{ field: string; constraint: string; message: string }>).map((d) => [`${d.field} ${d.constraint}`, d.message]));
}

const bad = {
  reference: '',
  direction: 'SIDEWAYS',
  modes: ['SEA', 'AIR'],
  dossierId: 'not-a-uuid',
  customsOffice: '80',
  lines: [{ hsCode: '8471', quantity: 0 }, { hsCode: '8471300000', quantity: 10_000 }],
  discount: 5,
};

describe('the validation pipe', () => {
  it('words each failed constraint in Chinese with the field and the decorator parameters', async () => {
    expect(await answered(bad, 'zh-CN')).toEqual({
      'reference isLength': 'reference 的长度须在 1 到 35 个字符之间',
      'direction isIn': 'direction 必须是以下值之一：EXPORT、IMPORT',
      'modes isIn': 'modes 中的每一项必须是以下值之一：SEA、RAIL',
      'dossierId isUuid': 'dossierId 必须是 UUID',
      'customsOffice matches': 'customsOffice 须为 4 位关区代码',
      'lines[0].hsCode isLength': 'lines[0].hsCode 必须正好是 10 个字符',
      'lines[0].quantity min': 'lines[0].quantity 不得小于 1',
      'lines[1].quantity max': 'lines[1].quantity 不得大于 9999',
      'discount whitelistValidation': 'discount 不是可接受的字段',
    });
  });

  it("keeps class-validator's English, and the same fields and constraints, for a client that asks for English", async () => {
    const english = await answered(bad, 'en');
    expect(Object.keys(english)).toEqual(Object.keys(await answered(bad, 'zh-CN')));
    expect(english).toMatchObject({
      'direction isIn': 'direction must be one of the following values: EXPORT, IMPORT',
      'customsOffice matches': 'customsOffice is a 4-digit 关区代码',
      'lines[0].quantity min': 'quantity must not be less than 1',
      'discount whitelistValidation': 'discount is not an accepted field',
    });
  });

  it('names nested fields by their path and still answers in Chinese for errors built by hand', () => {
    const errors: ValidationError[] = [
      { property: 'lines', children: [{ property: '0', children: [{ property: 'hsCode', constraints: { isLength: 'hsCode must be 10 characters' }, children: [] }] }] },
      { property: 'discount', constraints: { whitelistValidation: 'property discount should not exist' }, children: [] },
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'lines[0].hsCode', constraint: 'isLength', message: { en: 'hsCode must be 10 characters', 'zh-CN': 'lines[0].hsCode 不符合校验规则' } },
      { field: 'discount', constraint: 'whitelistValidation', message: { en: 'discount is not an accepted field', 'zh-CN': 'discount 不是可接受的字段' } },
    ]);
  });
});
