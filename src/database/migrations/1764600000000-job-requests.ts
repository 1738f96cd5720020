import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** The outbox of job requests (see JobRequestRow). */
export class JobRequests1764600000000 implements MigrationInterface {
  name = 'JobRequests1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    const onPostgres = runner.connection.driver.options.type === 'postgres';
    await runner.createTable(
      new Table({
        name: 'job_request',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true, ...(onPostgres ? { default: 'gen_random_uuid()' } : {}) },
          { name: 'name', type: 'varchar', length: '30' },
          { name: 'data', type: 'json' },
          { name: 'createdAt', type: onPostgres ? 'timestamptz' : 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [new TableIndex({ columnNames: ['createdAt'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('job_request');
  }
}
