import { Link } from 'react-router';
import type { Sme, Tutor } from './coordinator-types';
import { useLoad } from './use-load';

/** A link to a tutor, named by the tutor's name once it is read. */
export function TutorLink({ id }: { id: string }) {
  const tutor = useLoad<Tutor>(`/api/tutors/${id}`);
  return <Link to={`/coordinator/tutors/${id}`}>{tutor.data?.name ?? '…'}</Link>;
}

/** A link to an SME, named by its business name once it is read. */
export function SmeLink({ id }: { id: string }) {
  const sme = useLoad<Sme>(`/api/smes/${id}`);
  return <Link to={`/coordinator/smes/${id}`}>{sme.data?.businessName ?? '…'}</Link>;
}
