// Owns the value-shaped result every channel returns: errors never cross a transport as exceptions.
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'IO', 'DB_CORRUPT', 'INTERNAL'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field problem: `path` points into the call's input, `message` is Indonesian. */
export type FieldIssue = { path: string; message: string };

export type AppErrorData = { code: ErrorCode; message: string; issues: FieldIssue[] };

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** The one error type of the backend; `message` is shown to the user as is, so it is Indonesian. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
  toData(): AppErrorData {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues: FieldIssue[] = []): Result<never> => ({
  ok: false,
  error: { code, message, issues },
});

export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
