-- Advocacy's projects, with the countries they worked in, their partners (organisations
-- with a role) and their reach kept like IATI results: a result has indicators, an
-- indicator has periods, and a period has one figure per audience (baseline, target,
-- actual) with the source it comes from. "illustrative" marks demo figures that are not
-- the project's own.

create table advocacy_projects_project (
	id uuid primary key,
	code varchar(40) not null,
	title_fr varchar(200) not null,
	title_nl varchar(200) not null,
	title_en varchar(200) not null,
	summary_fr varchar(2000) not null,
	summary_nl varchar(2000) not null,
	summary_en varchar(2000) not null,
	status varchar(20) not null,
	research boolean not null,
	starts_on date not null,
	ends_on date,
	demo boolean not null,
	updated_at timestamp with time zone not null,
	constraint advocacy_projects_code unique (code)
);

create table advocacy_projects_country (
	project_id uuid not null references advocacy_projects_project (id),
	country varchar(2) not null,
	constraint advocacy_projects_country_pk primary key (project_id, country)
);

create table advocacy_projects_partner (
	project_id uuid not null references advocacy_projects_project (id),
	organisation_id uuid not null references advocacy_organisations_organisation (id),
	partner_role varchar(20) not null,
	sort_key integer not null,
	constraint advocacy_projects_partner_pk primary key (project_id, organisation_id)
);

create table advocacy_projects_result (
	id uuid primary key,
	project_id uuid not null references advocacy_projects_project (id),
	title_fr varchar(300) not null,
	title_nl varchar(300) not null,
	title_en varchar(300) not null,
	sort_key integer not null
);

create table advocacy_projects_indicator (
	id uuid primary key,
	result_id uuid not null references advocacy_projects_result (id),
	title_fr varchar(300) not null,
	title_nl varchar(300) not null,
	title_en varchar(300) not null,
	sort_key integer not null
);

create table advocacy_projects_period (
	id uuid primary key,
	indicator_id uuid not null references advocacy_projects_indicator (id),
	period_start date not null,
	period_end date not null
);

create table advocacy_projects_figure (
	id uuid primary key,
	period_id uuid not null references advocacy_projects_period (id),
	audience varchar(20) not null,
	baseline_count integer,
	target_count integer,
	actual_count integer,
	source_kind varchar(20) not null,
	source_label varchar(300) not null,
	source_address varchar(500),
	illustrative boolean not null,
	constraint advocacy_projects_figure_audience unique (period_id, audience)
);

create index advocacy_projects_result_project on advocacy_projects_result (project_id);

create index advocacy_projects_indicator_result on advocacy_projects_indicator (result_id);

create index advocacy_projects_period_indicator on advocacy_projects_period (indicator_id);
