import { Injectable, Logger } from '@nestjs/common';
import type { AuthUser } from './auth-user.js';
import { DomainError, notFound, validationFailed } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { UnitOfWork, violatedUniqueIndex } from '../database/unit-of-work.js';
import { SettingsService } from '../settings/settings.service.js';
import { withRegionNames } from '../regions/region-names.js';
import { SmeRepository } from '../smes/sme.repository.js';
import { SmeRecordView } from '../smes/sme.response.js';
import { TutorRepository } from '../tutors/tutor.repository.js';
import { TutorRecordView } from '../tutors/tutor.response.js';
import { AccountView, LoginView, MeView } from './account.response.js';
import { AccountRepository } from './account.repository.js';
import { CreateAccountDto } from './auth.dto.js';
import { assertLinked } from './linked-record.js';
import { LoginAttempts } from './login-attempts.js';
import { hashPassword, spendVerificationTime, verifyPassword } from './password-hasher.js';
import { TokenService } from './token.service.js';

const alreadyLinked = () => new DomainError(ErrorCode.RecordAlreadyLinked, 'That tutor or SME record already has an account');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly accounts: AccountRepository,
    private readonly tutors: TutorRepository,
    private readonly smes: SmeRepository,
    private readonly tokens: TokenService,
    private readonly unitOfWork: UnitOfWork,
    private readonly attempts: LoginAttempts,
    private readonly settings: SettingsService,
  ) {}

  async login(login: string, password: string, client: string): Promise<LoginView> {
    await this.attempts.admit(client, login);
    const account = await this.accounts.findByLogin(login);
    if (!account) await spendVerificationTime(password);
    if (!account || !(await verifyPassword(account.passwordHash, password))) {
      throw new DomainError(ErrorCode.InvalidCredentials, 'Login or password is wrong');
    }
    await this.attempts.succeeded(client, login);
    const user = { id: account.id, role: account.role, ...(account.tutorId ? { tutorId: account.tutorId } : {}), ...(account.smeId ? { smeId: account.smeId } : {}) };
    return { accessToken: await this.tokens.issue(account), user };
  }

  async createAccount(dto: CreateAccountDto): Promise<AccountView> {
    await this.checkLink(dto);
    const passwordHash = await hashPassword(dto.password);
    try {
      const account = await this.unitOfWork.run((manager) =>
        this.accounts.insert(manager, { login: dto.login, passwordHash, role: dto.role, tutorId: dto.tutorId ?? null, smeId: dto.smeId ?? null }),
      );
      return AccountView.from(account);
    } catch (error) {
      const index = violatedUniqueIndex(error);
      if (index !== null && /tutorId|smeId/.test(index)) throw alreadyLinked();
      if (index !== null) throw new DomainError(ErrorCode.LoginTaken, `Login ${dto.login} is taken`);
      throw error;
    }
  }

  /** Creates the first coordinator from the environment, once, when none exists yet. */
  async bootstrapCoordinator(login: string, password: string): Promise<boolean> {
    if (await this.accounts.anyCoordinatorExists()) return false;
    try {
      await this.createAccount({ login, password, role: 'coordinator' });
    } catch (error) {
      // Another API process starting at the same moment created it first.
      if (error instanceof DomainError && error.code === ErrorCode.LoginTaken) return false;
      throw error;
    }
    this.logger.log(`Created the first coordinator account "${login}"`);
    return true;
  }

  async me(user: AuthUser): Promise<MeView> {
    assertLinked(user);
    const account = await this.accounts.findById(user.accountId);
    if (!account) throw notFound('Account', user.accountId);
    const tutor = account.tutorId ? await this.tutors.findById(account.tutorId) : null;
    const sme = account.smeId ? await this.smes.findById(account.smeId) : null;
    // Every role's pages show dates in the program's time zone; only coordinators may read the settings.
    const { timeZone } = (await this.settings.current()).schedule;
    return {
      account: AccountView.from(account),
      timeZone,
      ...(tutor ? { tutor: TutorRecordView.from(withRegionNames(tutor)) } : {}),
      ...(sme ? { sme: SmeRecordView.from(withRegionNames(sme)) } : {}),
    };
  }

  private async checkLink(dto: CreateAccountDto): Promise<void> {
    const fields: string[] = { coordinator: [], tutor: ['tutorId'], sme: ['smeId'] }[dto.role];
    const wrong = (['tutorId', 'smeId'] as const).filter((f) => (dto[f] !== undefined) !== fields.includes(f));
    if (wrong.length > 0) {
      throw validationFailed(wrong.map((field) => ({ field, constraints: [`${field} is ${fields.includes(field) ? 'required' : 'not allowed'} for a ${dto.role} account`] })));
    }
    if (dto.tutorId !== undefined && !(await this.tutors.findById(dto.tutorId))) {
      throw new DomainError(ErrorCode.TutorNotFound, `Tutor ${dto.tutorId} not found`);
    }
    if (dto.smeId !== undefined && !(await this.smes.findById(dto.smeId))) throw new DomainError(ErrorCode.SmeNotFound, `SME ${dto.smeId} not found`);
    const link = dto.tutorId !== undefined ? { tutorId: dto.tutorId } : dto.smeId !== undefined ? { smeId: dto.smeId } : null;
    if (link && (await this.accounts.isLinked(link))) throw alreadyLinked();
  }
}
