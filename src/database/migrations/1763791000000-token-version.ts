import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Bumped when an account's password changes: tokens that carry an older version stop working. */
export class TokenVersion1763791000000 implements MigrationInterface {
  name = 'TokenVersion1763791000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('account', new TableColumn({ name: 'tokenVersion', type: 'integer', default: 0 }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('account', 'tokenVersion');
  }
}
