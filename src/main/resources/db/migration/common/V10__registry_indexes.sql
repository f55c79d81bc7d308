-- Explicit-date periods are labelled as ISO 8601 intervals ("2021-01-15/2021-03-31", 21 chars).
alter table coverage alter column period_label set data type varchar(40);

-- Filters of the intervention list and the presence aggregate.
create index intervention_type_link_type_idx on intervention_type_link (type_code);
create index intervention_target_group_code_idx on intervention_target_group (target_group_code);
create index intervention_status_idx on intervention (status);
