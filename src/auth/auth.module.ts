import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SmeRecordsModule } from '../smes/sme-records.module.js';
import { TutorRecordsModule } from '../tutors/tutor-records.module.js';
import { AccountRepository } from './account.repository.js';
import { AccountsController } from './accounts.controller.js';
import { AccountsService } from './accounts.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginAttempts } from './login-attempts.js';
import { TokenService } from './token.service.js';

@Module({
  imports: [
    TutorRecordsModule,
    SmeRecordsModule,
    SettingsModule,
    JwtModule.registerAsync({
      global: true,
      inject: [APP_CONFIG],
      // A KeyObject made once: given a string, jsonwebtoken first tries to read it as a public key on every verify.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret)), signOptions: { expiresIn: config.jwtTtlSeconds } }),
    }),
  ],
  controllers: [AuthController, AccountsController],
  providers: [AccountRepository, AuthService, AccountsService, TokenService, LoginAttempts, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
