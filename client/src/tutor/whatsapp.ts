/** Indonesia's country calling code: a national number `08…` is dialled abroad as `628…`. */
const INDONESIA = '62';

/**
 * The digits wa.me expects (international, no `+`): `+62 812-3456-7890` and `0812 3456 7890` both
 * give `6281234567890`. Null when the text holds too few digits to be a phone number.
 */
export function whatsAppNumber(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  const international = digits.startsWith('0') ? INDONESIA + digits.replace(/^0+/, '') : digits.startsWith('8') ? INDONESIA + digits : digits;
  return international.length >= 9 && international.length <= 15 ? international : null;
}

/** A chat link that opens WhatsApp on the phone; nothing is fetched from wa.me by the pages. */
export function whatsAppLink(phone: string): string | null {
  const number = whatsAppNumber(phone);
  return number ? `https://wa.me/${number}` : null;
}
