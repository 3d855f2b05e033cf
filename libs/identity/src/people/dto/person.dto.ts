import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { Role } from '@landsea/auth';
import type { PersonEntity } from '../person.entity.js';

export class PersonDto {
  @ApiProperty() id: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: string[];
  @ApiProperty({ enum: ['INVITED', 'ACTIVE', 'DISABLED'] }) status: string;
  @ApiProperty() createdAt: string;

  static from(p: PersonEntity): PersonDto {
    return {
      id: p.id,
      organisationId: p.organisationId,
      email: p.email,
      displayName: p.displayName,
      roles: p.roles,
      status: p.status,
      createdAt: p.createdAt.toISOString(),
    };
  }
}

export class InvitePersonDto {
  @ApiProperty({ example: 'zhang.min@cq-electronics.example.cn' }) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ example: '张敏' }) @IsString() @Length(1, 200) displayName: string;
  @ApiProperty({ enum: Role, isArray: true, example: ['DECLARANT'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  roles: string[];
}

export class InvitationDto {
  @ApiProperty({ type: PersonDto }) person: PersonDto;
  @ApiProperty({ description: 'One-time token the invitee uses to set a password; deliver it to them' }) invitationToken: string;
  @ApiProperty() expiresAt: string;
}

export class AcceptInvitationDto {
  @ApiProperty() @IsString() @Length(20, 200) invitationToken: string;
  @ApiProperty() @IsString() @MaxLength(256) password: string;
}

export class ChangeRolesDto {
  @ApiProperty({ enum: Role, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  roles: string[];
}


export class SessionDto {
  @ApiProperty() subject: string;
  @ApiProperty({ enum: ['person', 'client'] }) subjectKind: 'person' | 'client';
  @ApiProperty({ nullable: true, type: String, description: "The organisation's id on this node" }) organisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) uscc: string | null;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty({ description: 'Province code of the node that issued the token' }) issuingNode: string;
  @ApiProperty() local: boolean;
  @ApiProperty() organisationApproved: boolean;
  @ApiProperty({ nullable: true, type: String }) customsOffice: string | null;
  @ApiProperty() tokenId: string;
}
