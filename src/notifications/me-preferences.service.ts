import { Injectable } from '@nestjs/common';
import { Account } from '../auth/account.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuthService } from '../auth/auth.service.js';
import { Clock } from '../common/clock.js';
import { DomainError, notFound, validationFailed } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { findForUpdate } from '../database/row-lock.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';
import { UpdateMeDto } from './notification.dto.js';
import { personOf } from './notifications.service.js';
import { nextOptIn } from './whatsapp-opt-in.js';

/** A person's own message preferences: language, a coordinator's e-mail, a tutor's or SME's WhatsApp consent. */
@Injectable()
export class MePreferencesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  async update(user: AuthUser, dto: UpdateMeDto) {
    const person = personOf(user);
    if (dto.whatsappOptIn !== undefined && person.kind === 'coordinator') {
      throw new DomainError(ErrorCode.WhatsappOptInNotApplicable, 'Coordinators get no WhatsApp messages; only tutors and SMEs opt in');
    }
    if (dto.email !== undefined && person.kind !== 'coordinator') {
      throw validationFailed([{ field: 'email', constraints: ["a tutor's e-mail is on the tutor record, and SMEs get no e-mail"] }]);
    }
    await this.unitOfWork.run(async (manager) => {
      const account = await findForUpdate(manager, Account, user.accountId);
      if (!account) throw notFound('Account', user.accountId);
      if (dto.language !== undefined) account.language = dto.language;
      if (dto.email !== undefined) account.email = dto.email;
      await manager.getRepository(Account).save(account);
      if (dto.whatsappOptIn === undefined) return;
      const entity = person.kind === 'tutor' ? Tutor : Sme;
      const record = await findForUpdate<Tutor | Sme>(manager, entity, person.id);
      if (!record) throw notFound(person.kind === 'tutor' ? 'Tutor' : 'SME', person.id);
      const whatsappOptIn = nextOptIn(dto.whatsappOptIn, record.whatsappOptIn, 'self', user.accountId, this.clock.now());
      await manager.getRepository(entity).update({ id: person.id }, { whatsappOptIn });
    });
    return this.auth.me(user);
  }
}
