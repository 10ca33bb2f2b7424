import { parse as parseTolerantly, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { useJsonSyntax } from './parseJson.ts';

// Loaded only for a file that is not valid JSON (see parseJson): nearly half the reading code,
// which every valid file would otherwise download and compile for nothing.

// jsonc-parser's error codes, in words an editor understands.
const COMPLAINTS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value (an extra or missing comma?)',
  ColonExpected: 'expected a colon after the field name',
  CommaExpected: 'expected a comma between items',
  CloseBraceExpected: 'expected } to close an object',
  CloseBracketExpected: 'expected ] to close a list',
  EndOfFileExpected: 'unexpected text after the end of the data',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'text in quotes is not closed',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'unknown escape after a backslash',
  InvalidCharacter: 'a control character (such as a raw line break) inside quotes',
};

/**
 * Why text that JSON.parse rejected (with `error`) is not JSON, and where: jsonc-parser reads it
 * again, and its errors carry the offset that V8's messages do not always give.
 */
export function explainJsonError(body: string, error: unknown): string {
  const errors: ParseError[] = [];
  parseTolerantly(body, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return `the file is not valid JSON (${String(error)}).`;
  // A file cut short leaves a structure open at its very end.
  if (errors.some((e) => e.offset + e.length >= body.trimEnd().length)) {
    return 'the file is not valid JSON: it ends too early. Was it cut short?';
  }
  const { line, column } = lineAndColumn(body, first.offset);
  const complaint = COMPLAINTS[printParseErrorCode(first.error)] ?? 'syntax error';
  return `the file is not valid JSON: ${complaint} at line ${line}, column ${column}.`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

useJsonSyntax(explainJsonError);
