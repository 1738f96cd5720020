import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** One account per tutor or SME record, held by the database even under concurrent requests. */
export class AccountLinks1763790000000 implements MigrationInterface {
  name = 'AccountLinks1763790000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createIndex('account', new TableIndex({ name: 'UQ_account_tutorId', columnNames: ['tutorId'], isUnique: true }));
    await runner.createIndex('account', new TableIndex({ name: 'UQ_account_smeId', columnNames: ['smeId'], isUnique: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('account', 'UQ_account_smeId');
    await runner.dropIndex('account', 'UQ_account_tutorId');
  }
}
