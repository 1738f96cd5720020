import { DataSource } from 'typeorm';
import { generateProgram, SeededRandom } from '../../src/matching/index.js';
import { smeRow, tutorRow } from '../../src/seed/demo-program.js';
import { Sme } from '../../src/smes/sme.entity.js';
import { Tutor } from '../../src/tutors/tutor.entity.js';

const CHUNK = 200;

/** Stores the first `tutors` and `smes` of a synthetic province-scale program, none assigned yet. */
export async function insertSyntheticProgram(dataSource: DataSource, size: { tutors: number; smes: number }, seed = 3): Promise<void> {
  const program = generateProgram({ scale: 'province', seed });
  const random = new SeededRandom(seed);
  const tutors = program.tutors.slice(0, size.tutors).map((t) => tutorRow(random, t));
  const smes = program.smes.slice(0, size.smes).map((s) => smeRow(random, s));
  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < tutors.length; i += CHUNK) await manager.getRepository(Tutor).insert(tutors.slice(i, i + CHUNK));
    for (let i = 0; i < smes.length; i += CHUNK) await manager.getRepository(Sme).insert(smes.slice(i, i + CHUNK));
  });
}
