-- The policy watch: the files staff follow, their position papers, the public addresses
-- watched for changes, what the checks noticed, and the weeks the digest went out.

create table advocacy_watch_file (
	id uuid primary key,
	slug varchar(80) not null,
	kind varchar(20) not null,
	stage varchar(20) not null,
	reference varchar(100) not null,
	institution varchar(200) not null,
	title_fr varchar(300) not null,
	title_nl varchar(300) not null,
	title_en varchar(300) not null,
	summary_fr varchar(4000) not null,
	summary_nl varchar(4000) not null,
	summary_en varchar(4000) not null,
	deadline_on date,
	deadline_fr varchar(300),
	deadline_nl varchar(300),
	deadline_en varchar(300),
	private_notes varchar(10000) not null,
	shown_public boolean not null,
	demo boolean not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	updated_by varchar(320) not null,
	constraint advocacy_watch_file_slug_unique unique (slug)
);

create index advocacy_watch_file_deadline on advocacy_watch_file (deadline_on);

create table advocacy_watch_paper (
	file_id uuid not null references advocacy_watch_file (id) on delete cascade,
	media_id bigint not null,
	path varchar(300) not null,
	file_name varchar(300) not null,
	shown_public boolean not null,
	constraint advocacy_watch_paper_pk primary key (file_id, media_id)
);

create table advocacy_watch_source (
	id uuid primary key,
	file_id uuid not null references advocacy_watch_file (id) on delete cascade,
	address varchar(1000) not null,
	selector varchar(300) not null,
	enabled boolean not null,
	health varchar(20) not null,
	content_hash varchar(64),
	excerpt varchar(1000),
	previous_excerpt varchar(1000),
	problem varchar(60),
	failures integer not null,
	checked_at timestamp with time zone,
	changed_at timestamp with time zone,
	created_at timestamp with time zone not null
);

create index advocacy_watch_source_file on advocacy_watch_source (file_id);

create table advocacy_watch_signal (
	id uuid primary key,
	source_id uuid not null references advocacy_watch_source (id) on delete cascade,
	file_id uuid not null,
	outcome varchar(20) not null,
	old_excerpt varchar(1000),
	new_excerpt varchar(1000),
	noticed_at timestamp with time zone not null
);

create index advocacy_watch_signal_noticed on advocacy_watch_signal (noticed_at);

create table advocacy_watch_digest (
	week_code varchar(10) not null,
	sent_at timestamp with time zone not null,
	recipients integer not null,
	constraint advocacy_watch_digest_week unique (week_code)
);
