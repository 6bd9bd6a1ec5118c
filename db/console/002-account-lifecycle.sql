--liquibase formatted sql

--changeset eventlens:console-account-lifecycle
-- Accounts can be disabled (kept, but cannot sign in), record their last sign-in, and carry a version for
-- optimistic locking: two admins changing one account at once cannot silently overwrite each other.
alter table console_account add column enabled boolean not null default true;
alter table console_account add column last_sign_in_at timestamptz;
alter table console_account add column version bigint not null default 0;
-- Usernames are unique ignoring case, so that "Ann" and "ann" cannot be two accounts.
create unique index console_account_username_ci on console_account (lower(username));
