import type { DataSourceOptions, MixedList } from 'typeorm';

export interface DataSourceSettings {
  readonly url: string;
  readonly poolSize: number;
  readonly applicationName: string;
  readonly migrations?: MixedList<Function>;
}

/** One definition of how the node talks to PostgreSQL, shared by the app and the migrate command. */
export function postgresOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    applicationName: settings.applicationName,
    synchronize: false,
    migrationsRun: false,
    migrations: settings.migrations ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    extra: { max: settings.poolSize, connectionTimeoutMillis: 5000 },
  };
}
