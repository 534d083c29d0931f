package org.jmatu.planner.growth;

import java.util.List;

/** Why a set of phases cannot be saved, as a bundle key under {@code growth.problem.} and its arguments. */
public record PhaseProblem(String key, List<Object> args) {

    static PhaseProblem of(String key, Object... args) {
        return new PhaseProblem("growth.problem." + key, List.of(args));
    }
}
