/**
 * One breaker per partner: after `threshold` failures in a row, deliveries to that partner fail at
 * once for `openMs` instead of waiting on its timeout, so a dead partner costs the others nothing.
 */
export class CircuitBreakers {
  private readonly state = new Map<string, { failures: number; openUntil: number }>();

  constructor(
    private readonly threshold: number,
    private readonly openMs: number,
  ) {}

  /** Milliseconds the partner's breaker stays open, or 0 when a delivery may be tried. */
  openFor(partner: string, now = Date.now()): number {
    const s = this.state.get(partner);
    return s && s.openUntil > now ? s.openUntil - now : 0;
  }

  succeeded(partner: string): void {
    this.state.delete(partner);
  }

  failed(partner: string, now = Date.now()): void {
    const s = this.state.get(partner) ?? { failures: 0, openUntil: 0 };
    s.failures += 1;
    if (s.failures >= this.threshold) s.openUntil = now + this.openMs;
    this.state.set(partner, s);
  }
}
