import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsOmittable } from '../common/validators/omittable.validator.js';

/** The yes or no to WhatsApp that a PATCH of a tutor, an SME or oneself may carry. */
export class WhatsappOptInFieldDto {
  @ApiPropertyOptional({ description: 'true records consent to WhatsApp messages (when and by whom), false withdraws it' })
  @IsOmittable()
  @IsBoolean()
  whatsappOptIn?: boolean;
}
