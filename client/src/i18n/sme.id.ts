import type { Translated } from './messages';
import type { smeEn } from './sme.en';

export const smeId: Translated<typeof smeEn> = {
  home: {
    title: 'Pendampingan saya',
    mentor: 'Mentor saya',
    mentorPlaceholder: 'Mentor Anda dan cara menghubunginya.',
    courses: 'Kursus saya',
    coursesPlaceholder: 'Sejauh mana Anda di setiap kursus.',
    sessions: 'Sesi saya',
    sessionsPlaceholder: 'Sesi Anda dan langkah berikutnya.',
  },
};
