-- A saved roster version keeps who it sends on which English course (issue 19), beside its assignments.

create table roster_course_seat (
    plan_id bigint not null references roster_plan (id),
    course_code varchar(30) not null,
    person_code varchar(20) not null,
    primary key (plan_id, course_code, person_code)
);
