import type { coordinatorEn } from './coordinator.en';
import type { Translated } from './messages';

export const coordinatorId: Translated<typeof coordinatorEn> = {
  nav: {
    label: 'Halaman koordinator',
    overview: 'Ringkasan',
    tutors: 'Tutor',
    smes: 'UMKM',
    rebalances: 'Penyeimbangan',
    flags: 'Peringatan',
    imports: 'Impor',
    settings: 'Pengaturan',
  },
  placeholder: {
    overview: 'Grafik program: tutor menurut beban, UMKM menurut status dan segmen, cakupan per provinsi, peringatan terbuka, penyelesaian kursus.',
    tutors: 'Daftar tutor, dengan pencarian dan filter.',
    tutor: 'Satu tutor: UMKM dampingannya, riwayat, peringatan, dan sesi.',
    smes: 'Daftar UMKM, dengan pencarian dan filter.',
    sme: 'Satu UMKM: mentornya, riwayat, kemajuan kursus, peringatan, dan sesi.',
    rebalances: 'Penyeimbangan: pratinjau, kemajuan, dan penerapan.',
    rebalance: 'Ringkasan dan perubahan satu penyeimbangan.',
    flags: 'Peringatan yang perlu ditindaklanjuti.',
    imports: 'Impor tutor dan UMKM dari CSV, dan ekspor penugasan.',
    settings: 'Pengaturan program.',
  },
  titles: { tutor: 'Tutor', sme: 'UMKM', rebalance: 'Penyeimbangan' },
};
