import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { CommonErrorCode, DomainError } from '@landsea/errors';
import { InjectRedis } from '@landsea/queue';

export type DependencyName = 'postgres' | 'redis';

export interface DependencyStatus {
  readonly dependency: DependencyName;
  readonly status: 'up' | 'down';
  readonly ms: number;
  readonly error?: string;
}

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
  ]);
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  /** Checks both dependencies at once; throws 503 naming each one that is down. */
  async readiness(): Promise<DependencyStatus[]> {
    const checks = await Promise.all([
      this.check('postgres', () => this.dataSource.query('SELECT 1')),
      this.check('redis', () => this.redis.ping()),
    ]);
    const down = checks.filter((c) => c.status === 'down').map((c) => c.dependency);
    if (down.length) {
      throw new DomainError(
        HttpStatus.SERVICE_UNAVAILABLE,
        CommonErrorCode.DEPENDENCY_UNAVAILABLE,
        { en: `Not ready: ${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} unreachable`, 'zh-CN': `未就绪：无法连接 ${down.join(' 和 ')}` },
        checks.map((c) => ({ ...c })),
      );
    }
    return checks;
  }

  private async check(dependency: DependencyName, probe: () => Promise<unknown>): Promise<DependencyStatus> {
    const started = performance.now();
    try {
      await withTimeout(probe());
      return { dependency, status: 'up', ms: Math.round(performance.now() - started) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { dependency, status: 'down', ms: Math.round(performance.now() - started), error: reason };
    }
  }
}
