-- Read models of the public site, written when content changes rather than computed on
-- every view.

-- Bodies as readers get them (sanitised, videos as click-to-load players) and the plain
-- summary of a post's cards. Null until rendered: rows written before this migration are
-- rendered at the next start-up.
alter table content_post add column body_html varchar(1000000);
alter table content_post add column teaser varchar(4000);
alter table content_page add column body_html varchar(1000000);
alter table content_page_section add column body_html varchar(1000000);

-- For each post, the posts its page links to: the next older and newer ones, its
-- translations and the related posts, best first. Drafts are left out; scheduled posts
-- are kept and filtered when read, so a publication needs no recomputation.
create table content_post_link (
    post_id  bigint      not null references content_post (id) on delete cascade,
    kind     varchar(16) not null,
    position integer     not null,
    other_id bigint      not null references content_post (id) on delete cascade,
    primary key (post_id, kind, position),
    constraint ck_content_post_link_kind check (kind in ('OLDER', 'NEWER', 'TRANSLATION', 'RELATED'))
);

create index ix_content_post_link_other on content_post_link (other_id);
