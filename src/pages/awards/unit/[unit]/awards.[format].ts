import type { APIRoute } from 'astro';
import { staticPaths, type PageProps } from '../../../../data.ts';
import { awardFileResponse } from '../../../../lib/downloads/award-file.ts';

export const getStaticPaths = () => staticPaths('awards-unit-file');

/** One unit's awards as a spreadsheet file: the rows of the table on its 荣誉榜 page. */
export const GET: APIRoute<PageProps<'awards-unit-file'>> = ({ props }) => awardFileResponse(props.format, props.awards);
