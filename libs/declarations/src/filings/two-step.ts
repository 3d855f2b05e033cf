import { leaves, place } from './filing-builder.js';

/** The summary declaration: only the listed fields of a filing's content, in the same shape. */
export function summaryOf(content: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const patterns = fields.map((field) => new RegExp(`^${field.replace(/\*/g, '\\d+')}$`));
  const summary: Record<string, unknown> = {};
  for (const [path, value] of leaves(content)) if (patterns.some((p) => p.test(path))) place(summary, path, value);
  return summary;
}

/** The calendar day in China (UTC+8 all year), the day customs deadlines are counted in. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the complete declaration is late: still owed after its last day, or filed after it. */
export function completeOverdue(
  filing: { readonly status: string; readonly completeDueBy: string | null; readonly submittedAt: Date | null },
  now: Date = new Date(),
): boolean {
  if (!filing.completeDueBy) return false;
  if (filing.status === 'SUMMARY_SUBMITTED' || filing.status === 'SUMMARY_ACCEPTED') return chinaDate(now) > filing.completeDueBy;
  return filing.submittedAt !== null && chinaDate(filing.submittedAt) > filing.completeDueBy;
}
