-- Advocacy's organisations (networks, coalitions, project partners, the NGO itself: one
-- row each, shared by every part that names an organisation) and the NGO's memberships
-- in networks, with its role in three languages and since when.
--
-- A membership's start and end are a year, or a day when it is known (since_on, whose
-- year is since_year); until_year is null while the membership lasts.

create table advocacy_organisations_organisation (
	id uuid primary key,
	slug varchar(80) not null,
	name varchar(200) not null,
	acronym varchar(40),
	kind varchar(20) not null,
	country varchar(2),
	website varchar(300),
	iati_ref varchar(100),
	own boolean not null,
	demo boolean not null,
	updated_at timestamp with time zone not null,
	constraint advocacy_organisations_slug unique (slug)
);

create table advocacy_networks_membership (
	id uuid primary key,
	network_id uuid not null references advocacy_organisations_organisation (id),
	tier varchar(20) not null,
	role_fr varchar(200) not null,
	role_nl varchar(200) not null,
	role_en varchar(200) not null,
	since_year integer not null,
	since_on date,
	until_year integer,
	until_on date,
	description_fr varchar(2000) not null,
	description_nl varchar(2000) not null,
	description_en varchar(2000) not null,
	sort_key integer not null,
	demo boolean not null,
	updated_at timestamp with time zone not null
);

create index advocacy_networks_membership_network on advocacy_networks_membership (network_id);
