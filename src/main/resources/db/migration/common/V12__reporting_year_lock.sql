-- A locked reporting year: only coordinators and administrators may still change its coverage rows.
create table reporting_year_lock (
  reporting_year  integer      primary key,
  locked_by       varchar(80)  not null,
  locked_at       timestamp with time zone not null
);
