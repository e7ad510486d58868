-- The January run of tax certificates (form 281.71) and the Belcotax sendings.

-- One row per tax year: the last number given. A run or a correction locks this row
-- (select ... for update) for its whole transaction, so two runs, on one node or two,
-- never interleave; a failed run rolls back with its numbers, leaving no gap.
create table fundraising_certificate_year (
	tax_year integer primary key,
	last_number integer not null
);

-- A run of the year's certificates, as the page shows its progress. The job updates it in
-- transactions of its own while the run's own transaction is still open.
create table fundraising_certificate_run (
	id uuid primary key,
	tax_year integer not null,
	state varchar(10) not null,
	actor varchar(200) not null,
	donors_total integer not null,
	donors_done integer not null,
	issued integer not null,
	problem varchar(300),
	requested_at timestamp with time zone not null,
	finished_at timestamp with time zone
);

create index fundraising_certificate_run_year on fundraising_certificate_run (tax_year, requested_at);

-- Donors above the minimum whose details a certificate refused at the last run (an
-- address abroad Belcotax does not take, a name too long): the reason is a message code.
create table fundraising_certificate_held (
	tax_year integer not null,
	donor_id uuid not null references fundraising_donor (id),
	reason varchar(120) not null,
	primary key (tax_year, donor_id)
);

-- Belcotax files produced for a year. A file is recorded when it is downloaded; once the
-- fundraiser types the reference Belcotax gave it, it counts as sent, and its
-- certificates are not sent again. The first sent file of a year is its original sending;
-- later ones correct it under its reference.
create table fundraising_belcotax_sending (
	id uuid primary key,
	tax_year integer not null,
	correcting boolean not null,
	corrects varchar(6),
	reference varchar(6),
	forms integer not null,
	sum_numbers bigint not null,
	sum_amounts bigint not null,
	xml bytea not null,
	created_at timestamp with time zone not null,
	sent_at timestamp with time zone
);

create index fundraising_belcotax_sending_year on fundraising_belcotax_sending (tax_year, created_at);

-- Which certificate versions a Belcotax file holds.
create table fundraising_belcotax_form (
	sending_id uuid not null references fundraising_belcotax_sending (id) on delete cascade,
	certificate_id uuid not null references fundraising_certificate (id),
	primary key (sending_id, certificate_id)
);
