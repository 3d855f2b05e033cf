import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityAuditController } from './audit/identity-audit.controller.js';
import { ClientEntity } from './clients/client.entity.js';
import { ClientRepository } from './clients/client.repository.js';
import { ClientsController } from './clients/clients.controller.js';
import { ClientsService } from './clients/clients.service.js';
import { IdentityTokensModule } from './identity-tokens.module.js';
import { KeysController } from './keys/keys.controller.js';
import { WellKnownController } from './keys/well-known.controller.js';
import { OrganisationsController } from './organisations/organisations.controller.js';
import { OrganisationsService } from './organisations/organisations.service.js';
import { PasswordService } from './passwords/password.service.js';
import { PeopleController } from './people/people.controller.js';
import { PeopleService } from './people/people.service.js';
import { PersonEntity } from './people/person.entity.js';
import { PersonRepository } from './people/person.repository.js';
import { RolePolicyService } from './roles/role-policy.service.js';
import { PartnersController } from './partners/partners.controller.js';
import { BrowserSessionController } from './tokens/browser-session.controller.js';
import { OAuthController } from './tokens/oauth.controller.js';
import { RefreshTokenEntity } from './tokens/refresh-token.entity.js';
import { RefreshTokenRepository } from './tokens/refresh-token.repository.js';
import { SignInThrottleService } from './tokens/sign-in-throttle.service.js';
import { TokenService } from './tokens/token.service.js';

/** 统一用户: organisations, people and systems recognised on every corridor node. */
@Module({
  imports: [IdentityTokensModule, TypeOrmModule.forFeature([PersonEntity, RefreshTokenEntity, ClientEntity])],
  controllers: [OrganisationsController, PeopleController, OAuthController, WellKnownController, KeysController, IdentityAuditController, PartnersController, ClientsController, BrowserSessionController],
  providers: [
    OrganisationsService,
    PeopleService,
    PersonRepository,
    PasswordService,
    TokenService,
    SignInThrottleService,
    RefreshTokenRepository,
    RolePolicyService,
    ClientRepository,
    ClientsService,
  ],
})
export class IdentityModule {}
