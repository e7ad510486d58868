-- Campaigns people join and relay: the campaign (a stable key, a goal in supporters, the
-- days it is open, the media library image its visuals show), its texts per language, and
-- the pledges (who joined, what they agreed to show, the code of their personal link and
-- the pledge whose link brought them; a pledge counts once confirmed).

create table mobilisation_campaigns_campaign (
	id uuid primary key,
	campaign_key varchar(60) not null,
	goal integer not null,
	opens_on date not null,
	closes_on date,
	published boolean not null,
	image_path varchar(300),
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	constraint mobilisation_campaigns_campaign_key unique (campaign_key),
	constraint ck_mobilisation_campaigns_goal check (goal > 0)
);

create table mobilisation_campaigns_text (
	campaign_id uuid not null references mobilisation_campaigns_campaign (id),
	language varchar(2) not null,
	slug varchar(80) not null,
	title varchar(150) not null,
	summary varchar(400) not null,
	story varchar(8000) not null,
	share_text varchar(280) not null,
	primary key (campaign_id, language),
	constraint mobilisation_campaigns_text_slug unique (language, slug)
);

create table mobilisation_campaigns_pledge (
	id uuid primary key,
	campaign_id uuid not null references mobilisation_campaigns_campaign (id),
	person_id uuid not null references mobilisation_person (id),
	first_name varchar(60),
	city varchar(80),
	country varchar(2),
	on_wall boolean not null,
	news boolean not null,
	language varchar(2) not null,
	relay_code varchar(12) not null,
	referrer_id uuid references mobilisation_campaigns_pledge (id),
	created_at timestamp with time zone not null,
	confirmed_at timestamp with time zone,
	constraint mobilisation_campaigns_pledge_once unique (campaign_id, person_id),
	constraint mobilisation_campaigns_pledge_code unique (relay_code)
);

create index ix_mobilisation_campaigns_pledge_counted on mobilisation_campaigns_pledge (campaign_id, confirmed_at);

create index ix_mobilisation_campaigns_pledge_referrer on mobilisation_campaigns_pledge (referrer_id);
