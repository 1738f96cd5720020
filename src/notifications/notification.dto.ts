import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/pagination.js';
import { IsOmittable } from '../common/validators/omittable.validator.js';
import { CHANNELS, NOTIFICATION_LANGUAGES, NOTIFICATION_STATUSES, TEMPLATES } from './notification-vocabulary.js';
import type { Channel, NotificationLanguage, NotificationStatus, TemplateName } from './notification-vocabulary.js';
import { WhatsappOptInFieldDto } from './whatsapp-opt-in.dto.js';

export class NotificationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ enum: TEMPLATES })
  @IsOptional()
  @IsIn(TEMPLATES)
  template?: TemplateName;

  @ApiPropertyOptional({ format: 'uuid', description: "the tutor's or SME's id, or a coordinator's account id" })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

/** What a signed-in person may change of their own: language, e-mail, WhatsApp consent (tutors and SMEs). */
export class UpdateMeDto extends WhatsappOptInFieldDto {
  @ApiPropertyOptional({ enum: NOTIFICATION_LANGUAGES, description: 'the language messages are written in' })
  @IsOmittable()
  @IsIn(NOTIFICATION_LANGUAGES)
  language?: NotificationLanguage;

  @ApiPropertyOptional({ description: "a coordinator's address for e-mail (a tutor's comes from the tutor record)" })
  @IsOmittable()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}
