import { Global, Module } from '@nestjs/common';
import { QueueModule } from '@landsea/queue';
import { HOME_DIRECTORY } from '@landsea/auth';
import { RECEIVED_RECORDS } from './client/received-records.js';
import { DirectoryController } from './directory/directory.controller.js';
import { DirectoryRepository } from './directory/directory.repository.js';
import { FeedController } from './feed/feed.controller.js';
import { FeedService } from './feed/feed.service.js';
import { InboundController } from './inbound/inbound.controller.js';
import { InboundRepository } from './inbound/inbound.repository.js';
import { InboundService } from './inbound/inbound.service.js';
import { MessageLogRepository } from './messages/message-log.repository.js';
import { MessagesController } from './messages/messages.controller.js';
import { DeliveryProcessor } from './outbound/delivery.processor.js';
import { DeliveryService } from './outbound/delivery.service.js';
import { EXCHANGE_DELIVERY, EXCHANGE_EVENTS } from './outbound/exchange-queues.js';
import { OutboundConsumer } from './outbound/outbound.consumer.js';
import { OutboundRepository } from './outbound/outbound.repository.js';
import { OutboundService } from './outbound/outbound.service.js';
import { PartnerMessages } from './partner-message.js';
import { PartnerMetricsCollector } from './partners/partner-metrics.collector.js';
import { PartnerStateRepository } from './partners/partner-state.repository.js';
import { PartnerStatesController } from './partners/partner-states.controller.js';
import { PartnersService } from './partners/partners.service.js';
import { RecoveryController } from './recovery/recovery.controller.js';
import { RecoveryRepository } from './recovery/recovery.repository.js';
import { RecoveryService } from './recovery/recovery.service.js';
import { SharingController } from './sharing/sharing.controller.js';
import { SharingRepository } from './sharing/sharing.repository.js';
import { SharingService } from './sharing/sharing.service.js';

/** Cross-province exchange: signed, queued, logged sync between corridor nodes. Global for its client. */
@Global()
@Module({
  imports: [QueueModule.registerQueue(EXCHANGE_EVENTS), QueueModule.registerQueue(EXCHANGE_DELIVERY)],
  controllers: [SharingController, InboundController, MessagesController, FeedController, RecoveryController, PartnerStatesController, DirectoryController],
  providers: [
    SharingRepository,
    SharingService,
    OutboundRepository,
    OutboundService,
    OutboundConsumer,
    DeliveryService,
    DeliveryProcessor,
    InboundRepository,
    InboundService,
    MessageLogRepository,
    PartnerMessages,
    FeedService,
    RecoveryRepository,
    RecoveryService,
    PartnerStateRepository,
    PartnersService,
    PartnerMetricsCollector,
    DirectoryRepository,
    { provide: RECEIVED_RECORDS, useExisting: InboundRepository },
    { provide: HOME_DIRECTORY, useExisting: DirectoryRepository },
  ],
  exports: [RECEIVED_RECORDS, HOME_DIRECTORY],
})
export class ExchangeModule {}
