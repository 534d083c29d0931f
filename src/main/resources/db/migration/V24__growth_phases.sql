-- Growth phases (issue 18): the unit grows from battalion to brigade in named phases, each bringing sections, posts
-- and companies in from its first period. Members are kept by code, as a scenario file names them; a post or
-- company that sets its own periods keeps them.

create table growth_phase (
    name varchar(60) primary key,
    first_period integer not null,
    position integer not null
);

create table growth_phase_member (
    phase_name varchar(60) not null references growth_phase (name) on delete cascade,
    kind varchar(10) not null,
    code varchar(60) not null,
    position integer not null,
    primary key (phase_name, kind, code)
);
