-- One row per piece of start-up work that must run once even when several instances start at the same moment on
-- an empty database (the demo unit, the demo accounts): an instance locks the row, does the work if nobody has,
-- and commits; the others wait for the lock and then find the work done.

create table startup_lock (
    name varchar(40) primary key
);

insert into startup_lock (name) values ('demo-unit');
insert into startup_lock (name) values ('demo-accounts');
