import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const GRANT_TYPES = ['password', 'refresh_token', 'client_credentials'] as const;

/** RFC 6749 token request, as a form (application/x-www-form-urlencoded) or as JSON. */
export class TokenRequestDto {
  @ApiProperty({ enum: GRANT_TYPES }) @IsString() grant_type: string;
  @ApiPropertyOptional({ description: 'password grant: the e-mail address' }) @IsOptional() @IsString() @MaxLength(254) username?: string;
  @ApiPropertyOptional({ description: 'password grant' }) @IsOptional() @IsString() @MaxLength(256) password?: string;
  @ApiPropertyOptional({ description: 'refresh_token grant' }) @IsOptional() @IsString() @MaxLength(200) refresh_token?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) scope?: string;
  @ApiPropertyOptional({ description: 'client_credentials: optional, must match the assertion' }) @IsOptional() @IsString() @MaxLength(100) client_id?: string;
  @ApiPropertyOptional({ description: 'client_credentials: urn:ietf:params:oauth:client-assertion-type:jwt-bearer' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  client_assertion_type?: string;
  @ApiPropertyOptional({ description: 'client_credentials: a JWT signed with the client key (RFC 7523)' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  client_assertion?: string;
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
