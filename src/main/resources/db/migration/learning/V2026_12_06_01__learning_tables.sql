-- Awareness cards: decks and their cards in three languages, anonymous learners known by
-- a keyed hash of their device key, each learner's schedule per card, and every review in
-- the form FSRS parameters can later be fitted on (state before and after).

create table learning_deck (
	id uuid primary key,
	deck_key varchar(60) not null unique,
	audience varchar(20) not null,
	desired_retention double precision not null,
	published boolean not null,
	position integer not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null
);

create table learning_deck_text (
	deck_id uuid not null references learning_deck (id) on delete cascade,
	language varchar(2) not null,
	title varchar(80) not null,
	slug varchar(60) not null,
	summary varchar(300) not null,
	primary key (deck_id, language),
	constraint learning_deck_slug unique (language, slug)
);

create table learning_card (
	id uuid primary key,
	deck_id uuid not null references learning_deck (id) on delete cascade,
	card_key varchar(60) not null,
	position integer not null,
	kind varchar(20) not null,
	correct_option integer not null,
	links_report boolean not null,
	retired boolean not null,
	updated_at timestamp with time zone not null,
	constraint learning_card_key unique (deck_id, card_key)
);

create index learning_card_deck on learning_card (deck_id, position);

create table learning_card_text (
	card_id uuid not null references learning_card (id) on delete cascade,
	language varchar(2) not null,
	prompt varchar(600) not null,
	options varchar(1100) not null,
	explanation varchar(900) not null,
	reflex varchar(200) not null,
	primary key (card_id, language)
);

create table learning_learner (
	id uuid primary key,
	device_key_hash varchar(100) not null unique,
	language varchar(2) not null,
	created_at timestamp with time zone not null,
	last_seen_at timestamp with time zone not null
);

create table learning_enrolment (
	learner_id uuid not null references learning_learner (id) on delete cascade,
	deck_id uuid not null references learning_deck (id) on delete cascade,
	started_at timestamp with time zone not null,
	trip_date date,
	primary key (learner_id, deck_id)
);

create table learning_schedule (
	learner_id uuid not null references learning_learner (id) on delete cascade,
	card_id uuid not null references learning_card (id) on delete cascade,
	deck_id uuid not null,
	state varchar(12) not null,
	step integer not null,
	stability double precision,
	difficulty double precision,
	due_at timestamp with time zone not null,
	last_review_at timestamp with time zone,
	reps integer not null,
	lapses integer not null,
	primary key (learner_id, card_id)
);

create index learning_schedule_deck_due on learning_schedule (learner_id, deck_id, due_at);

create index learning_schedule_due on learning_schedule (due_at, learner_id);

create table learning_review (
	id uuid primary key,
	learner_id uuid not null references learning_learner (id) on delete cascade,
	card_id uuid not null references learning_card (id) on delete cascade,
	deck_id uuid not null,
	reviewed_at timestamp with time zone not null,
	recorded_at timestamp with time zone not null,
	rating smallint not null,
	chosen_option integer not null,
	elapsed_days integer not null,
	predicted_recall double precision,
	state_before varchar(12) not null,
	step_before integer not null,
	stability_before double precision,
	difficulty_before double precision,
	due_before timestamp with time zone not null,
	state_after varchar(12) not null,
	step_after integer not null,
	stability_after double precision,
	difficulty_after double precision,
	due_after timestamp with time zone not null,
	client_id varchar(64),
	constraint learning_review_client unique (learner_id, client_id)
);

create index learning_review_card on learning_review (card_id, reviewed_at);

create index learning_review_learner on learning_review (learner_id, reviewed_at);
