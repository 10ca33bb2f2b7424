/** The formats Sourceline opens. */
export const DATA_FORMATS = ['sourceline', 'timelinejs', 'timelinejs-csv', 'native-csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const FORMAT_NAMES: Record<DataFormat, string> = {
  sourceline: 'Sourceline JSON',
  timelinejs: 'TimelineJS JSON',
  'timelinejs-csv': 'TimelineJS Google Sheet (CSV)',
  'native-csv': 'Sourceline CSV',
};
