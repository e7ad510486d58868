-- The analyst's workspace. Labels are an analyst's own words about a report, stored in
-- clear (the list filters by them without decrypting): the page warns never to put
-- anything identifying in them.

create table reporting_label (
    report_id  uuid not null references reporting_report (id) on delete cascade,
    label      varchar(40) not null,
    added_at   timestamp with time zone not null,
    staff_id   bigint not null,
    primary key (report_id, label)
);

-- When an administrator confirmed that the recovery key was printed and stored offline.
create table reporting_recovery_confirmation (
    id            integer primary key,
    confirmed_at  timestamp with time zone not null,
    staff_id      bigint not null,
    constraint reporting_recovery_confirmation_single check (id = 1)
);
