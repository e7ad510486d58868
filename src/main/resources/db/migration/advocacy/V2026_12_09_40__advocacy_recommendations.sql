-- Recommendations followed up: the NGO's own, parliament's, the UN Committee on the
-- Rights of the Child's and the Universal Periodic Review's, in one model.
--
-- An addressee is a role (a ministry, a parliament, an administration) at one of
-- Belgium's levels, never a person. A recommendation's status is the last step of its
-- timeline; every step cites its evidence (the check constraint keeps a step without a
-- source out even if the code forgot). The reminders table remembers which follow-up
-- date was already announced to the team, so each is sent once whatever the number of
-- nodes (its unique constraint decides between two nodes racing).

create table advocacy_recommendations_addressee (
	id uuid primary key,
	code varchar(60) not null,
	tier varchar(30) not null,
	branch varchar(20) not null,
	name_fr varchar(200) not null,
	name_nl varchar(200) not null,
	name_en varchar(200) not null,
	demo boolean not null,
	constraint advocacy_rec_addressee_code_uk unique (code)
);

create table advocacy_recommendations_item (
	id uuid primary key,
	code varchar(60) not null,
	origin varchar(20) not null,
	cycle varchar(60),
	made_on date not null,
	reference_label varchar(300) not null,
	reference_url varchar(500),
	text_fr varchar(2000) not null,
	text_nl varchar(2000) not null,
	text_en varchar(2000) not null,
	addressee_id uuid not null references advocacy_recommendations_addressee (id),
	recommending_state varchar(80),
	response varchar(20) not null,
	upr_category integer,
	progress varchar(20) not null,
	previous_id uuid references advocacy_recommendations_item (id),
	follow_up_on date,
	stage varchar(20) not null,
	stage_on date not null,
	demo boolean not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	constraint advocacy_rec_item_code_uk unique (code),
	constraint advocacy_rec_item_upr_ck check (upr_category is null or upr_category between 1 and 5)
);

create index advocacy_rec_item_previous_ix on advocacy_recommendations_item (previous_id);
create index advocacy_rec_item_follow_up_ix on advocacy_recommendations_item (follow_up_on);

create table advocacy_recommendations_step (
	id uuid primary key,
	recommendation_id uuid not null references advocacy_recommendations_item (id),
	stage varchar(20) not null,
	happened_on date not null,
	note_fr varchar(1000),
	note_nl varchar(1000),
	note_en varchar(1000),
	source_kind varchar(30) not null,
	source_url varchar(500),
	source_label varchar(300),
	recorded_by varchar(320) not null,
	recorded_at timestamp with time zone not null,
	constraint advocacy_rec_step_source_ck check (source_url is not null or source_label is not null)
);

create index advocacy_rec_step_item_ix on advocacy_recommendations_step (recommendation_id);

create table advocacy_recommendations_commitment (
	id uuid primary key,
	recommendation_id uuid not null references advocacy_recommendations_item (id),
	addressee_id uuid references advocacy_recommendations_addressee (id),
	office_holder varchar(200),
	committed_on date not null,
	text_fr varchar(1000) not null,
	text_nl varchar(1000) not null,
	text_en varchar(1000) not null,
	source_kind varchar(30) not null,
	source_url varchar(500),
	source_label varchar(300),
	recorded_by varchar(320) not null,
	recorded_at timestamp with time zone not null,
	constraint advocacy_rec_commitment_who_ck check (addressee_id is not null or office_holder is not null),
	constraint advocacy_rec_commitment_source_ck check (source_url is not null or source_label is not null)
);

create index advocacy_rec_commitment_item_ix on advocacy_recommendations_commitment (recommendation_id);

create table advocacy_recommendations_reminder (
	recommendation_id uuid not null references advocacy_recommendations_item (id),
	due_on date not null,
	sent_at timestamp with time zone not null,
	constraint advocacy_rec_reminder_once_uk unique (recommendation_id, due_on)
);
