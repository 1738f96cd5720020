import { commonEn } from './common.en';
import { commonId } from './common.id';
import { coordinatorEn } from './coordinator.en';
import { coordinatorId } from './coordinator.id';
import type { Language } from './language';
import type { Messages } from './messages';
import { notificationsEn } from './notifications.en';
import { notificationsId } from './notifications.id';
import { smeEn } from './sme.en';
import { smeId } from './sme.id';
import { tutorEn } from './tutor.en';
import { tutorId } from './tutor.id';

/** One i18next namespace per area of the pages; each area keeps its words in its own two files. */
export const AREAS = {
  common: { id: commonId, en: commonEn },
  coordinator: { id: coordinatorId, en: coordinatorEn },
  tutor: { id: tutorId, en: tutorEn },
  sme: { id: smeId, en: smeEn },
  notifications: { id: notificationsId, en: notificationsEn },
} satisfies Record<string, Record<Language, Messages>>;

export type Area = keyof typeof AREAS;
