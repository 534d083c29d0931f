-- Data sets uploaded from scenario files, each in a schema of its own (see the datasets module). The list
-- lives in the default schema, beside the demo unit; in a data set's own schema this table stays empty.

create table data_set (
    data_set_key varchar(60) primary key,
    name varchar(60) not null unique,
    scenario_name varchar(120) not null,
    created_by varchar(60) not null,
    created_at timestamp with time zone not null
);
