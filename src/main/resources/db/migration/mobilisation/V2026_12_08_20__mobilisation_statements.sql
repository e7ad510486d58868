-- Statements organisations sign (sign-on letters): the statement and its texts in each
-- language; one signature per organisation and statement (same normalised name or same
-- web domain is the same organisation); each form sent for it is a submission, kept to
-- show staff what was merged into what, with the contact person who sent it.

create table mobilisation_statements_statement (
	id uuid primary key,
	skey varchar(60) not null,
	opens_on date not null,
	closes_on date,
	published boolean not null,
	created_at timestamp with time zone not null,
	constraint mobilisation_statements_statement_skey unique (skey)
);

create table mobilisation_statements_text (
	statement_id uuid not null references mobilisation_statements_statement (id),
	language varchar(2) not null,
	slug varchar(80) not null,
	title varchar(200) not null,
	addressee varchar(200) not null,
	summary varchar(600) not null,
	body varchar(20000) not null,
	primary key (statement_id, language),
	constraint mobilisation_statements_text_slug unique (language, slug)
);

create table mobilisation_statements_signature (
	id uuid primary key,
	statement_id uuid not null references mobilisation_statements_statement (id),
	org_name varchar(160) not null,
	name_key varchar(160) not null,
	org_type varchar(20) not null,
	city varchar(100) not null,
	website varchar(200) not null,
	web_domain varchar(253),
	enterprise_number varchar(10),
	domain_verified boolean not null,
	number_checked boolean not null,
	staff_approved boolean not null,
	awaiting_review boolean not null,
	refused boolean not null,
	created_at timestamp with time zone not null,
	listed_at timestamp with time zone,
	withdrawn_at timestamp with time zone,
	constraint mobilisation_statements_signature_name unique (statement_id, name_key),
	constraint mobilisation_statements_signature_domain unique (statement_id, web_domain)
);

create table mobilisation_statements_submission (
	id uuid primary key,
	signature_id uuid not null references mobilisation_statements_signature (id),
	person_id uuid not null references mobilisation_person (id),
	org_name varchar(160) not null,
	org_type varchar(20) not null,
	city varchar(100) not null,
	website varchar(200) not null,
	enterprise_number varchar(10),
	contact_name varchar(120),
	language varchar(2) not null,
	at_domain boolean not null,
	merged_by varchar(10),
	submitted_at timestamp with time zone not null,
	mailed_at timestamp with time zone,
	confirmed_at timestamp with time zone,
	erased_at timestamp with time zone,
	constraint mobilisation_statements_submission_person unique (signature_id, person_id)
);

create index ix_mobilisation_statements_submission_person on mobilisation_statements_submission (person_id);
