-- Per-address limits (staff sign-in, resident sign-in codes and attempts, public progress look-ups,
-- certificate checks, resident uploads and corrections) count in the database, so they hold across
-- any number of platform processes (issue 12). One row per limit and client address, counted in
-- fixed windows by one upsert (src/server/request-limits.ts), which also sweeps a few rows whose
-- window ended long ago. UNLOGGED: a counter costs no WAL on the hot look-up path, and a crash of
-- the database server only empties the counters (every window starts afresh), which a brake can bear.
CREATE UNLOGGED TABLE request_limits (
  limit_name text NOT NULL,
  subject text NOT NULL,
  hits integer NOT NULL,
  window_ends timestamptz NOT NULL,
  PRIMARY KEY (limit_name, subject)
);
COMMENT ON TABLE request_limits IS 'Requests counted per limit and client address in fixed windows; rows of long-ended windows are swept as others are counted.';
COMMENT ON COLUMN request_limits.limit_name IS 'Which limit counts here (staff-sign-in, resident-code, resident-sign-in, progress-lookup, certificate-check, resident-upload, correction-answer).';
COMMENT ON COLUMN request_limits.subject IS 'What the limit is counted per: the client address (X-Forwarded-For only from a proxy named in TRUST_PROXY).';
COMMENT ON COLUMN request_limits.hits IS 'Requests counted in the current window, the refused ones included.';
COMMENT ON COLUMN request_limits.window_ends IS 'When the current window ends; the next request after it starts a new window at 1.';
CREATE INDEX request_limits_window_ends ON request_limits (window_ends);

-- Staff lock-out: an attempt is counted before its password is checked, in one statement that also
-- sets the lock, so parallel attempts cannot outrun it (src/modules/auth/password-attempts.ts).
COMMENT ON COLUMN staff_users.failed_sign_ins IS 'Password attempts (sign-in or password change) since the last right one, each counted before it is checked; reaching the limit sets locked_until.';
COMMENT ON COLUMN staff_users.locked_until IS 'Password attempts (sign-in and password change) refused until this time, after too many wrong ones; an attempt already counted may still succeed and clear it.';
