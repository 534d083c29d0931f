-- Garrisons (issue 18): barracks, family housing and training facilities, each kept by one nation, with its places
-- from each period on and its upkeep per year.

create table garrison (
    code varchar(20) primary key,
    name varchar(120) not null,
    kind varchar(20) not null,
    nation_code varchar(3) not null,
    upkeep_per_year double precision not null,
    position integer not null
);

create table garrison_capacity (
    garrison_code varchar(20) not null references garrison (code) on delete cascade,
    from_period integer not null,
    places integer not null,
    primary key (garrison_code, from_period)
);
