import { passwordProblems, PasswordService } from './password.service.js';

describe('password policy', () => {
  it('accepts a long mixed password', () => {
    expect(passwordProblems('Corridor-2026-Chongqing', 'li.wei@example.cn')).toEqual([]);
  });

  it('says everything that is wrong with a weak one', () => {
    expect(passwordProblems('short', 'a@b.c').map((problem) => problem.en)).toEqual([
      'Use at least 12 characters',
      'Mix at least three of: lower-case letters, capitals, digits, symbols',
    ]);
    expect(passwordProblems('Li.Wei-Password-1', 'li.wei@example.cn')).toEqual([
      { en: 'Do not use your e-mail name in the password', 'zh-CN': '密码中不要包含电子邮件地址的用户名' },
    ]);
  });

  it('hashes with argon2id and verifies', async () => {
    const passwords = new PasswordService();
    const hash = await passwords.hashAcceptable('Corridor-2026-Chongqing');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await passwords.verify(hash, 'Corridor-2026-Chongqing')).toBe(true);
    expect(await passwords.verify(hash, 'corridor-2026-chongqing')).toBe(false);
    await expect(passwords.hashAcceptable('password')).rejects.toMatchObject({ code: 'WEAK_PASSWORD' });
  });
});
