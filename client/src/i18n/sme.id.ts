import type { Translated } from './messages';
import type { smeEn } from './sme.en';

export const smeId: Translated<typeof smeEn> = {
  home: {
    title: 'Pendampingan saya',
    mentor: 'Mentor saya',
    courses: 'Kursus saya',
    sessions: 'Sesi saya',
  },
  mentor: {
    store: 'Toko daring',
    place: 'Tinggal di',
    modes: 'Cara bertemu',
    since: 'Mentor Anda sejak',
    whatsApp: 'WhatsApp',
    waiting: 'Anda belum punya mentor. Mohon tunggu: kami akan segera memilihkan mentor untuk Anda.',
    graduated: 'Anda sudah lulus dari program. Selamat! Anda tidak perlu mentor lagi.',
    withdrawn: 'Anda sudah keluar dari program, jadi tidak punya mentor.',
  },
  courses: {
    none: 'Belum ada kursus.',
    percent: '{{percent}} selesai',
    done: 'Selesai',
    required: 'Wajib',
  },
};
