import { Injectable } from '@nestjs/common';
import { notFound } from '../common/domain-error.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { AccountRepository } from './account.repository.js';
import { AccountView } from './account.response.js';
import { hashPassword } from './password-hasher.js';

/** A coordinator's care of accounts: a changed password or a removed account ends every token it had. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async changePassword(id: string, password: string): Promise<AccountView> {
    const passwordHash = await hashPassword(password);
    if (!(await this.unitOfWork.run((manager) => this.accounts.changePassword(manager, id, passwordHash)))) throw notFound('Account', id);
    const account = await this.accounts.findById(id);
    if (!account) throw notFound('Account', id);
    return AccountView.from(account);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.unitOfWork.run((manager) => this.accounts.remove(manager, id)))) throw notFound('Account', id);
  }
}
