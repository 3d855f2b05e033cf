import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import type { LocalisedMessage } from '@landsea/errors';
import { IdentityErrors } from '../identity.errors.js';

// OWASP's argon2id settings: 19 MiB, 2 passes, 1 lane.
const ARGON2 = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** What a password must be, in words a person can act on; empty when it is acceptable. */
export function passwordProblems(password: string, email?: string): LocalisedMessage[] {
  const problems: LocalisedMessage[] = [];
  if (password.length < 12) problems.push({ en: 'Use at least 12 characters', 'zh-CN': '密码至少须有 12 个字符' });
  if (password.length > 256) problems.push({ en: 'Use at most 256 characters', 'zh-CN': '密码最多 256 个字符' });
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    problems.push({ en: 'Mix at least three of: lower-case letters, capitals, digits, symbols', 'zh-CN': '须包含小写字母、大写字母、数字、符号中的至少三种' });
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 3 && password.toLowerCase().includes(local)) {
    problems.push({ en: 'Do not use your e-mail name in the password', 'zh-CN': '密码中不要包含电子邮件地址的用户名' });
  }
  if (/^(.)\1+$/.test(password)) problems.push({ en: 'Do not repeat one character', 'zh-CN': '密码不能只由同一个字符重复组成' });
  return problems;
}

@Injectable()
export class PasswordService {
  /** Hashes a password that meets the policy, or throws WEAK_PASSWORD listing what is wrong. */
  async hashAcceptable(password: string, email?: string): Promise<string> {
    const problems = passwordProblems(password, email);
    if (problems.length) throw IdentityErrors.weakPassword(problems);
    return argon2.hash(password, ARGON2);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      // Spend the same time as a real check, so a missing account is not told apart by timing.
      await argon2.hash(password, ARGON2);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
