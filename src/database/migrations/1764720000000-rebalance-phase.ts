import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A run's phase while it works (loading, solving, diffing, writing) and how its plan was solved (incremental or full). */
export class RebalancePhase1764720000000 implements MigrationInterface {
  name = 'RebalancePhase1764720000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('rebalance', [
      new TableColumn({ name: 'phase', type: 'varchar', length: '10', isNullable: true }),
      new TableColumn({ name: 'solveMode', type: 'varchar', length: '12', isNullable: true }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('rebalance', 'solveMode');
    await runner.dropColumn('rebalance', 'phase');
  }
}
