import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const GRANT_TYPES = ['password', 'refresh_token'] as const;

/** RFC 6749 token request, as a form (application/x-www-form-urlencoded) or as JSON. */
export class TokenRequestDto {
  @ApiProperty({ enum: GRANT_TYPES }) @IsString() grant_type: string;
  @ApiPropertyOptional({ description: 'password grant: the e-mail address' }) @IsOptional() @IsString() @MaxLength(254) username?: string;
  @ApiPropertyOptional({ description: 'password grant' }) @IsOptional() @IsString() @MaxLength(256) password?: string;
  @ApiPropertyOptional({ description: 'refresh_token grant' }) @IsOptional() @IsString() @MaxLength(200) refresh_token?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) scope?: string;
}

export class RevokeRequestDto {
  @ApiProperty({ description: 'The refresh token of the sign-in to end' }) @IsString() @MaxLength(200) token: string;
  @ApiPropertyOptional({ enum: ['refresh_token'] }) @IsOptional() @IsIn(['refresh_token']) token_type_hint?: string;
}

export class TokenResponseDto {
  @ApiProperty() access_token: string;
  @ApiProperty({ enum: ['Bearer'] }) token_type: 'Bearer';
  @ApiProperty({ example: 600 }) expires_in: number;
  @ApiPropertyOptional() refresh_token?: string;
}
