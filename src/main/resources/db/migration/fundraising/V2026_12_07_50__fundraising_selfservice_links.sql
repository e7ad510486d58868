-- The links a donor asks for by email to open their own page without a password. A link
-- carries 256 random bits; only a keyed hash of them is kept, so neither a copy of the
-- database nor a delivered email in the outbox can be followed. A row names the donor
-- (no address) and stays after use until it is purged, so links sent can be counted.
create table fundraising_selfservice_link (
	token_hash varchar(100) primary key,
	donor_id uuid not null references fundraising_donor (id),
	created_at timestamp with time zone not null,
	expires_at timestamp with time zone not null,
	used_at timestamp with time zone
);

create index fundraising_selfservice_link_donor on fundraising_selfservice_link (donor_id, created_at);
