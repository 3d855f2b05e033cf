import { negotiateLanguage } from './language.js';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['fr-FR, zh;q=0.5', 'zh-CN'],
    ['en;q=0.2, zh-Hans;q=0.9', 'zh-CN'],
    ['fr', 'en'],
    ['zh;q=0, en', 'en'],
  ])('answers %p in %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});
