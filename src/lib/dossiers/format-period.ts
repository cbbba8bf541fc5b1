/**
 * Writes a dossier's period as the cover prints it: `2007-2011`, or one year.
 *
 * @example formatPeriod({ from: 2007, to: 2011 }) // '2007-2011'
 */
export function formatPeriod(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
}
