-- What a WordPress import created, by WordPress id, so importing again updates instead of
-- duplicating.
create table content_wordpress_link (
    site     varchar(300) not null,
    kind     varchar(12)  not null,
    wp_id    bigint       not null,
    vigie_id bigint       not null,
    checksum varchar(64)  not null,
    primary key (site, kind, wp_id),
    constraint ck_content_wordpress_link_kind check (kind in ('POST', 'PAGE', 'CATEGORY', 'TAG', 'MEDIA'))
);

-- Old addresses of an imported site (path without its trailing slash, or /?p=123) and
-- where they live now; answered with a permanent redirect instead of "not found".
create table content_redirect (
    old_path varchar(1000) not null primary key,
    new_path varchar(1000) not null
);
