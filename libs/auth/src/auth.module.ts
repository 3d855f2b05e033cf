import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';

/**
 * Puts the AuthGuard in front of every route. The app must also import a module that provides
 * ACCESS_TOKEN_VERIFIER (the identity context's).
 */
@Global()
@Module({ providers: [{ provide: APP_GUARD, useClass: AuthGuard }] })
export class AuthModule {}
