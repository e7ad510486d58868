-- Training organisations: a manager (a learner known by their device key) invites staff by
-- a link whose token only the manager ever sees (the database keeps a keyed hash), assigns
-- decks and sees each member's progress in them. The contact address for the monthly
-- summary is sealed with the server's key; members are known by the name they chose.

create table learning_organisation (
	id uuid primary key,
	name varchar(120) not null,
	kind varchar(20) not null,
	manager_id uuid not null references learning_learner (id) on delete cascade,
	contact_email_sealed varchar(2000),
	invitation_hash varchar(100) unique,
	invitation_expires_at timestamp with time zone,
	summary_month varchar(7) not null,
	created_at timestamp with time zone not null
);

create index learning_organisation_manager on learning_organisation (manager_id);

create table learning_organisation_member (
	id uuid primary key,
	organisation_id uuid not null references learning_organisation (id) on delete cascade,
	learner_id uuid not null references learning_learner (id) on delete cascade,
	display_name varchar(60) not null,
	joined_at timestamp with time zone not null,
	constraint learning_organisation_member_once unique (organisation_id, learner_id)
);

create index learning_organisation_member_learner on learning_organisation_member (learner_id);

create table learning_organisation_deck (
	organisation_id uuid not null references learning_organisation (id) on delete cascade,
	deck_id uuid not null references learning_deck (id) on delete cascade,
	assigned_at timestamp with time zone not null,
	primary key (organisation_id, deck_id)
);
