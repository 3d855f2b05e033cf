import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { formatTime } from '../i18n/i18n';

/** A bill's signed history, one step to a line: what was done, when, by whom, from and to whom, and why. */
export function BillTimeline({ entries }: { entries: ReadonlyArray<Schemas['HistoryEntryDto']> }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={entries.map((entry) => ({
        color: '#2e7d32',
        content: (
          <div>
            <strong>
              {entry.sequence}. {t(`billAction.${entry.action}`, { defaultValue: entry.action })}
            </strong>{' '}
            <span style={{ color: '#595959' }}>{formatTime(entry.time)}</span>
            <div>
              {t('verify.actor')}: <code translate="no">{entry.actor}</code>
              {entry.from && (
                <>
                  {' '}
                  · {t('verify.from')} <code translate="no">{entry.from}</code>
                </>
              )}
              {entry.to && (
                <>
                  {' '}
                  · {t('verify.to')} <code translate="no">{entry.to}</code>
                </>
              )}
            </div>
            {entry.reason && (
              <div>
                {t('bills.reason')}: <span translate="no">{entry.reason}</span>
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
