/** The formats Sourceline opens. */
export type DataFormat = 'sourceline' | 'timelinejs' | 'timelinejs-csv' | 'native-csv';

export const FORMAT_NAMES: Record<DataFormat, string> = {
  sourceline: 'Sourceline JSON',
  timelinejs: 'TimelineJS JSON',
  'timelinejs-csv': 'TimelineJS Google Sheet (CSV)',
  'native-csv': 'Sourceline CSV',
};
