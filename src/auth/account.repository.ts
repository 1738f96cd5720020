import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
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

  insert(manager: EntityManager, account: Omit<Account, 'id' | 'createdAt'>): Promise<Account> {
    return manager.getRepository(Account).save(manager.getRepository(Account).create(account));
  }
}
