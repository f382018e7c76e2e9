import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const sha256 = (value: string): Buffer =>
  createHash('sha256').update(value, 'utf8').digest();

export const hmac = (key: string, value: string): Buffer =>
  createHmac('sha256', key).update(value, 'utf8').digest();

export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const sameBytes = (a: Buffer, b: Buffer): boolean =>
  a.length === b.length && timingSafeEqual(a, b);
