import { Injectable } from '@nestjs/common';

/** The time rules are judged at; tests replace it to move the clock instead of sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
