import { Module } from '@nestjs/common';

/** Signed, queued, auditable exchange between the corridor's province nodes. */
@Module({})
export class ExchangeModule {}
