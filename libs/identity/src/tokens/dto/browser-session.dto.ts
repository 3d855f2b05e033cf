import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class BrowserSignInDto {
  @ApiProperty({ description: 'the e-mail address' }) @IsString() @MinLength(1) @MaxLength(254) username: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(256) password: string;
}

/** The access token only: the refresh token stays in an httpOnly cookie the page's scripts never see. */
export class BrowserTokenDto {
  @ApiProperty() access_token: string;
  @ApiProperty({ enum: ['Bearer'] }) token_type: 'Bearer';
  @ApiProperty({ example: 600 }) expires_in: number;
}
