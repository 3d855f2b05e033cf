import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '@landsea/audit';
import type { Principal } from '@landsea/auth';
import { CommonErrorCode, DomainError } from '@landsea/errors';
import { BillsAuditAction } from '../bills.audit.js';
import { BillsErrors } from '../bills.errors.js';
import { sha256Hex } from '@landsea/signing';
import type { BillAttachmentEntity } from '../bills/bill.entity.js';
import { BillRepository } from '../bills/bill.repository.js';
import { BillsService } from '../bills/bills.service.js';

/** What may be attached to a bill, recognised by its first bytes rather than its claimed type. */
const KINDS: ReadonlyArray<{ mediaType: string; magic: readonly number[] }> = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The media type of a file this node takes as an attachment, by its first bytes; undefined for any other. */
export function attachmentMediaType(data: Buffer): string | undefined {
  return KINDS.find((k) => k.magic.every((byte, i) => data[i] === byte))?.mediaType;
}

export interface Upload {
  readonly filename: string;
  readonly data: Buffer;
}

/** Supporting documents of a bill (the invoice PDF, photos of the cargo), kept by checksum. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly bills: BillRepository,
    private readonly billsService: BillsService,
    private readonly audit: AuditService,
  ) {}

  /** The carrier or the holder attaches; the same content twice is stored once. */
  async attach(caller: Principal, billId: string, upload: Upload): Promise<BillAttachmentEntity> {
    const bill = await this.billsService.get(caller, billId);
    if (caller.organisationId !== bill.holderOrganisationId && caller.organisationId !== bill.carrierOrganisationId) throw BillsErrors.notHolder();
    const mediaType = attachmentMediaType(upload.data);
    if (!mediaType) {
      throw new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, {
        en: `${upload.filename} is not a PDF, PNG or JPEG file`,
        'zh-CN': `${upload.filename} 不是 PDF、PNG 或 JPEG 文件`,
      });
    }
    return this.bills.transaction(async (manager) => {
      const attachment = await this.bills.addAttachment(
        {
          billId: bill.id,
          name: upload.filename.slice(0, 255),
          mediaType,
          sizeBytes: upload.data.length,
          sha256: sha256Hex(upload.data),
          content: upload.data,
          uploadedByOrganisationId: caller.organisationId as string,
        },
        manager,
      );
      const details = { attachmentId: attachment.id, name: attachment.name, sha256: attachment.sha256, sizeBytes: attachment.sizeBytes };
      await this.audit.record({ action: BillsAuditAction.ATTACHMENT_ADDED, actor: caller, organisationId: bill.holderOrganisationId, target: { type: 'bill', id: bill.id }, details }, manager);
      return attachment;
    });
  }

  async list(caller: Principal, billId: string): Promise<BillAttachmentEntity[]> {
    const bill = await this.billsService.get(caller, billId);
    return this.bills.attachments(bill.id);
  }

  async content(caller: Principal, billId: string, id: string): Promise<BillAttachmentEntity> {
    const bill = await this.billsService.get(caller, billId);
    const attachment = await this.bills.attachmentContent(bill.id, id);
    if (!attachment) throw BillsErrors.attachmentNotFound(id);
    return attachment;
  }
}
