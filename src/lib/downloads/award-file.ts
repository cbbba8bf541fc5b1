import type { AwardRow } from '../dossiers/award-columns.ts';
import { t } from '../i18n.ts';
import { urls } from '../urls.ts';
import { awardCsv, CSV_TYPE } from './award-csv.ts';
import { awardXlsx, XLSX_TYPE } from './award-xlsx.ts';
import { AWARD_FILE_FORMATS, type AwardFileFormat } from './formats.ts';

/**
 * An award list as the response of its download route, in one of {@link AWARD_FILE_FORMATS}. The
 * build writes the body to the file; a static host then sends it with the type its extension has.
 */
export async function awardFileResponse(format: AwardFileFormat, awards: readonly AwardRow[]): Promise<Response> {
  const body = format === 'csv' ? awardCsv(awards) : new Uint8Array(await awardXlsx(awards));
  return new Response(body, { headers: { 'Content-Type': FILE_TYPES[format] } });
}

const FILE_TYPES: Record<AwardFileFormat, string> = { csv: CSV_TYPE, xlsx: XLSX_TYPE };

/** A link to one download of an award list, as the page shows it. */
export interface AwardFileLink {
  format: AwardFileFormat;
  /** The site path of the file, without the base path. */
  path: string;
  /** The name the file is saved under: the list's heading and the format's extension, `荣誉榜.xlsx`. */
  fileName: string;
  /** The link's text, naming the format. */
  label: string;
  /** The file's MIME type, for the link's `type`. */
  type: string;
}

// Characters a file name may not hold on Windows, the system most readers save to.
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * The downloads of an award list, in every format: the whole 荣誉榜's, or one unit's. The saved
 * file is named like the page it came from, so `山坡小学的荣誉.xlsx` says what it holds.
 *
 * @example awardFileLinks('山坡小学')[0] // { format: 'xlsx', path: '/awards/unit/山坡小学/awards.xlsx', fileName: '山坡小学的荣誉.xlsx', label: … }
 */
export function awardFileLinks(unit?: string): AwardFileLink[] {
  const name = (unit === undefined ? t('awards.heading') : t('awards.unitTitle', { unit })).replace(UNSAFE_IN_FILE_NAME, '-');
  return AWARD_FILE_FORMATS.map((format) => ({
    format,
    path: unit === undefined ? urls.awardsFile(format) : urls.awardsUnitFile(unit, format),
    fileName: `${name}.${format}`,
    label: t(`awards.download.${format}`),
    type: FILE_TYPES[format],
  }));
}
