import { Module } from '@nestjs/common';

/** 统一用户: organisations, people and systems recognised on every corridor node. */
@Module({})
export class IdentityModule {}
