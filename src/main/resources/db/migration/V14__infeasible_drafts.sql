-- A roster version that breaks a hard rule (or comes from a solve stopped before it was done) is kept only as a
-- draft marked infeasible: it is never published and never the current plan. Calendars already keep "feasible"
-- (V3), false for those too. Numbered 20 to leave room for other branches' migrations (V8..V19).

alter table roster_plan add column infeasible boolean default false not null;
alter table roster_plan_aud add column infeasible boolean;
