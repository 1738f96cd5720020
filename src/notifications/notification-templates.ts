import type { NotificationLanguage, TemplateName } from './notification-vocabulary.js';

/** A template's wording in one language; `{{n}}` is its n-th parameter, as WhatsApp numbers them. */
interface Wording {
  subject: string;
  body: string;
}

/** What each template says, and the parameters it takes (in order); the WhatsApp templates registered with Meta say the same. */
export const TEMPLATE_TEXTS: Record<TemplateName, { params: string[]; id: Wording; en: Wording }> = {
  mentor_assigned: {
    params: ["mentor's name", 'store name', "mentor's phone"],
    id: { subject: 'Kakak asuh Anda', body: 'Halo! Kakak asuh Anda sekarang {{1}} dari toko {{2}}. Hubungi di {{3}}.' },
    en: { subject: 'Your mentor', body: 'Hello! Your mentor is now {{1}} of the store {{2}}. Reach them at {{3}}.' },
  },
  sme_assigned: {
    params: ['business name', "owner's name", "SME's phone"],
    id: { subject: 'UMKM baru untuk Anda', body: 'Halo! Anda sekarang mendampingi {{1}} (pemilik {{2}}). Hubungi di {{3}}.' },
    en: { subject: 'A new SME for you', body: 'Hello! You now mentor {{1}} (owner {{2}}). Reach them at {{3}}.' },
  },
  assignment_ended: {
    params: ['the other side: the mentor or the business'],
    id: { subject: 'Pendampingan berakhir', body: 'Pendampingan dengan {{1}} telah berakhir. Terima kasih.' },
    en: { subject: 'Mentoring ended', body: 'The mentoring with {{1}} has ended. Thank you.' },
  },
  sme_graduated: {
    params: ['business name'],
    id: { subject: 'Selamat, lulus!', body: 'Selamat! {{1}} telah lulus dari program Kakak Asuh.' },
    en: { subject: 'Congratulations, graduated!', body: 'Congratulations! {{1}} has graduated from the Kakak Asuh program.' },
  },
  mentoring_reminder: {
    params: ['business name'],
    id: { subject: 'Pengingat pendampingan', body: 'Belum ada sesi dengan {{1}} akhir-akhir ini. Yuk jadwalkan sesi berikutnya.' },
    en: { subject: 'Mentoring reminder', body: 'No session with {{1}} has been logged lately. Please plan the next one.' },
  },
  continued_mentoring: {
    params: ['business name'],
    id: { subject: 'Pendampingan lanjutan', body: '{{1}} telah menyelesaikan pelatihan, tetapi belum berjualan online. Mohon lanjutkan pendampingan.' },
    en: { subject: 'Continued mentoring', body: '{{1}} finished its training but is not selling online yet. Please keep mentoring it.' },
  },
  coordinator_digest: {
    params: ['new flags', 'unassigned SMEs', 'pairs started', 'pairs ended'],
    id: { subject: 'Ringkasan mingguan Kakak Asuh', body: 'Minggu ini: {{1}} tanda baru, {{2}} UMKM tanpa kakak asuh, {{3}} pasangan baru, {{4}} pasangan berakhir.' },
    en: { subject: 'Kakak Asuh weekly digest', body: 'This week: {{1}} new flags, {{2}} SMEs without a mentor, {{3}} pairs started, {{4}} pairs ended.' },
  },
};

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const fill = (body: string, params: string[], escape: (text: string) => string): string =>
  body.replace(/\{\{(\d+)\}\}/g, (_match, n: string) => escape(params[Number(n) - 1] ?? ''));

/** A message as the e-mail and in-app channels show it. */
export function render(template: TemplateName, language: NotificationLanguage, params: string[]): RenderedMessage {
  const wording = TEMPLATE_TEXTS[template][language];
  return {
    subject: wording.subject,
    text: fill(wording.body, params, (text) => text),
    html: `<!doctype html><html lang="${language}"><body><p>${fill(wording.body, params, escapeHtml)}</p></body></html>`,
  };
}
