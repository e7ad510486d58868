-- The impact page's ledger: one row per event counted, keyed by the event's identity so a
-- redelivered event counts once and a corrected workshop replaces its figures. It keeps no
-- person: reports and learners are known only by a hash of their opaque id, and by a day.
create table advocacy_impact_entry (
	source_kind varchar(20) not null,
	event_key varchar(100) not null,
	group_code varchar(100) not null,
	counted_year integer not null,
	happened_on date not null,
	first_count integer not null,
	second_count integer not null,
	recorded_at timestamp with time zone not null,
	constraint advocacy_impact_entry_pk primary key (source_kind, event_key)
);
create index advocacy_impact_entry_by_source on advocacy_impact_entry (source_kind, counted_year);
