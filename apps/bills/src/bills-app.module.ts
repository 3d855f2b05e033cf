import { type DynamicModule, Module } from '@nestjs/common';
import { BillsModule } from '@landsea/bills';
import { DeclarationsHttpClientModule } from '@landsea/declarations';
import { IdentityTokensModule } from '@landsea/identity';
import { PlatformModule } from '@landsea/platform';

/** The bills context served on its own, for deployments that split a node by context. */
@Module({})
export class BillsAppModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return { module: BillsAppModule, imports: [PlatformModule.forRoot(env), IdentityTokensModule, DeclarationsHttpClientModule, BillsModule] };
  }
}
