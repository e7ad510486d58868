-- Mobilisation's event reminders: which reminder (a week before, the day before) each
-- registration was sent. The primary key makes each reminder go once, however many nodes
-- run the job and however often it runs; the row goes with the registration.

create table mobilisation_reminders_sent (
    registration_id uuid                     not null,
    reminder        varchar(8)               not null,
    sent_at         timestamp with time zone not null,
    constraint pk_mobilisation_reminders_sent primary key (registration_id, reminder),
    constraint fk_mobilisation_reminders_registration foreign key (registration_id)
        references mobilisation_events_registration (id) on delete cascade,
    constraint ck_mobilisation_reminders_kind check (reminder in ('WEEK', 'DAY'))
);
