import { type DynamicModule, Module } from '@nestjs/common';
import { IdentityModule } from '@landsea/identity';
import { PlatformModule } from '@landsea/platform';

/** The identity context served on its own, for deployments that split a node by context. */
@Module({})
export class IdentityAppModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return { module: IdentityAppModule, imports: [PlatformModule.forRoot(env), IdentityModule] };
  }
}
