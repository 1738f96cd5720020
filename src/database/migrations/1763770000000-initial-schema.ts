import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

/** One schema for both databases: written with TypeORM's portable Table API, never raw DDL. */
const onPostgres = (runner: QueryRunner): boolean => runner.connection.driver.options.type === 'postgres';

function columnsFor(runner: QueryRunner) {
  const timestamp = onPostgres(runner) ? 'timestamptz' : 'datetime';
  const id = (): TableColumnOptions => ({
    name: 'id',
    type: 'varchar',
    length: '36',
    isPrimary: true,
    ...(onPostgres(runner) ? { default: 'gen_random_uuid()' } : {}),
  });
  const ref = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable });
  const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  });
  const at = (name: string, nullable = false): TableColumnOptions => ({ name, type: timestamp, isNullable: nullable });
  const now = (name: string): TableColumnOptions => ({ name, type: timestamp, default: 'CURRENT_TIMESTAMP' });
  const json = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'json', isNullable: nullable });
  const int = (name: string): TableColumnOptions => ({ name, type: 'integer' });
  const bool = (name: string, fallback?: boolean): TableColumnOptions => ({
    name,
    type: 'boolean',
    ...(fallback === undefined ? {} : { default: fallback }),
  });
  return { id, ref, text, at, now, json, int, bool };
}

export class InitialSchema1763770000000 implements MigrationInterface {
  name = 'InitialSchema1763770000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columnsFor(runner);
    await runner.createTable(
      new Table({
        name: 'account',
        columns: [c.id(), { ...c.text('login', 100), isUnique: true }, c.text('passwordHash', 255), c.text('role', 20), c.ref('tutorId', true), c.ref('smeId', true), c.now('createdAt')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'tutor',
        columns: [
          c.id(), c.text('name', 200), c.text('phone', 30), c.text('email', 254, true), c.text('storeName', 200),
          { name: 'sellerSince', type: 'date' }, { name: 'sellerRating', type: 'real' },
          c.text('regencyCode', 10), c.text('provinceCode', 4), c.json('categories'), c.json('languages'), c.json('modes'),
          c.int('maxSmes'), c.text('status', 20), c.now('createdAt'), c.now('updatedAt'),
        ],
        indices: [new TableIndex({ columnNames: ['provinceCode', 'status'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'sme',
        columns: [
          c.id(), c.text('businessName', 200), c.text('ownerName', 200), c.text('phone', 30),
          c.text('regencyCode', 10), c.text('provinceCode', 4), c.text('category', 30), c.json('languages'),
          c.text('internetAccess', 10), c.int('digitalLiteracy'), c.text('onlineStage', 20), c.text('segment', 20),
          c.bool('segmentSetByCoordinator', false), c.text('status', 20), c.now('createdAt'), c.now('updatedAt'),
        ],
        indices: [new TableIndex({ columnNames: ['provinceCode', 'status'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'course',
        columns: [c.id(), { ...c.text('code', 50), isUnique: true }, c.text('title', 200), c.bool('required'), c.now('createdAt')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'course_progress',
        columns: [c.id(), c.ref('smeId'), c.text('courseCode', 50), c.int('progressPercent'), c.at('completedAt', true), c.at('progressedAt'), c.now('updatedAt')],
        indices: [new TableIndex({ columnNames: ['smeId', 'courseCode'], isUnique: true })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'assignment',
        columns: [
          c.id(), c.ref('tutorId'), c.ref('smeId'), c.int('slot'), c.bool('pinned', false),
          c.at('startedAt'), c.text('startReason', 20), c.ref('startedBy', true),
          c.at('endedAt', true), c.text('endReason', 20, true), c.ref('endedBy', true),
          c.ref('rebalanceId', true), c.json('explanation', true),
        ],
        checks: [{ name: 'CHK_assignment_slot', expression: '"slot" BETWEEN 1 AND 3' }],
        indices: [
          new TableIndex({ name: 'UQ_assignment_active_sme', columnNames: ['smeId'], isUnique: true, where: '"endedAt" IS NULL' }),
          new TableIndex({ name: 'UQ_assignment_active_tutor_slot', columnNames: ['tutorId', 'slot'], isUnique: true, where: '"endedAt" IS NULL' }),
          new TableIndex({ columnNames: ['tutorId', 'endedAt'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'mentoring_session',
        columns: [
          c.id(), c.ref('tutorId'), c.ref('smeId'), { name: 'date', type: 'date' }, c.int('durationMinutes'), c.text('mode', 20),
          c.json('topics'), { name: 'notes', type: 'text', isNullable: true }, { name: 'nextSteps', type: 'text', isNullable: true }, c.now('createdAt'),
        ],
        indices: [new TableIndex({ columnNames: ['smeId', 'date'] }), new TableIndex({ columnNames: ['tutorId', 'date'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'flag',
        columns: [
          c.id(), c.ref('smeId'), c.text('type', 40), c.text('status', 20), c.json('reasons'),
          { name: 'note', type: 'text', isNullable: true }, c.at('openedAt'), c.at('resolvedAt', true), c.now('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_flag_unresolved', columnNames: ['smeId', 'type'], isUnique: true, where: `"status" <> 'resolved'` }),
          new TableIndex({ columnNames: ['status', 'type'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({ name: 'program_setting', columns: [{ ...c.text('key', 100), isPrimary: true }, c.json('value'), c.now('updatedAt')] }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['program_setting', 'flag', 'mentoring_session', 'assignment', 'course_progress', 'course', 'sme', 'tutor', 'account']) {
      await runner.dropTable(table);
    }
  }
}
