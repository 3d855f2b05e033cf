import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { Role } from '@landsea/auth';
import type { PersonEntity } from '../person.entity.js';

export class PersonDto {
  @ApiProperty({ example: '6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38' }) id: string;
  @ApiProperty({ example: '0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10' }) organisationId: string;
  @ApiProperty({ example: 'li.wei@cq-electronics.example.cn' }) email: string;
  @ApiProperty({ example: '李伟' }) displayName: string;
  @ApiProperty({ example: ['ORG_ADMIN', 'DECLARANT'], enum: Role, isArray: true }) roles: string[];
  @ApiProperty({ example: 'ACTIVE', enum: ['INVITED', 'ACTIVE', 'DISABLED'] }) status: string;
  @ApiProperty({ example: '2026-10-01T02:30:00.000Z' }) createdAt: string;

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
  @ApiProperty({ example: 'inv_Zq8Lr2Xw5Tb9Nc4Vm7Kp1Hs6Jd3Fg0Ya', description: 'One-time token the invitee uses to set a password; deliver it to them' }) invitationToken: string;
  @ApiProperty({ example: '2026-10-03T09:12:00.000Z' }) expiresAt: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ example: 'inv_Zq8Lr2Xw5Tb9Nc4Vm7Kp1Hs6Jd3Fg0Ya' }) @IsString() @Length(20, 200) invitationToken: string;
  @ApiProperty({ example: 'Corridor-2026-Qinzhou' }) @IsString() @MaxLength(256) password: string;
}

export class ChangeRolesDto {
  @ApiProperty({ example: ['DECLARANT', 'ORG_ADMIN'], enum: Role, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  roles: string[];
}


export class SessionDto {
  @ApiProperty({ example: '6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38' }) subject: string;
  @ApiProperty({ example: 'person', enum: ['person', 'client'] }) subjectKind: 'person' | 'client';
  @ApiProperty({ example: '0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10', nullable: true, type: String, description: "The organisation's id on this node" }) organisationId: string | null;
  @ApiProperty({ example: '91500000202815306C', nullable: true, type: String }) uscc: string | null;
  @ApiProperty({ example: ['DECLARANT'], enum: Role, isArray: true }) roles: Role[];
  @ApiProperty({ example: 'CQ', description: 'Province code of the node that issued the token' }) issuingNode: string;
  @ApiProperty({ example: true }) local: boolean;
  @ApiProperty({ example: true }) organisationApproved: boolean;
  @ApiProperty({ example: null, nullable: true, type: String }) customsOffice: string | null;
  @ApiProperty({ example: 'b7c2e9f4-5a1d-4c38-9e60-3d8f2a7b1c95' }) tokenId: string;
}
