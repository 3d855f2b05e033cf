import { Module } from '@nestjs/common';

/** 一次提交多次复用: the trade dossier entered once and every filing derived from it. */
@Module({})
export class DeclarationsModule {}
