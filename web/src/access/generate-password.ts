/**
 * Temporary passwords made in the browser for new accounts and resets: random characters from an
 * alphabet without look-alikes, drawn from crypto.getRandomValues without modulo bias.
 */

/** Letters and digits without 0/O/o, 1/l/I, so a password read aloud or copied by hand survives. */
export const PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** Length of a generated password (about 93 bits with this alphabet). */
export const GENERATED_PASSWORD_LENGTH = 16;

/** Fills an array with random bytes; the browser's and Node's `crypto.getRandomValues` by default. */
export type RandomBytes = (bytes: Uint8Array) => Uint8Array;

const cryptoRandom: RandomBytes = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** A random password of `length` characters from PASSWORD_ALPHABET. */
export function generatePassword(length = GENERATED_PASSWORD_LENGTH, random: RandomBytes = cryptoRandom): string {
  const size = PASSWORD_ALPHABET.length;
  // Bytes at or above the largest multiple of the alphabet size are dropped, so every character is equally likely.
  const limit = 256 - (256 % size);
  let password = "";
  while (password.length < length) {
    for (const byte of random(new Uint8Array(Math.min(1024, length * 2)))) {
      if (byte < limit && password.length < length) password += PASSWORD_ALPHABET[byte % size];
    }
  }
  return password;
}
