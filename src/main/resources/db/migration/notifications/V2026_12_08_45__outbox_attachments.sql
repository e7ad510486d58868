-- Notifications: files sent with an outgoing email (such as an invitation's calendar file),
-- in the order given; removed with the body once the email is sent or given up.

create table notifications_outbox_attachment (
    outbox_id    bigint       not null,
    part_no      integer      not null,
    filename     varchar(120) not null,
    content_type varchar(200) not null,
    content      bytea        not null,
    constraint pk_notifications_outbox_attachment primary key (outbox_id, part_no),
    constraint fk_notifications_outbox_attachment_message foreign key (outbox_id)
        references notifications_outbox (id) on delete cascade
);
