-- Review workflow: a partner's work is a DRAFT until submitted, then VALIDATED or RETURNED (with a
-- comment the partner sees) by a coordinator. Rows that existed before the workflow are VALIDATED.
alter table intervention add column review_status varchar(20) default 'VALIDATED' not null;
alter table intervention alter column review_status drop default;
alter table intervention add column review_comment varchar(2000);
alter table intervention add column submitted_by varchar(80);
alter table intervention add column submitted_at timestamp with time zone;
alter table intervention add column validated_by varchar(80);
alter table intervention add column validated_at timestamp with time zone;
create index intervention_review_status_idx on intervention (review_status);
