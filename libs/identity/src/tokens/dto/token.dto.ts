import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const GRANT_TYPES = ['password', 'refresh_token', 'client_credentials'] as const;

/** RFC 6749 token request, as a form (application/x-www-form-urlencoded) or as JSON. */
export class TokenRequestDto {
  @ApiProperty({ example: 'password', enum: GRANT_TYPES }) @IsString() grant_type: string;
  @ApiPropertyOptional({ example: 'li.wei@cq-electronics.example.cn', description: 'password grant: the e-mail address' }) @IsOptional() @IsString() @MaxLength(254) username?: string;
  @ApiPropertyOptional({ example: 'Corridor-2026-Chongqing', description: 'password grant' }) @IsOptional() @IsString() @MaxLength(256) password?: string;
  @ApiPropertyOptional({ example: 'rt_4Jx9mK2pQ7vL8nR3sT6wY1zA5bC0dE', description: 'refresh_token grant' }) @IsOptional() @IsString() @MaxLength(200) refresh_token?: string;
  @ApiPropertyOptional({ example: 'landsea' }) @IsOptional() @IsString() @MaxLength(500) scope?: string;
  @ApiPropertyOptional({ example: 'erp-cq-electronics', description: 'client_credentials: optional, must match the assertion' }) @IsOptional() @IsString() @MaxLength(100) client_id?: string;
  @ApiPropertyOptional({ example: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', description: 'client_credentials: urn:ietf:params:oauth:client-assertion-type:jwt-bearer' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  client_assertion_type?: string;
  @ApiPropertyOptional({ example: 'eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiI2ZTJhOWQ0NyJ9.Qm9v…', description: 'client_credentials: a JWT signed with the client key (RFC 7523)' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  client_assertion?: string;
}

export class RevokeRequestDto {
  @ApiProperty({ example: 'rt_4Jx9mK2pQ7vL8nR3sT6wY1zA5bC0dE', description: 'The refresh token of the sign-in to end' }) @IsString() @MaxLength(200) token: string;
  @ApiPropertyOptional({ example: 'refresh_token', enum: ['refresh_token'] }) @IsOptional() @IsIn(['refresh_token']) token_type_hint?: string;
}

export class TokenResponseDto {
  @ApiProperty({ example: 'eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiI2ZTJhOWQ0NyJ9.Qm9v…' }) access_token: string;
  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] }) token_type: 'Bearer';
  @ApiProperty({ example: 600 }) expires_in: number;
  @ApiPropertyOptional({ example: 'rt_4Jx9mK2pQ7vL8nR3sT6wY1zA5bC0dE' }) refresh_token?: string;
}
