import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The SME and tutor lists are ordered by name, then id: with an index in that order a page is
 * read straight off it, instead of sorting every SME (two million nationally) for each page.
 */
export class ListOrderIndexes1764800000000 implements MigrationInterface {
  name = 'ListOrderIndexes1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createIndex('sme', new TableIndex({ name: 'IDX_sme_list_order', columnNames: ['businessName', 'id'] }));
    await runner.createIndex('tutor', new TableIndex({ name: 'IDX_tutor_list_order', columnNames: ['name', 'id'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('tutor', 'IDX_tutor_list_order');
    await runner.dropIndex('sme', 'IDX_sme_list_order');
  }
}
