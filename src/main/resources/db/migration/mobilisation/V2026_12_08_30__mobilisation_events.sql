-- Mobilisation's events: each event with its texts per language, its own questions,
-- the registrations (one per person and event: confirmed, waitlisted, offered a freed
-- place, cancelled, declined or expired; checked in at the door), the answers given, and
-- the links sent by email to cancel or to answer an offer (only a keyed hash of each
-- token is stored).

create table mobilisation_events_event (
	id uuid primary key,
	event_key varchar(60) not null,
	starts_at timestamp with time zone not null,
	ends_at timestamp with time zone not null,
	venue_name varchar(200),
	venue_address varchar(500),
	online_url varchar(500),
	capacity integer,
	registration_opens_at timestamp with time zone,
	registration_closes_at timestamp with time zone,
	offer_hours integer default 48 not null,
	status varchar(12) default 'SCHEDULED' not null,
	sequence_no integer default 0 not null,
	report_path varchar(300),
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	constraint mobilisation_events_event_key unique (event_key),
	constraint ck_mobilisation_events_status check (status in ('SCHEDULED', 'CANCELLED')),
	constraint ck_mobilisation_events_capacity check (capacity is null or capacity between 1 and 100000),
	constraint ck_mobilisation_events_offer check (offer_hours between 1 and 720),
	constraint ck_mobilisation_events_dates check (ends_at >= starts_at)
);

create table mobilisation_events_text (
	event_id uuid not null references mobilisation_events_event (id),
	language varchar(2) not null,
	slug varchar(80) not null,
	title varchar(200) not null,
	summary varchar(600) not null,
	body varchar(20000) not null,
	primary key (event_id, language),
	constraint mobilisation_events_text_slug unique (language, slug)
);

create table mobilisation_events_question (
	id uuid primary key,
	event_id uuid not null references mobilisation_events_event (id),
	kind varchar(16) not null,
	label_fr varchar(300) not null,
	label_nl varchar(300) not null,
	label_en varchar(300) not null,
	required boolean default false not null,
	sort_no integer default 0 not null,
	retired boolean default false not null,
	constraint ck_mobilisation_events_question_kind check (kind in ('DIETARY', 'ACCESSIBILITY', 'LANGUAGE', 'FREE'))
);

create index ix_mobilisation_events_question_event on mobilisation_events_question (event_id, sort_no);

create table mobilisation_events_registration (
	id uuid primary key,
	event_id uuid not null references mobilisation_events_event (id),
	person_id uuid not null references mobilisation_person (id),
	queue_no bigint not null,
	display_name varchar(200),
	seats integer not null,
	priority integer default 0 not null,
	language varchar(2) not null,
	status varchar(12) not null,
	registered_at timestamp with time zone not null,
	confirmed_at timestamp with time zone,
	offered_at timestamp with time zone,
	offer_expires_at timestamp with time zone,
	cancelled_at timestamp with time zone,
	checked_in_at timestamp with time zone,
	constraint mobilisation_events_registration_once unique (event_id, person_id),
	constraint ck_mobilisation_events_registration_status
		check (status in ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'DECLINED', 'EXPIRED')),
	constraint ck_mobilisation_events_registration_seats check (seats between 1 and 20)
);

create index ix_mobilisation_events_registration_queue
	on mobilisation_events_registration (event_id, status, priority, queue_no);

create index ix_mobilisation_events_registration_person on mobilisation_events_registration (person_id);

create index ix_mobilisation_events_registration_offer on mobilisation_events_registration (status, offer_expires_at);

create table mobilisation_events_answer (
	registration_id uuid not null references mobilisation_events_registration (id),
	question_id uuid not null references mobilisation_events_question (id),
	answer varchar(1000) not null,
	primary key (registration_id, question_id)
);

create table mobilisation_events_link (
	token_hash varchar(64) primary key,
	registration_id uuid not null references mobilisation_events_registration (id),
	purpose varchar(8) not null,
	created_at timestamp with time zone not null,
	expires_at timestamp with time zone,
	constraint ck_mobilisation_events_link_purpose check (purpose in ('CANCEL', 'OFFER'))
);

create index ix_mobilisation_events_link_registration on mobilisation_events_link (registration_id);
