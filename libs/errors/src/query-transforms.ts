import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Query strings arrive as text: turns "25" into 25 and leaves anything else for the validators to refuse. */
export const QueryInteger = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value));

/** Turns "true"/"false" into booleans and leaves anything else for the validators to refuse. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** An optional `limit` query parameter: how many items a list returns, 1 to `max`, 100 by default. */
export const QueryLimit = (max = 1000): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ example: 50, default: 100, minimum: 1, maximum: max }), IsOptional(), QueryInteger(), IsInt(), Min(1), Max(max));
