import { defineQueue } from './queue-definition.js';

describe('defineQueue', () => {
  it('accepts kebab-case queues whose job names read context.verb', () => {
    expect(defineQueue('exchange-outbound', ['bills.transferred', 'declarations.dossier-saved'])).toEqual({
      name: 'exchange-outbound',
      jobNames: ['bills.transferred', 'declarations.dossier-saved'],
      takesBatches: false,
    });
    expect(defineQueue('exchange-events', ['bills.transferred'], { takesBatches: true }).takesBatches).toBe(true);
  });

  it.each<[string, string[], string]>([
    ['ExchangeOutbound', ['bills.transferred'], 'must be kebab-case'],
    ['exchange-outbound', ['transferred'], 'must read context.verb'],
    ['exchange-outbound', ['bills.transferred', 'bills.transferred'], 'lists a job name twice'],
  ])('refuses %s with %j', (name, jobs, message) => {
    expect(() => defineQueue(name, jobs)).toThrow(message);
  });
});
