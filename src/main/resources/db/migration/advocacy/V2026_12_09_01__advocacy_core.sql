-- Advocacy's core: the member states, the directive tracker (instruments, their
-- provisions grouped by theme, and assessments kept with two timelines), the revisions
-- staff make to anything the module edits, and the news posts linked to its items.
--
-- An assessment row is never changed except to close it: a later status is a new row
-- with a later valid_from (when it became true); a correction is a new row with the same
-- valid_from, and the row it corrects gets superseded_at (when it stopped being what the
-- site published). "As of date X" reads the rows recorded before the end of X and not
-- yet superseded then.

create table advocacy_state (
	code varchar(2) primary key,
	eu_since integer not null,
	sort_key integer not null
);

insert into advocacy_state (code, eu_since, sort_key) values
	('BE', 1958, 1),
	('BG', 2007, 2),
	('CZ', 2004, 3),
	('DK', 1973, 4),
	('DE', 1958, 5),
	('EE', 2004, 6),
	('IE', 1973, 7),
	('GR', 1981, 8),
	('ES', 1986, 9),
	('FR', 1958, 10),
	('HR', 2013, 11),
	('IT', 1958, 12),
	('CY', 2004, 13),
	('LV', 2004, 14),
	('LT', 2004, 15),
	('LU', 1958, 16),
	('HU', 2004, 17),
	('MT', 2004, 18),
	('NL', 1958, 19),
	('AT', 1995, 20),
	('PL', 2004, 21),
	('PT', 1986, 22),
	('RO', 2007, 23),
	('SI', 2004, 24),
	('SK', 2004, 25),
	('FI', 1995, 26),
	('SE', 1995, 27);

create table advocacy_instrument (
	id uuid primary key,
	code varchar(40) not null,
	celex varchar(20) not null,
	eli varchar(300),
	adopted_on date,
	transposition_due date,
	replaces_id uuid references advocacy_instrument (id),
	title_fr varchar(300) not null,
	title_nl varchar(300) not null,
	title_en varchar(300) not null,
	short_fr varchar(120) not null,
	short_nl varchar(120) not null,
	short_en varchar(120) not null,
	demo boolean not null,
	created_at timestamp with time zone not null,
	constraint advocacy_instrument_code unique (code)
);

create table advocacy_provision (
	id uuid primary key,
	instrument_id uuid not null references advocacy_instrument (id),
	article varchar(20) not null,
	theme varchar(30) not null,
	sort_key integer not null,
	title_fr varchar(200) not null,
	title_nl varchar(200) not null,
	title_en varchar(200) not null,
	derived_from_id uuid references advocacy_provision (id),
	unchanged boolean not null,
	constraint advocacy_provision_article unique (instrument_id, article)
);

create table advocacy_assessment (
	id uuid primary key,
	provision_id uuid not null references advocacy_provision (id),
	state_code varchar(2) not null references advocacy_state (code),
	status varchar(20) not null,
	valid_from date not null,
	reviewed_on date not null,
	measure_title varchar(500),
	measure_celex varchar(40),
	measure_address varchar(500),
	measure_article varchar(100),
	quote varchar(1000),
	quote_language varchar(8),
	gloss_fr varchar(1000),
	gloss_nl varchar(1000),
	gloss_en varchar(1000),
	note_fr varchar(2000),
	note_nl varchar(2000),
	note_en varchar(2000),
	source_kind varchar(20) not null,
	source_address varchar(500),
	source_label varchar(300),
	recorded_at timestamp with time zone not null,
	recorded_by varchar(200) not null,
	superseded_at timestamp with time zone,
	correction_of_id uuid references advocacy_assessment (id)
);

create index advocacy_assessment_cell on advocacy_assessment (provision_id, state_code, valid_from);

create index advocacy_assessment_recorded on advocacy_assessment (recorded_at);

create table advocacy_revision (
	id uuid primary key,
	subject_kind varchar(40) not null,
	subject_id uuid not null,
	snapshot varchar(1000000) not null,
	summary varchar(300),
	recorded_by varchar(200) not null,
	recorded_at timestamp with time zone not null
);

create index advocacy_revision_subject on advocacy_revision (subject_kind, subject_id, recorded_at);

create table advocacy_news_link (
	subject_kind varchar(40) not null,
	subject_id uuid not null,
	language varchar(2) not null,
	path varchar(300) not null,
	constraint advocacy_news_link_pk primary key (subject_kind, subject_id, language, path)
);
