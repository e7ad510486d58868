-- A past event's news report is a post with an address in each language.
alter table mobilisation_events_text add column report_path varchar(300);
