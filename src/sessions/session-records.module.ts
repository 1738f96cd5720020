import { Module } from '@nestjs/common';
import { SessionRepository } from './session.repository.js';

/** The mentoring sessions' data access, for the tutors' pages and the flags. */
@Module({ providers: [SessionRepository], exports: [SessionRepository] })
export class SessionRecordsModule {}
