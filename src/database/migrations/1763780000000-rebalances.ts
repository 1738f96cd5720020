import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

export class Rebalances1763780000000 implements MigrationInterface {
  name = 'Rebalances1763780000000';

  async up(runner: QueryRunner): Promise<void> {
    const onPostgres = runner.connection.driver.options.type === 'postgres';
    const timestamp = onPostgres ? 'timestamptz' : 'datetime';
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true, ...(onPostgres ? { default: 'gen_random_uuid()' } : {}) };
    const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
    await runner.createTable(
      new Table({
        name: 'rebalance',
        columns: [
          id,
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'dryRun', type: 'boolean' },
          { name: 'provinceCode', type: 'varchar', length: '4', isNullable: true },
          { name: 'trigger', type: 'varchar', length: '20' },
          { name: 'progress', type: 'integer', default: 0 },
          { name: 'summary', type: 'json', isNullable: true },
          { name: 'error', type: 'text', isNullable: true },
          { name: 'basis', type: 'varchar', length: '64', isNullable: true },
          { name: 'activeSlot', type: 'varchar', length: '10', isNullable: true, isUnique: true },
          ref('requestedBy', true),
          { name: 'appliedAt', type: timestamp, isNullable: true },
          { name: 'createdAt', type: timestamp, default: 'CURRENT_TIMESTAMP' },
          { name: 'finishedAt', type: timestamp, isNullable: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'rebalance_change',
        columns: [
          id,
          ref('rebalanceId'),
          { name: 'seq', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '10' },
          ref('smeId'),
          ref('fromTutorId', true),
          ref('toTutorId', true),
          { name: 'explanation', type: 'json', isNullable: true },
          { name: 'reason', type: 'text' },
        ],
        indices: [new TableIndex({ columnNames: ['rebalanceId', 'seq'], isUnique: true })],
      }),
    );
    await runner.addColumn('assignment', new TableColumn(ref('endRebalanceId', true)));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('assignment', 'endRebalanceId');
    await runner.dropTable('rebalance_change');
    await runner.dropTable('rebalance');
  }
}
