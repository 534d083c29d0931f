package org.jmatu.planner.planning.jobs;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Quartz's firing of a portable solve on this instance (see {@link SolveJobs#start(SolveKey)}). */
class SolveQuartzJob implements Job {

    private final SolveJobs jobs;

    SolveQuartzJob(SolveJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void execute(JobExecutionContext context) {
        jobs.fired(Long.parseLong(context.getMergedJobDataMap().getString(SolveJobs.SOLVE_ID)),
                context.getJobDetail().getKey());
    }
}
