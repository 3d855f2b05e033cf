import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class BrowserSignInDto {
  @ApiProperty({ example: 'li.wei@cq-electronics.example.cn', description: 'the e-mail address' }) @IsString() @MinLength(1) @MaxLength(254) username: string;
  @ApiProperty({ example: 'Corridor-2026-Chongqing' }) @IsString() @MinLength(1) @MaxLength(256) password: string;
}

/** The access token only: the refresh token stays in an httpOnly cookie the page's scripts never see. */
export class BrowserTokenDto {
  @ApiProperty({ example: 'eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiI2ZTJhOWQ0NyJ9.Qm9v…' }) access_token: string;
  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] }) token_type: 'Bearer';
  @ApiProperty({ example: 600 }) expires_in: number;
}
