import { type DynamicModule, Module } from '@nestjs/common';
import { BillsModule } from '@landsea/bills';
import { DeclarationsModule } from '@landsea/declarations';
import { ExchangeModule } from '@landsea/exchange';
import { IdentityModule } from '@landsea/identity';
import { PlatformModule } from '@landsea/platform';

/** One province's node: all four contexts in one process. */
@Module({})
export class NodeModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: NodeModule,
      imports: [PlatformModule.forRoot(env), IdentityModule, DeclarationsModule, BillsModule, ExchangeModule],
    };
  }
}
