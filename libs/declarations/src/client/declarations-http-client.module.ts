import { Global, Module } from '@nestjs/common';
import { DOSSIER_SOURCE } from './dossier-source.js';
import { HttpDossierSource } from './http-dossier-source.js';

/** For apps that serve another context alone: reach the declarations app over HTTP. */
@Global()
@Module({
  providers: [HttpDossierSource, { provide: DOSSIER_SOURCE, useExisting: HttpDossierSource }],
  exports: [DOSSIER_SOURCE],
})
export class DeclarationsHttpClientModule {}
