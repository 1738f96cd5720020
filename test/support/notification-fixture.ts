import request from 'supertest';
import { aTutor, anSme } from './factories.js';
import { bearer, created, signedIn, type TestApp } from './test-app.js';

export const WHATSAPP_APP_SECRET = 'test-app-secret';
export const WHATSAPP_VERIFY_TOKEN = 'test-verify-token';

/** The settings that point every channel at the test's own stand-ins. */
export const channelEnv = (whatsappUrl: string, smtpUrl?: string): NodeJS.ProcessEnv => ({
  WHATSAPP_API_URL: whatsappUrl,
  WHATSAPP_API_VERSION: 'v23.0',
  WHATSAPP_PHONE_NUMBER_ID: '109876543210',
  WHATSAPP_ACCESS_TOKEN: 'test-access-token',
  WHATSAPP_APP_SECRET,
  WHATSAPP_VERIFY_TOKEN,
  ...(smtpUrl ? { SMTP_URL: smtpUrl, MAIL_FROM: 'Kakak Asuh <program@kakak-asuh.test>' } : {}),
});

export interface PairPeople {
  tutor: { id: string; name: string; storeName: string; phone: string };
  sme: { id: string; businessName: string; ownerName: string; phone: string };
  /** The numbers as WhatsApp is sent them. */
  tutorNumber: string;
  smeNumber: string;
}

let serial = 0;

/** A tutor and an SME with phone numbers of their own, each opted in to WhatsApp unless told otherwise. */
export async function aPairOfPeople(t: TestApp, options: { tutorOptIn?: boolean; smeOptIn?: boolean; tutorEmail?: string } = {}): Promise<PairPeople> {
  const n = String(++serial).padStart(4, '0');
  const tutor = await created<PairPeople['tutor']>(t, '/api/tutors', aTutor({ name: `Tutor ${n}`, storeName: `Toko ${n}`, phone: `0812 7000 ${n}`, email: options.tutorEmail }));
  const sme = await created<PairPeople['sme']>(t, '/api/smes', anSme({ businessName: `Usaha ${n}`, ownerName: `Pemilik ${n}`, phone: `0813 8000 ${n}` }));
  const optIn = async (path: string, wanted: boolean | undefined) => {
    if (wanted === false) return;
    await request(t.http).patch(path).set(bearer(t.coordinatorToken)).send({ whatsappOptIn: true }).expect(200);
  };
  await optIn(`/api/tutors/${tutor.id}`, options.tutorOptIn);
  await optIn(`/api/smes/${sme.id}`, options.smeOptIn);
  return { tutor, sme, tutorNumber: `628127000${n}`, smeNumber: `628138000${n}` };
}

/** Signs in as the tutor, in English. */
export async function englishTutor(t: TestApp, tutorId: string): Promise<string> {
  const token = await signedIn(t, `tutor-${tutorId.slice(0, 8)}`, { tutorId });
  await request(t.http).patch('/api/me').set(bearer(token)).send({ language: 'en' }).expect(200);
  return token;
}
