-- The reporting line. What a reporter wrote (content, messages, files) is stored only
-- encrypted with the report's own key; the key is stored only wrapped for its recipients
-- (analysts, the recovery key, the receipt). The clear columns are the structured,
-- non-identifying fields the workflow and the annual figures need.

create table reporting_report (
    id                uuid primary key,
    locator           varchar(4) unique,
    received_at       timestamp with time zone not null,
    status            varchar(32) not null,
    status_at         timestamp with time zone not null,
    category          varchar(40) not null,
    country           varchar(2) not null,
    place_type        varchar(32) not null,
    channel           varchar(16) not null,
    follow_up         varchar(32) not null,
    outcome           varchar(32),
    assigned_to       bigint,
    triaged_at        timestamp with time zone,
    acknowledged_at   timestamp with time zone,
    feedback_at       timestamp with time zone,
    receipt_failures  integer not null default 0,
    locked_until      timestamp with time zone,
    content           bytea not null
);

create index reporting_report_status on reporting_report (status, received_at);

create table reporting_grant (
    report_id  uuid not null references reporting_report (id) on delete cascade,
    recipient  varchar(40) not null,
    salt       bytea,
    wrapped    bytea not null,
    primary key (report_id, recipient)
);

create index reporting_grant_recipient on reporting_grant (recipient);

create table reporting_status_change (
    report_id   uuid not null references reporting_report (id) on delete cascade,
    position    integer not null,
    status      varchar(32) not null,
    changed_at  timestamp with time zone not null,
    staff_id    bigint,
    primary key (report_id, position)
);

create table reporting_message (
    id           uuid primary key,
    report_id    uuid not null references reporting_report (id) on delete cascade,
    sent_at      timestamp with time zone not null,
    author       varchar(16) not null,
    staff_id     bigint,
    body         bytea not null,
    read_at      timestamp with time zone
);

create index reporting_message_report on reporting_message (report_id, sent_at);

create table reporting_attachment (
    id          uuid primary key,
    report_id   uuid not null references reporting_report (id) on delete cascade,
    message_id  uuid references reporting_message (id) on delete cascade,
    added_at    timestamp with time zone not null,
    media_type  varchar(40) not null,
    size_bytes  integer not null,
    sealed      bytea not null
);

create index reporting_attachment_report on reporting_attachment (report_id);

create table reporting_analyst_key (
    staff_id             bigint primary key,
    public_key           bytea not null,
    salt                 bytea not null,
    wrapped_private_key  bytea not null,
    created_at           timestamp with time zone not null
);

create table reporting_recovery_key (
    id          integer primary key,
    public_key  bytea not null,
    created_at  timestamp with time zone not null,
    constraint reporting_recovery_key_single check (id = 1)
);
