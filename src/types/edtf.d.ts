// The `edtf` package ships no type declarations; this declares the small part Sourceline uses.
declare module 'edtf' {
  interface EdtfBitmask {
    value: number;
  }
  interface EdtfValue {
    /** First millisecond covered (UTC); -Infinity for an open start, null for an unknown one. */
    readonly min: number | null;
    /** Last millisecond covered (UTC); Infinity for an open end, null for an unknown one. */
    readonly max: number | null;
    readonly precision?: number;
    readonly uncertain?: EdtfBitmask;
    readonly approximate?: EdtfBitmask;
    readonly unspecified?: EdtfBitmask;
    /** Interval bounds: a date, Infinity/-Infinity when open (".."), null when unknown (""). */
    readonly lower?: EdtfValue | number | null;
    readonly upper?: EdtfValue | number | null;
  }
  export default function edtf(text: string): EdtfValue;
  // Classes, for instanceof: `value.type` reads the constructor's name, which minifiers rename.
  export class Date {}
  export class Year {}
  export class Decade {}
  export class Century {}
  export class Season {}
  export class Interval {}
  export class List {}
  export class Set {}
}
