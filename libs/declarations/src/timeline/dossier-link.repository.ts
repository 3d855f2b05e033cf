import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TimelineEntry } from './timeline.service.js';

/** What other contexts did with a dossier, kept for its timeline; an event seen twice is kept once. */
@Injectable()
export class DossierLinkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(eventId: string, dossierId: string, entry: TimelineEntry): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO declarations.dossier_link (event_id, dossier_id, at, kind, summary, ref) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (event_id, dossier_id) DO NOTHING`,
      [eventId, dossierId, entry.at, entry.kind, JSON.stringify(entry.summary), JSON.stringify(entry.ref)],
    );
  }

  async forDossier(dossierId: string): Promise<TimelineEntry[]> {
    const rows = (await this.dataSource.query(`SELECT at, kind, summary, ref FROM declarations.dossier_link WHERE dossier_id = $1 ORDER BY at`, [dossierId])) as Array<
      Omit<TimelineEntry, 'at'> & { at: Date }
    >;
    return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
  }
}
