-- Wrong second-factor codes have their own count, which only a complete sign-in (password and
-- second factor) clears; at the limit the account stays locked until its password is reset.
alter table identity_staff add column failed_second_factors integer not null default 0;
