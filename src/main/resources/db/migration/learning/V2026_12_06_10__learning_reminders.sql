-- Reminders by email and sign-in by emailed link for the awareness cards.
--
-- learning_device: the further device keys of a learner who signed in on another device
-- (keyed hashes, like learning_learner.device_key_hash, which stays their first key).
-- learning_reminder: one row per learner whose reminders are on, and only while they are:
-- the address sealed under the server's key, a keyed hash of it to find it, the hour (in
-- the site's zone) and language chosen. Turning reminders off deletes the row.
-- learning_reminder_link: the emailed links, by a keyed hash of their token, single use,
-- expiring; a confirmation link holds the sealed address until it is used or expires.

create table learning_device (
	key_hash varchar(100) primary key,
	learner_id uuid not null references learning_learner (id) on delete cascade,
	created_at timestamp with time zone not null
);

create index learning_device_learner on learning_device (learner_id);

create table learning_reminder (
	learner_id uuid primary key references learning_learner (id) on delete cascade,
	email_sealed varchar(2000) not null,
	email_hash varchar(64) not null,
	remind_hour smallint not null,
	language varchar(2) not null,
	nonce varchar(64) not null,
	confirmed_at timestamp with time zone not null,
	last_sent_at timestamp with time zone,
	constraint learning_reminder_email unique (email_hash),
	constraint learning_reminder_hour_range check (remind_hour between 0 and 23)
);

create index learning_reminder_hour on learning_reminder (remind_hour, last_sent_at);

create table learning_reminder_link (
	token_hash varchar(64) primary key,
	purpose varchar(10) not null,
	learner_id uuid references learning_learner (id) on delete cascade,
	email_hash varchar(64) not null,
	email_sealed varchar(2000),
	remind_hour smallint,
	language varchar(2) not null,
	created_at timestamp with time zone not null,
	expires_at timestamp with time zone not null,
	used_at timestamp with time zone,
	constraint learning_reminder_link_purpose check (purpose in ('CONFIRM', 'SIGN_IN'))
);

create index learning_reminder_link_email on learning_reminder_link (email_hash, created_at);

create index learning_reminder_link_expiry on learning_reminder_link (expires_at);
