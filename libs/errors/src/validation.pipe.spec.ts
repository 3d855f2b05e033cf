import type { ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from './validation.pipe.js';

describe('flattenValidationErrors', () => {
  it('names nested fields by their path, array items by index', () => {
    const errors: ValidationError[] = [
      { property: 'reference', constraints: { isString: 'reference must be a string' }, children: [] },
      {
        property: 'lines',
        children: [
          { property: '0', children: [{ property: 'hsCode', constraints: { isLength: 'hsCode must be 10 characters' }, children: [] }] },
        ],
      },
      { property: 'discount', constraints: { whitelistValidation: 'property discount should not exist' }, children: [] },
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'reference', constraint: 'isString', message: 'reference must be a string' },
      { field: 'lines[0].hsCode', constraint: 'isLength', message: 'hsCode must be 10 characters' },
      { field: 'discount', constraint: 'whitelistValidation', message: 'discount is not an accepted field' },
    ]);
  });
});
