import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DossierEntity, DossierVersionEntity } from './dossiers/dossier.entity.js';
import { DossierRepository } from './dossiers/dossier.repository.js';
import { DossiersController } from './dossiers/dossiers.controller.js';
import { DossiersService } from './dossiers/dossiers.service.js';

/** 一次提交多次复用: the trade dossier entered once and every filing derived from it. */
@Module({
  imports: [TypeOrmModule.forFeature([DossierEntity, DossierVersionEntity])],
  controllers: [DossiersController],
  providers: [DossierRepository, DossiersService],
})
export class DeclarationsModule {}
