import { HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@landsea/config';
import { CommonErrorCode, DomainError, type ErrorBody, type LocalisedMessage } from '@landsea/errors';
import { RequestContext } from '@landsea/observability';
import type { DossierView } from '../dossiers/dossiers.service.js';
import type { DossierSnapshot, DossierSource } from './dossier-source.js';

/**
 * The dossier source of an app that serves another context alone: it asks the declarations app
 * at DECLARATIONS_URL with the caller's own token, so the same rights apply as in process.
 */
@Injectable()
export class HttpDossierSource implements DossierSource {
  constructor(private readonly config: ConfigService<AppConfig, true>) {}

  async current(_caller: unknown, dossierId: string): Promise<DossierSnapshot> {
    const base = this.config.get('DECLARATIONS_URL', { infer: true }) as string | undefined;
    if (!base) throw unavailable({ en: 'DECLARATIONS_URL is not set, so this app cannot read dossiers', 'zh-CN': '未设置 DECLARATIONS_URL，本应用无法读取单证档案' });
    const response = await fetch(`${base}/declarations/dossiers/${encodeURIComponent(dossierId)}`, {
      headers: {
        authorization: RequestContext.authorization() ?? '',
        'x-correlation-id': RequestContext.correlationId() ?? '',
        'accept-language': RequestContext.acceptLanguage() ?? '',
      },
      signal: AbortSignal.timeout(10_000),
    }).catch((error: unknown) => {
      const reason = (error as Error).message;
      throw unavailable({ en: `The declarations service did not answer: ${reason}`, 'zh-CN': `报关单证服务无应答：${reason}` });
    });
    if (response.status >= 500) {
      throw unavailable({ en: `The declarations service answered ${response.status}`, 'zh-CN': `报关单证服务返回了 ${response.status}` });
    }
    if (!response.ok) {
      // It answered in the caller's own language, asked for above: pass its words on as they are.
      const body = (await response.json()) as ErrorBody;
      throw new DomainError(response.status, body.code, { en: body.message, 'zh-CN': body.message }, body.details);
    }
    const view = (await response.json()) as DossierView;
    return { id: view.id, reference: view.reference, version: view.version, ready: view.status === 'READY', document: view.document };
  }
}

function unavailable(message: LocalisedMessage): DomainError {
  return new DomainError(HttpStatus.SERVICE_UNAVAILABLE, CommonErrorCode.DEPENDENCY_UNAVAILABLE, message);
}
