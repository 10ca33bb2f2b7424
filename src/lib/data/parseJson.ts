import { parse as parseTolerantly, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

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
 * JSON.parse that says where and why a file is broken instead of throwing. The fast native
 * parser reads valid files; only a broken one is read again by jsonc-parser, whose errors carry
 * the offset that V8's messages do not always give.
 */
export function parseJson(text: string): JsonParse {
  // A byte-order mark is invisible in editors and harmless; JSON.parse rejects it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: 'the file is empty.' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const errors: ParseError[] = [];
    parseTolerantly(body, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first) return { ok: false, reason: `the file is not valid JSON (${String(error)}).` };
    // A file cut short leaves a structure open at its very end.
    if (errors.some((e) => e.offset + e.length >= body.trimEnd().length)) {
      return {
        ok: false,
        reason: 'the file is not valid JSON: it ends too early. Was it cut short?',
      };
    }
    const { line, column } = lineAndColumn(body, first.offset);
    const complaint = COMPLAINTS[printParseErrorCode(first.error)] ?? 'syntax error';
    return {
      ok: false,
      reason: `the file is not valid JSON: ${complaint} at line ${line}, column ${column}.`,
    };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
