package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/**
 * An English course and one of its attendees (rules 2, 17, 18 and the courses' preferences): who, which course
 * with its dates, what is wrong or what it costs, and the roster cells concerned (none for a seat on its own).
 */
public record CourseJustification(String person, String course, String dates, String detail, List<String> slotIds)
        implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.course", person, course, dates, detail);
    }
}
