-- Burden sharing (issue 18): each nation's agreed share of the unit's cost, and the J8's cost model that prices
-- what each nation contributes in kind (one model per data set).

create table funding_share (
    nation_code varchar(3) primary key,
    share double precision not null
);

create table cost_model (
    id integer primary key,
    currency varchar(3) not null,
    company_exercise_day double precision not null,
    exercise_hosted double precision not null,
    travel_per_km double precision not null,
    housing_place_month double precision not null
);

create table cost_model_staff (
    position integer primary key,
    rank_min varchar(5) not null,
    rank_max varchar(5) not null,
    person_period double precision not null
);
