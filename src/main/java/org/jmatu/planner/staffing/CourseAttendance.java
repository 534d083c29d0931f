package org.jmatu.planner.staffing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A planner's decision on one officer and one course, which every roster solve keeps: the officer attends
 * (pinned) or does not (forbidden). The officer is named by code, as the scenario's pins name them, so that a
 * decision on someone since deleted simply no longer applies.
 */
@Embeddable
public class CourseAttendance {

    @NotBlank
    @Size(max = 20)
    @Column(name = "person_code")
    private String personCode;

    private boolean attends;

    protected CourseAttendance() {
    }

    public CourseAttendance(String personCode, boolean attends) {
        this.personCode = personCode;
        this.attends = attends;
    }

    public String getPersonCode() { return personCode; }
    public boolean isAttends() { return attends; }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseAttendance choice && choice.personCode.equals(personCode)
                && choice.attends == attends;
    }

    @Override
    public int hashCode() {
        return Objects.hash(personCode, attends);
    }

    @Override
    public String toString() {
        return personCode + (attends ? " attends" : " does not attend");
    }
}
