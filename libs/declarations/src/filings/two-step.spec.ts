import { addDays, chinaDate, completeOverdue } from './two-step.js';

describe('two-step deadlines', () => {
  it('counts days in China time', () => {
    expect(chinaDate(new Date('2026-12-20T15:59:59Z'))).toBe('2026-12-20');
    expect(chinaDate(new Date('2026-12-20T16:00:00Z'))).toBe('2026-12-21');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });

  it('is overdue while the complete declaration is owed past its day, or when it was filed late', () => {
    const due = { completeDueBy: '2026-12-20', submittedAt: null };
    const lastDay = new Date('2026-12-20T12:00:00Z');
    const dayAfter = new Date('2026-12-20T16:30:00Z');
    expect(completeOverdue({ ...due, status: 'SUMMARY_ACCEPTED' }, lastDay)).toBe(false);
    expect(completeOverdue({ ...due, status: 'SUMMARY_ACCEPTED' }, dayAfter)).toBe(true);
    expect(completeOverdue({ ...due, status: 'SUMMARY_REJECTED' }, dayAfter)).toBe(false);
    expect(completeOverdue({ ...due, status: 'RELEASED', submittedAt: lastDay }, dayAfter)).toBe(false);
    expect(completeOverdue({ ...due, status: 'ACCEPTED', submittedAt: dayAfter }, dayAfter)).toBe(true);
    expect(completeOverdue({ completeDueBy: null, submittedAt: null, status: 'SUBMITTED' }, dayAfter)).toBe(false);
  });
});
