import { whatsAppLink } from './whatsapp';

/** `WhatsApp`: opens a chat with the number in the WhatsApp app; the number is shown too, so it can be dialled. */
export function WhatsAppLink({ phone, label }: { phone: string; label: string }) {
  const href = whatsAppLink(phone);
  if (!href) return <span>{phone}</span>;
  return (
    <span className="whatsapp">
      <a className="button button-link" href={href} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
      <span className="muted">{phone}</span>
    </span>
  );
}
