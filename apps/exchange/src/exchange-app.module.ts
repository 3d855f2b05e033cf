import { type DynamicModule, Module } from '@nestjs/common';
import { ExchangeModule } from '@landsea/exchange';
import { IdentityTokensModule } from '@landsea/identity';
import { PlatformModule } from '@landsea/platform';

/** The exchange context served on its own, for deployments that split a node by context. */
@Module({})
export class ExchangeAppModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return { module: ExchangeAppModule, imports: [PlatformModule.forRoot(env), IdentityTokensModule, ExchangeModule] };
  }
}
