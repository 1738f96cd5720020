/**
 * A phone number as WhatsApp takes it: international digits without `+`. Indonesian numbers
 * written nationally (`0812 3456 7890`) get the country code 62; null when no number remains.
 */
export function whatsappNumber(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  const international = digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
  return /^[1-9]\d{7,14}$/.test(international) ? international : null;
}
