import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A job that failed its last attempt, kept for an operator to inspect and replay. */
@Entity({ name: 'dead_letter', schema: 'platform' })
export class DeadLetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'queue', type: 'text' })
  queue: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  @Column({ name: 'data', type: 'jsonb' })
  data: unknown;

  @Column({ name: 'error', type: 'text' })
  error: string;

  @Column({ name: 'attempts', type: 'integer' })
  attempts: number;

  @CreateDateColumn({ name: 'failed_at', type: 'timestamptz' })
  failedAt: Date;

  @Column({ name: 'replay_count', type: 'integer', default: 0 })
  replayCount: number;

  @Column({ name: 'replayed_at', type: 'timestamptz', nullable: true })
  replayedAt: Date | null;
}
