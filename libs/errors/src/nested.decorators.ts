import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsObject, ValidateNested } from 'class-validator';

type Class = new (...args: never[]) => object;

/**
 * A field holding one nested DTO. It must be an object: ValidateNested alone lets an absent
 * value, an array (each item validated, none there) or a primitive through to the service.
 * Add IsOptional() before it for an optional field.
 */
export const NestedObject = (type: () => Class): PropertyDecorator =>
  applyDecorators(IsObject(), ValidateNested(), Type(type) as PropertyDecorator);

/** A field holding a list of nested DTOs: an array, each item an object. */
export const NestedObjects = (type: () => Class): PropertyDecorator =>
  applyDecorators(IsArray(), IsObject({ each: true }), ValidateNested({ each: true }), Type(type) as PropertyDecorator);
