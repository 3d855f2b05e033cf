import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DossierEntity, DossierVersionEntity } from './dossiers/dossier.entity.js';
import { DossierRepository } from './dossiers/dossier.repository.js';
import { DossiersController } from './dossiers/dossiers.controller.js';
import { DossiersService } from './dossiers/dossiers.service.js';
import { FilingEntity } from './filings/filing.entity.js';
import { FilingRepository } from './filings/filing.repository.js';
import { FilingsController } from './filings/filings.controller.js';
import { FilingsService } from './filings/filings.service.js';
import { ImportsController } from './imports/imports.controller.js';
import { ImportsService } from './imports/imports.service.js';
import { TimelineController } from './timeline/timeline.controller.js';
import { TimelineService } from './timeline/timeline.service.js';

/** 一次提交多次复用: the trade dossier entered once and every filing derived from it. */
@Module({
  imports: [TypeOrmModule.forFeature([DossierEntity, DossierVersionEntity, FilingEntity])],
  controllers: [DossiersController, FilingsController, TimelineController, ImportsController],
  providers: [DossierRepository, DossiersService, FilingRepository, FilingsService, TimelineService, ImportsService],
})
export class DeclarationsModule {}
