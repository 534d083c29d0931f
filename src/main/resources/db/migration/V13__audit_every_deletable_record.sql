-- Training areas, exercises, nations, skills, equipment types and blackouts join the audit trail (issue 15:
-- deleting a training area left no trace; every delete is to be found there).

create table training_area_aud (
    id bigint not null,
    rev bigint not null references revinfo (rev),
    revtype smallint,
    code varchar(20),
    name varchar(120),
    nation_id bigint,
    capacity integer,
    lat double precision,
    lon double precision,
    primary key (id, rev)
);

create table training_area_closed_month_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint not null,
    training_area_id bigint not null,
    month_number integer not null,
    primary key (rev, revtype, training_area_id, month_number)
);

create table exercise_aud (
    id bigint not null,
    rev bigint not null references revinfo (rev),
    revtype smallint,
    code varchar(30),
    name varchar(120),
    scenario varchar(40),
    earliest_start date,
    latest_end date,
    duration_days integer,
    min_companies integer,
    max_companies integer,
    primary key (id, rev)
);

create table exercise_required_capability_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint not null,
    exercise_id bigint not null,
    capability varchar(40) not null,
    primary key (rev, revtype, exercise_id, capability)
);

create table nation_aud (
    id bigint not null,
    rev bigint not null references revinfo (rev),
    revtype smallint,
    code varchar(3),
    name varchar(80),
    role varchar(20),
    equipment_standard varchar(10),
    tour_periods integer,
    max_consecutive_periods integer,
    staff_share double precision,
    primary key (id, rev)
);

create table skill_aud (
    id bigint not null,
    rev bigint not null references revinfo (rev),
    revtype smallint,
    code varchar(40),
    name varchar(120),
    primary key (id, rev)
);

create table equipment_type_aud (
    id bigint not null,
    rev bigint not null references revinfo (rev),
    revtype smallint,
    code varchar(30),
    name varchar(120),
    origin_id bigint,
    standard varchar(10),
    maintenance_skill varchar(40),
    primary key (id, rev)
);

create table equipment_type_capability_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint not null,
    equipment_type_id bigint not null,
    capability varchar(40) not null,
    primary key (rev, revtype, equipment_type_id, capability)
);

create table blackout_aud (
    id bigint not null,
    rev bigint not null references revinfo (rev),
    revtype smallint,
    name varchar(120),
    date_from date,
    date_to date,
    primary key (id, rev)
);

create table blackout_nation_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint,
    blackout_id bigint not null,
    nation_id bigint not null,
    primary key (rev, blackout_id, nation_id)
);
