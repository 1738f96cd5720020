import argon2 from 'argon2';
import { randomUUID } from 'node:crypto';

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash, so an unknown login costs the same time as a wrong password. */
export async function spendVerificationTime(password: string): Promise<void> {
  decoyHash ??= hashPassword(randomUUID());
  await verifyPassword(await decoyHash, password);
}
