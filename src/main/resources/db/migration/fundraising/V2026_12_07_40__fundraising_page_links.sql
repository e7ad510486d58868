-- Runners' and teams' pages: when a page was first published (a page created but never
-- confirmed by its emailed link frees its address once the link has expired), the owner's
-- address found again by its keyed hash, and the emailed links that publish or edit a
-- page. A link is kept only as a keyed hash of its random token, works once, and expires.

alter table fundraising_page add column published_at timestamp with time zone;

create index fundraising_page_owner on fundraising_page (campaign_id, owner_key_hash);

create table fundraising_page_link (
	token_hash varchar(100) primary key,
	page_id uuid not null references fundraising_page (id) on delete cascade,
	purpose varchar(10) not null,
	created_at timestamp with time zone not null,
	expires_at timestamp with time zone not null,
	used_at timestamp with time zone
);

create index fundraising_page_link_page on fundraising_page_link (page_id, created_at);
