import type { Translated } from './messages';
import type { tutorEn } from './tutor.en';

export const tutorId: Translated<typeof tutorEn> = {
  home: {
    title: 'UMKM saya',
    placeholder: 'Satu kartu untuk setiap UMKM dampingan Anda, dengan tombol untuk mencatat sesi.',
    sessions: 'Sesi saya',
    sessionsPlaceholder: 'Sesi yang sudah Anda catat.',
  },
};
