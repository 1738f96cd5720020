import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Page, PageQueryDto, paginate } from '../common/pagination.js';
import { Course } from './course.entity.js';
import { CourseProgress } from './course-progress.entity.js';

@Injectable()
export class CourseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, course: Partial<Course>): Promise<Course> {
    const repository = manager.getRepository(Course);
    return repository.save(repository.create(course));
  }

  list(page: PageQueryDto): Promise<Page<Course>> {
    return paginate(this.dataSource.getRepository(Course).createQueryBuilder('c'), page, { column: 'code', direction: 'ASC' });
  }

  findAll(): Promise<Course[]> {
    return this.dataSource.getRepository(Course).find({ order: { code: 'ASC' } });
  }

  /** Codes of the courses that decide graduation. */
  async requiredCodes(manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    return (await manager.getRepository(Course).find({ select: { code: true }, where: { required: true } })).map((course) => course.code);
  }

  findByCode(code: string): Promise<Course | null> {
    return this.dataSource.getRepository(Course).findOneBy({ code });
  }

  progressOfSme(smeId: string): Promise<CourseProgress[]> {
    return this.dataSource.getRepository(CourseProgress).find({ where: { smeId }, order: { courseCode: 'ASC' } });
  }

  progressOfSmes(smeIds: string[], manager: EntityManager = this.dataSource.manager): Promise<CourseProgress[]> {
    if (smeIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(CourseProgress).findBy({ smeId: In(smeIds) });
  }

  saveProgress(manager: EntityManager, rows: Partial<CourseProgress>[]): Promise<CourseProgress[]> {
    const repository = manager.getRepository(CourseProgress);
    return repository.save(rows.map((row) => repository.create(row)));
  }
}
