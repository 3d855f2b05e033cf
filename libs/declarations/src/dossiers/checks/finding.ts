/** One thing a customs broker would send back: errors block filing, warnings do not. */
export interface Finding {
  readonly rule: string;
  readonly severity: 'ERROR' | 'WARNING';
  /** JSON pointers (RFC 6901) into the dossier, to every field the finding is about. */
  readonly pointers: readonly string[];
  readonly message: { readonly 'zh-CN': string; readonly en: string };
}

export const error = (rule: string, pointers: string[], zh: string, en: string): Finding => ({
  rule,
  severity: 'ERROR',
  pointers,
  message: { 'zh-CN': zh, en },
});

export const warning = (rule: string, pointers: string[], zh: string, en: string): Finding => ({
  rule,
  severity: 'WARNING',
  pointers,
  message: { 'zh-CN': zh, en },
});
