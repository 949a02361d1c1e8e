import type {
  RealNameAnswer,
  RealNameClaim,
  RealNameProvider,
} from '../../src/modules/identity/real-name-provider';

/**
 * The real-name provider as tests use it: it matches the claims it was told
 * to, answers no_match for the rest, and records what it was asked.
 */
export class RealNameDouble implements RealNameProvider {
  readonly name = 'test-double';
  readonly asked: RealNameClaim[] = [];
  private readonly known = new Set<string>();

  accept(claim: RealNameClaim): void {
    this.known.add(JSON.stringify([claim.name, claim.idNumber, claim.phone]));
  }

  async check(claim: RealNameClaim): Promise<RealNameAnswer> {
    this.asked.push(claim);
    return this.known.has(JSON.stringify([claim.name, claim.idNumber, claim.phone]))
      ? { outcome: 'match', reference: `double-${this.asked.length}` }
      : { outcome: 'no_match', reference: null };
  }
}
