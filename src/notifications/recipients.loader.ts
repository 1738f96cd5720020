import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Account } from '../auth/account.entity.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { flatMapInChunks } from '../database/in-chunks.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';
import { whatsappNumber } from './phone-number.js';
import type { Channel, NotificationLanguage, Person } from './notification-vocabulary.js';

/** Who a message goes to: in which language, and on which channels. */
export interface Recipient {
  person: Person;
  language: NotificationLanguage;
  channels: Channel[];
}

type TutorParty = Pick<Tutor, 'id' | 'name' | 'storeName' | 'phone' | 'email' | 'whatsappOptIn'>;
type SmeParty = Pick<Sme, 'id' | 'businessName' | 'ownerName' | 'phone' | 'whatsappOptIn'>;

/** The tutors and SMEs of some messages, to name them in the parameters; only the columns messages use. */
export interface Parties {
  tutors: Map<string, TutorParty>;
  smes: Map<string, SmeParty>;
}

const TUTOR_COLUMNS = { id: true, name: true, storeName: true, phone: true, email: true, whatsappOptIn: true } as const;
const SME_COLUMNS = { id: true, businessName: true, ownerName: true, phone: true, whatsappOptIn: true } as const;

export const personKey = (person: Person): string => `${person.kind}:${person.id}`;

/** Where a person can be reached: their contact details, consent and account language. */
@Injectable()
export class RecipientsLoader {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async parties(manager: EntityManager, tutorIds: string[], smeIds: string[]): Promise<Parties> {
    const tutors = await flatMapInChunks([...new Set(tutorIds)], (ids) => manager.getRepository(Tutor).find({ select: TUTOR_COLUMNS, where: { id: In(ids) } }));
    const smes = await flatMapInChunks([...new Set(smeIds)], (ids) => manager.getRepository(Sme).find({ select: SME_COLUMNS, where: { id: In(ids) } }));
    return { tutors: new Map(tutors.map((t) => [t.id, t])), smes: new Map(smes.map((s) => [s.id, s])) };
  }

  /** Each person's channels: in-app always, WhatsApp with a recorded opt-in, e-mail with an address, each only when configured. */
  async recipients(manager: EntityManager, people: Person[], parties: Parties): Promise<Map<string, Recipient>> {
    const accounts = await this.accountsOf(manager, people);
    const { whatsapp, smtp } = this.config.notifications;
    const recipients = new Map<string, Recipient>();
    for (const person of people) {
      const account = accounts.get(personKey(person));
      const record = person.kind === 'tutor' ? parties.tutors.get(person.id) : person.kind === 'sme' ? parties.smes.get(person.id) : undefined;
      const email = person.kind === 'tutor' ? parties.tutors.get(person.id)?.email : account?.email;
      const channels: Channel[] = ['in_app'];
      if (whatsapp && record?.whatsappOptIn && whatsappNumber(record.phone)) channels.push('whatsapp');
      if (smtp && email) channels.push('email');
      recipients.set(personKey(person), { person, language: account?.language ?? 'id', channels });
    }
    return recipients;
  }

  private async accountsOf(manager: EntityManager, people: Person[]): Promise<Map<string, Account>> {
    const ids = (kind: Person['kind']) => people.filter((p) => p.kind === kind).map((p) => p.id);
    const repository = manager.getRepository(Account);
    // Only the columns a recipient needs; a national rebalance reads the accounts of millions.
    const byTutor = await flatMapInChunks(ids('tutor'), (chunk) => repository.findBy({ tutorId: In(chunk) }));
    const bySme = await flatMapInChunks(ids('sme'), (chunk) => repository.findBy({ smeId: In(chunk) }));
    const coordinators = await flatMapInChunks(ids('coordinator'), (chunk) => repository.findBy({ id: In(chunk) }));
    return new Map([
      ...byTutor.map((a) => [personKey({ kind: 'tutor', id: a.tutorId! }), a] as const),
      ...bySme.map((a) => [personKey({ kind: 'sme', id: a.smeId! }), a] as const),
      ...coordinators.map((a) => [personKey({ kind: 'coordinator', id: a.id }), a] as const),
    ]);
  }
}
