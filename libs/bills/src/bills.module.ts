import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsController } from './attachments/attachments.controller.js';
import { AttachmentsService } from './attachments/attachments.service.js';
import { BillAttachmentEntity, BillEntity, BillEntryEntity } from './bills/bill.entity.js';
import { BillRepository } from './bills/bill.repository.js';
import { BillsController } from './bills/bills.controller.js';
import { BillsService } from './bills/bills.service.js';
import { DcsaController } from './dcsa/dcsa.controller.js';
import { DcsaService } from './dcsa/dcsa.service.js';
import { BillVerificationController } from './verification/bill-verification.controller.js';
import { BillVerificationService } from './verification/bill-verification.service.js';

/** 一单制: the multimodal digital bill of lading, its holders, pledges and surrender. */
@Module({
  imports: [TypeOrmModule.forFeature([BillEntity, BillEntryEntity, BillAttachmentEntity])],
  // The verification controller comes first so /bills/verify is not taken for a bill id.
  controllers: [BillVerificationController, BillsController, AttachmentsController, DcsaController],
  providers: [BillRepository, BillsService, BillVerificationService, AttachmentsService, DcsaService],
})
export class BillsModule {}
