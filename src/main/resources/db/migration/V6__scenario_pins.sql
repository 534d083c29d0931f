-- The pins a scenario carries (SCENARIO.md, "pinned"): decisions taken before the file was made, which every
-- solve of this data keeps. Stored so that a scenario loaded from a file exports again as it came; in list order.

create table scenario_pinned_slot (
    position integer primary key,
    post_code varchar(40) not null,
    period_index integer not null,
    person_code varchar(40)
);

create table scenario_pinned_exercise (
    position integer primary key,
    exercise_code varchar(40) not null,
    start_date date,
    training_area_code varchar(40)
);
