import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import { SmeRecordView } from '../smes/sme.response.js';
import { TutorRecordView } from '../tutors/tutor.response.js';
import { NOTIFICATION_LANGUAGES, type NotificationLanguage } from '../notifications/notification-vocabulary.js';
import { ROLES, type Account, type Role } from './account.entity.js';

/** An account as the API shows it: never its password hash. */
export class AccountView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() login: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiPropertyOptional({ format: 'uuid', description: 'a tutor account’s tutor' }) tutorId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'an SME account’s SME' }) smeId?: string;
  @ApiProperty({ enum: NOTIFICATION_LANGUAGES, description: 'the language of the pages and of every message sent to the person' }) language: NotificationLanguage;
  @ApiProperty({ type: String, nullable: true, description: 'where e-mail reaches the person (a coordinator’s weekly digest)' }) email: string | null;
  @ApiProperty() createdAt: Date;

  static from(account: Account): AccountView {
    return pickDocumented(AccountView, { ...account, tutorId: account.tutorId ?? undefined, smeId: account.smeId ?? undefined });
  }
}

export class SignedInUserView {
  @ApiProperty({ format: 'uuid', description: 'the account id' }) id: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiPropertyOptional({ format: 'uuid' }) tutorId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) smeId?: string;
}

export class LoginView {
  @ApiProperty({ description: 'send as `Authorization: Bearer <accessToken>`' }) accessToken: string;
  @ApiProperty({ type: SignedInUserView }) user: SignedInUserView;
}

/** The caller's account, its linked record, and the time zone every page shows dates in. */
export class MeView {
  @ApiProperty({ type: AccountView }) account: AccountView;
  @ApiProperty({ example: 'Asia/Jakarta', description: 'schedule.timeZone' }) timeZone: string;
  @ApiPropertyOptional({ type: TutorRecordView, description: 'a tutor account’s tutor' }) tutor?: TutorRecordView;
  @ApiPropertyOptional({ type: SmeRecordView, description: 'an SME account’s SME' }) sme?: SmeRecordView;
}
