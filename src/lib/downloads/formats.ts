/**
 * The file formats an award list can be downloaded in: CSV, which any spreadsheet and any script
 * reads, and an Excel workbook for readers who just want to open it. Each list links both.
 */
export const AWARD_FILE_FORMATS = ['xlsx', 'csv'] as const;

/** One of {@link AWARD_FILE_FORMATS}; it is also the file's extension. */
export type AwardFileFormat = (typeof AWARD_FILE_FORMATS)[number];
