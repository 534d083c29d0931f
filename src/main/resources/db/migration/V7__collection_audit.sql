-- Audit trail of collections (Hibernate Envers): one row per element added (revtype 0) or removed (revtype 2)
-- in a revision. The owner's own *_aud row of the same revision (V4) says who made the change.

create table post_skill_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint,
    post_id bigint not null,
    skill_id bigint not null,
    primary key (rev, post_id, skill_id)
);

create table post_sourcing_nation_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint,
    post_id bigint not null,
    nation_id bigint not null,
    primary key (rev, post_id, nation_id)
);

create table person_skill_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint,
    person_id bigint not null,
    skill_id bigint not null,
    primary key (rev, person_id, skill_id)
);

create table company_capability_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint not null,
    company_id bigint not null,
    capability varchar(40) not null,
    primary key (rev, revtype, company_id, capability)
);

create table company_attached_period_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint not null,
    company_id bigint not null,
    period_index integer not null,
    primary key (rev, revtype, company_id, period_index)
);

create table company_unavailability_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint not null,
    company_id bigint not null,
    list_index integer not null,
    date_from date,
    date_to date,
    reason varchar(120),
    primary key (rev, revtype, company_id, list_index)
);

create table company_equipment_aud (
    rev bigint not null references revinfo (rev),
    revtype smallint not null,
    company_id bigint not null,
    list_index integer not null,
    equipment_type_id bigint,
    quantity integer,
    primary key (rev, revtype, company_id, list_index)
);
