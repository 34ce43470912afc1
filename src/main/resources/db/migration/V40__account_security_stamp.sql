-- Sessions follow the account: every signed-in session carries the stamp it was signed in with and is ended on its
-- next request when the account's stamp moved on (password or roles changed, account disabled). The hard lockout
-- after five failures is gone (failures are throttled per address and account in memory, see LoginThrottle).
ALTER TABLE user_account ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
ALTER TABLE user_account DROP COLUMN failed_login_count;
ALTER TABLE user_account DROP COLUMN locked_until;
