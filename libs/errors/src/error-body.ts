import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorDetail } from './domain.error.js';

/** The one shape of every error answer the node gives. */
export class ErrorBody {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable, UPPER_SNAKE error code' })
  code: string;

  @ApiProperty({
    example: 'The request body is invalid',
    description: 'In Simplified Chinese when Accept-Language prefers zh, in English otherwise; Content-Language says which',
  })
  message: string;

  @ApiPropertyOptional({
    example: [{ field: 'name', message: 'name must be a string', constraint: 'isString' }],
    type: 'array',
    items: { type: 'object', additionalProperties: true },
  })
  details?: readonly ErrorDetail[];

  @ApiProperty({ example: '0f8fad5b-d9cb-469f-a165-70867728950e' })
  correlationId: string;
}
