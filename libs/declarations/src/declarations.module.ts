import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { recordOwners } from '@landsea/exchange';
import { QueueModule } from '@landsea/queue';
import { DossierOwners } from './client/dossier-owners.js';
import { DOSSIER_SOURCE } from './client/dossier-source.js';
import { InProcessDossierSource } from './client/in-process-dossier-source.js';
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
import { SpreadsheetReader } from './imports/spreadsheet.js';
import { DossierLinkRepository } from './timeline/dossier-link.repository.js';
import { DossierLinksConsumer, DOSSIER_LINK_EVENTS } from './timeline/dossier-links.consumer.js';
import { TimelineController } from './timeline/timeline.controller.js';
import { TimelineService } from './timeline/timeline.service.js';

/**
 * 一次提交多次复用: the trade dossier entered once and every filing derived from it. Global so the
 * other contexts of the node find its dossier source.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([DossierEntity, DossierVersionEntity, FilingEntity]), QueueModule.registerQueue(DOSSIER_LINK_EVENTS)],
  controllers: [DossiersController, FilingsController, TimelineController, ImportsController],
  providers: [
    DossierRepository,
    DossiersService,
    FilingRepository,
    FilingsService,
    TimelineService,
    DossierLinkRepository,
    DossierLinksConsumer,
    ImportsService,
    SpreadsheetReader,
    InProcessDossierSource,
    { provide: DOSSIER_SOURCE, useExisting: InProcessDossierSource },
    DossierOwners,
    { provide: recordOwners('DOSSIER'), useExisting: DossierOwners },
  ],
  exports: [DOSSIER_SOURCE, recordOwners('DOSSIER')],
})
export class DeclarationsModule {}
