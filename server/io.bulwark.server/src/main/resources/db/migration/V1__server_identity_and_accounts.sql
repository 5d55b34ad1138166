-- Written in the SQL common to H2 and PostgreSQL, so one migration serves both.

-- The server's identity: exactly one row, created on first start and never replaced.
CREATE TABLE server_identity (
    singleton SMALLINT NOT NULL DEFAULT 1,
    server_id UUID NOT NULL,
    name VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT server_identity_pk PRIMARY KEY (singleton),
    CONSTRAINT server_identity_single_row CHECK (singleton = 1)
);

-- Administrator accounts. Passwords are stored only as a salted PBKDF2 hash, with the
-- parameters needed to verify them, so the iteration count can grow for new hashes.
CREATE TABLE account (
    user_name VARCHAR(64) NOT NULL,
    role VARCHAR(16) NOT NULL,
    password_algorithm VARCHAR(32) NOT NULL,
    password_iterations INTEGER NOT NULL,
    password_salt VARCHAR(64) NOT NULL,
    password_hash VARCHAR(128) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (user_name),
    CONSTRAINT account_role_known CHECK (role IN ('root', 'administrator', 'operator')),
    CONSTRAINT account_iterations_positive CHECK (password_iterations > 0)
);
