import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('starts from defaults that reach the local PostgreSQL and Redis', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/landsea');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PUBLIC_BASE_URL).toBe('http://127.0.0.1:3000');
    expect(config.NODE_PROVINCE).toBe('CQ');
  });

  it('converts numbers and booleans from the environment', () => {
    const config = loadConfig({ PORT: '8080', SERVICES_AUTOSTART: 'false', OUTBOX_BATCH_SIZE: '250' });
    expect(config).toMatchObject({ PORT: 8080, SERVICES_AUTOSTART: false, OUTBOX_BATCH_SIZE: 250 });
  });

  it('stops with one sentence naming every wrong setting and what was given', () => {
    const load = () => loadConfig({ PORT: 'eighty', NODE_PROVINCE: 'XX', DATABASE_URL: 'mysql://localhost/db' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/^Configuration error: .*PORT .*\(got "eighty"\).*NODE_PROVINCE .*\(got "XX"\).*DATABASE_URL .*\(got "mysql:\/\/localhost\/db"\)\.$/);
  });

  it('refuses an operator password too short to be safe', () => {
    expect(() => loadConfig({ NODE_OPERATOR_PASSWORD: 'short' })).toThrow('NODE_OPERATOR_PASSWORD must be at least 12 characters long');
  });

  it('keeps auto-approval of registrations out of production', () => {
    expect(loadConfig({ IDENTITY_AUTO_APPROVE: 'true' }).IDENTITY_AUTO_APPROVE).toBe(true);
    expect(loadConfig({}).IDENTITY_AUTO_APPROVE).toBe(false);
    expect(() => loadConfig({ IDENTITY_AUTO_APPROVE: 'true', NODE_ENV: 'production' })).toThrow('refused when NODE_ENV is production');
  });

  it('refuses to take fewer records per envelope than it sends', () => {
    expect(loadConfig({}).EXCHANGE_MAX_RECORDS).toBeGreaterThan(loadConfig({}).EXCHANGE_BATCH_RECORDS);
    expect(() => loadConfig({ EXCHANGE_MAX_RECORDS: '100', EXCHANGE_BATCH_RECORDS: '500' })).toThrow('EXCHANGE_MAX_RECORDS (100) is below EXCHANGE_BATCH_RECORDS (500)');
  });
});
