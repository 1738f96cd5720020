import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/** The notification outbox, each account's language and e-mail, and the WhatsApp opt-in of tutors and SMEs. */
export class Notifications1764700000000 implements MigrationInterface {
  name = 'Notifications1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    const onPostgres = runner.connection.driver.options.type === 'postgres';
    const timestamp = onPostgres ? 'timestamptz' : 'datetime';
    await runner.createTable(
      new Table({
        name: 'notification',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true, ...(onPostgres ? { default: 'gen_random_uuid()' } : {}) },
          { name: 'personKind', type: 'varchar', length: '12' },
          { name: 'personId', type: 'varchar', length: '36' },
          { name: 'channel', type: 'varchar', length: '10' },
          { name: 'template', type: 'varchar', length: '30' },
          { name: 'language', type: 'varchar', length: '5' },
          { name: 'params', type: 'json' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'round', type: 'integer', default: 0 },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'address', type: 'varchar', length: '254', isNullable: true },
          { name: 'providerMessageId', type: 'varchar', length: '200', isNullable: true },
          { name: 'notBefore', type: timestamp, isNullable: true },
          { name: 'sentAt', type: timestamp, isNullable: true },
          { name: 'deliveredAt', type: timestamp, isNullable: true },
          { name: 'readAt', type: timestamp, isNullable: true },
          { name: 'createdAt', type: timestamp, default: 'CURRENT_TIMESTAMP' },
          { name: 'updatedAt', type: timestamp, default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [
          new TableIndex({ columnNames: ['personKind', 'personId', 'channel', 'createdAt'] }),
          new TableIndex({ columnNames: ['status', 'notBefore'] }),
          new TableIndex({ columnNames: ['providerMessageId'] }),
          new TableIndex({ columnNames: ['address'] }),
        ],
      }),
    );
    await runner.addColumns('account', [
      new TableColumn({ name: 'language', type: 'varchar', length: '5', default: "'id'" }),
      new TableColumn({ name: 'email', type: 'varchar', length: '254', isNullable: true }),
    ]);
    await runner.addColumn('tutor', new TableColumn({ name: 'whatsappOptIn', type: 'json', isNullable: true }));
    await runner.addColumn('sme', new TableColumn({ name: 'whatsappOptIn', type: 'json', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('sme', 'whatsappOptIn');
    await runner.dropColumn('tutor', 'whatsappOptIn');
    await runner.dropColumn('account', 'email');
    await runner.dropColumn('account', 'language');
    await runner.dropTable('notification');
  }
}
