package org.jmatu.planner.planning.jobs;

/** What a solve's work sees of its job: whether to stop, and where to report each new best plan. */
public interface SolveProgress<P> {

    boolean stopRequested();

    /**
     * A new best of one part ("rotation" or "calendar") with its score; {@code best} is the plan so far, or null
     * where the part's plan alone is not the job's kind of result (the whole plan's roster part).
     */
    void improved(String part, P best, String score);

    /** Progress that nobody watches, for solves in the calling thread (the command line, tests). */
    static <P> SolveProgress<P> unwatched() {
        return new SolveProgress<>() {
            @Override
            public boolean stopRequested() {
                return false;
            }

            @Override
            public void improved(String part, P best, String score) {
            }
        };
    }
}
