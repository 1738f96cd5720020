import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { preparedRead } from '../database/prepared-read.js';
import { Account } from './account.entity.js';

@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByLogin(login: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ login });
  }

  findById(id: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ id });
  }

  /** Whether an account is already linked to this tutor or SME record. */
  async isLinked(link: { tutorId: string } | { smeId: string }): Promise<boolean> {
    return (await this.dataSource.getRepository(Account).countBy(link)) > 0;
  }

  async anyCoordinatorExists(): Promise<boolean> {
    return (await this.dataSource.getRepository(Account).countBy({ role: 'coordinator' })) > 0;
  }

  /** The token version of a live account, or null once it is removed: one primary-key read per request. */
  async tokenVersionOf(id: string): Promise<number | null> {
    // Plain SQL: building a find query and an entity cost more than the read on every authenticated request.
    const [row] = await preparedRead<{ tokenVersion: number | string }>(this.dataSource, 'account-token-version', 'SELECT "tokenVersion" FROM account WHERE id = :id', { id });
    return row ? Number(row.tokenVersion) : null;
  }

  /** A new password, and a new token version, so every token issued before stops working. */
  async changePassword(manager: EntityManager, id: string, passwordHash: string): Promise<boolean> {
    const result = await manager.getRepository(Account).update({ id }, { passwordHash, tokenVersion: () => '"tokenVersion" + 1' });
    return Boolean(result.affected);
  }

  async remove(manager: EntityManager, id: string): Promise<boolean> {
    return Boolean((await manager.getRepository(Account).delete({ id })).affected);
  }

  insert(manager: EntityManager, account: Omit<Account, 'id' | 'createdAt' | 'tokenVersion' | 'language' | 'email'>): Promise<Account> {
    return manager.getRepository(Account).save(manager.getRepository(Account).create(account));
  }
}
