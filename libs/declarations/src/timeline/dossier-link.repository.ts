import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TimelineEntry } from './timeline.service.js';

/** What other contexts did with a dossier, kept for its timeline; an event seen twice is kept once. */
@Injectable()
export class DossierLinkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Keeps what one event did to each of these dossiers, in one statement however many they are. */
  async add(eventId: string, links: ReadonlyArray<{ readonly dossierId: string; readonly entry: TimelineEntry }>): Promise<void> {
    if (links.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO declarations.dossier_link (event_id, dossier_id, at, kind, summary, ref)
       SELECT $1, dossier_id, at, kind, summary, ref FROM unnest($2::uuid[], $3::timestamptz[], $4::text[], $5::jsonb[], $6::jsonb[]) AS l(dossier_id, at, kind, summary, ref)
       ON CONFLICT (event_id, dossier_id) DO NOTHING`,
      [
        eventId,
        links.map((l) => l.dossierId),
        links.map((l) => l.entry.at),
        links.map((l) => l.entry.kind),
        links.map((l) => JSON.stringify(l.entry.summary)),
        links.map((l) => JSON.stringify(l.entry.ref)),
      ],
    );
  }

  async forDossier(dossierId: string): Promise<TimelineEntry[]> {
    const rows = (await this.dataSource.query(`SELECT at, kind, summary, ref FROM declarations.dossier_link WHERE dossier_id = $1 ORDER BY at`, [dossierId])) as Array<
      Omit<TimelineEntry, 'at'> & { at: Date }
    >;
    return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
  }
}
