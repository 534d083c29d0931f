-- Who published a roster version, and who approved or returned it and when, so that the roster view can say so
-- (a returned version keeps its own status instead of becoming an ordinary draft again).

alter table roster_plan add column published_by varchar(100);
alter table roster_plan add column reviewed_by varchar(100);
alter table roster_plan add column reviewed_at timestamp with time zone;

alter table roster_plan_aud add column published_by varchar(100);
alter table roster_plan_aud add column reviewed_by varchar(100);
alter table roster_plan_aud add column reviewed_at timestamp with time zone;
