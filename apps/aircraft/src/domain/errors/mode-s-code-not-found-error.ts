import { NotFoundError } from '@aircraftops/lambda-kit';

/**
 * No live US aircraft answers to this Mode S (ICAO 24-bit) address: it is outside the US block, its
 * N-number is not registered here, or the registered aircraft carries another code..
 * @example
 * throw new ModeSCodeNotFoundError('3C6444'); // "No aircraft with Mode S code 3C6444"
 */
export class ModeSCodeNotFoundError extends NotFoundError {
  constructor(
    readonly modeSCodeHex: string,
    options?: ErrorOptions,
  ) {
    super(`No aircraft with Mode S code ${modeSCodeHex}`, { ...options, code: 'aircraft.modeSCodeNotFound' });
    this.name = 'ModeSCodeNotFoundError';
  }
}
