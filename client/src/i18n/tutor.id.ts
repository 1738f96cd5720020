import type { Translated } from './messages';
import type { tutorEn } from './tutor.en';

export const tutorId: Translated<typeof tutorEn> = {
  home: {
    title: 'UMKM saya',
    none: 'Anda belum punya UMKM dampingan. Koordinator akan memberikannya.',
    sessions: 'Sesi saya',
    saved: 'Sesi dengan {{business}} tersimpan.',
  },
  card: {
    owner: 'Pemilik: {{name}}',
    courses: 'Kemajuan kursus',
    noCourses: 'Belum ada kursus.',
    coursePercent: '{{title}}: {{percent}}',
    flags: 'Peringatan terbuka',
    noFlags: 'Tidak ada peringatan.',
    lastSession: 'Sesi terakhir: {{date}}',
    noSession: 'Belum ada sesi.',
    whatsApp: 'WhatsApp',
    logSession: 'Catat sesi',
  },
  flags: {
    needsContinuedMentoring: 'Kursus wajib sudah selesai, tetapi belum berjualan daring',
    mentoringStalled: 'Lama tidak ada sesi',
    trainingStalled: 'Lama tidak ada kemajuan kursus',
    unassigned: 'Lama menunggu tutor',
    other: 'Perlu perhatian',
  },
  form: {
    title: 'Catat sesi dengan {{business}}',
    date: 'Tanggal',
    duration: 'Lama (menit)',
    quickDuration: 'Pilihan cepat',
    quickMinutes: '{{minutes}} menit',
    mode: 'Cara bertemu',
    topics: 'Topik',
    notes: 'Catatan',
    nextSteps: 'Langkah berikutnya',
    save: 'Simpan sesi',
    saving: 'Menyimpan…',
    cancel: 'Batal',
    problems: {
      date: 'Pilih tanggal yang tidak melewati hari ini.',
      durationMinutes: 'Isi jumlah menit, dari 5 sampai 480.',
      mode: 'Pilih cara bertemu.',
      topics: 'Pilih paling sedikit satu topik.',
      notes: 'Catatan terlalu panjang (paling banyak 4000 huruf).',
      nextSteps: 'Langkah berikutnya terlalu panjang (paling banyak 2000 huruf).',
    },
  },
};
