-- The morning reminder of sourcing requests falling due runs on every instance of a cluster; the lock row makes the
-- instances take turns, so the second finds each reminder already sent (the table's name is older than this use).

insert into startup_lock (name) values ('due-reminders');
