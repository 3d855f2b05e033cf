import { type DynamicModule, Module } from '@nestjs/common';
import { DeclarationsModule } from '@landsea/declarations';
import { IdentityTokensModule } from '@landsea/identity';
import { PlatformModule } from '@landsea/platform';

/** The declarations context served on its own, for deployments that split a node by context. */
@Module({})
export class DeclarationsAppModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return { module: DeclarationsAppModule, imports: [PlatformModule.forRoot(env), IdentityTokensModule, DeclarationsModule] };
  }
}
