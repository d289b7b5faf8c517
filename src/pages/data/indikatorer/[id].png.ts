import { INDICATOR_DOWNLOADS, indicatorDownloadRoute } from '../../../site/indicator-downloads.ts';

export const { getStaticPaths, GET } = indicatorDownloadRoute(INDICATOR_DOWNLOADS.png);
