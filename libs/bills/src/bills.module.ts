import { Module } from '@nestjs/common';

/** 一单制: the multimodal digital bill of lading, its holders, pledges and surrender. */
@Module({})
export class BillsModule {}
