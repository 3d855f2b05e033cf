import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsController } from './attachments/attachments.controller.js';
import { AttachmentsService } from './attachments/attachments.service.js';
import { BillAttachmentEntity, BillEntity, BillEntryEntity } from './bills/bill.entity.js';
import { BillRepository } from './bills/bill.repository.js';
import { BillsController } from './bills/bills.controller.js';
import { BillsService } from './bills/bills.service.js';
import { BillPdfController } from './rendering/bill-pdf.controller.js';
import { DcsaController } from './dcsa/dcsa.controller.js';
import { DcsaService } from './dcsa/dcsa.service.js';
import { PintEnvelopeEntity } from './pint/pint-envelope.entity.js';
import { PintEnvelopeRepository } from './pint/pint-envelope.repository.js';
import { PintTransferController } from './pint/pint-transfer.controller.js';
import { PintController } from './pint/pint.controller.js';
import { PintService } from './pint/pint.service.js';
import { BillVerificationController } from './verification/bill-verification.controller.js';
import { BillVerificationService } from './verification/bill-verification.service.js';

/** 一单制: the multimodal digital bill of lading, its holders, pledges and surrender, and its moves to and from other eBL platforms (DCSA PINT). */
@Module({
  imports: [TypeOrmModule.forFeature([BillEntity, BillEntryEntity, BillAttachmentEntity, PintEnvelopeEntity])],
  // The verification controller comes first so /bills/verify is not taken for a bill id.
  controllers: [BillVerificationController, BillsController, BillPdfController, AttachmentsController, DcsaController, PintTransferController, PintController],
  providers: [BillRepository, BillsService, BillVerificationService, AttachmentsService, DcsaService, PintEnvelopeRepository, PintService],
})
export class BillsModule {}
