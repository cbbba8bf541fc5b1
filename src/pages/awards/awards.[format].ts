import type { APIRoute } from 'astro';
import { staticPaths, type PageProps } from '../../data.ts';
import { awardFileResponse } from '../../lib/downloads/award-file.ts';

export const getStaticPaths = () => staticPaths('awards-file');

/** The whole 荣誉榜 as a spreadsheet file: the rows of the table on /awards/. */
export const GET: APIRoute<PageProps<'awards-file'>> = ({ props }) => awardFileResponse(props.format, props.awards);
