package org.jmatu.planner.datasets;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.scenario.file.ValidationReport;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Quoted;

/**
 * The rules of the records themselves (a skill's code of upper case letters, a post's id, …), which a scenario
 * file can break though it reads well, as the problems of an import's report: the kind of record, the field, the
 * value and the rule, rather than a server error. The file reader checks the file's own rules; these are the
 * entities' Bean Validation constraints, met when the data set is stored.
 */
final class EntityRuleProblems {

    private EntityRuleProblems() {
    }

    static ValidationReport of(ConstraintViolationException refused) {
        List<ValidationReport.Problem> problems = refused.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> violation) -> violation.getPropertyPath().toString()))
                .map(violation -> new ValidationReport.Problem(
                        violation.getRootBeanClass().getSimpleName().toLowerCase() + " " + Quoted.value(violation.getInvalidValue()),
                        violation.getPropertyPath().toString(),
                        Message.of("file.entity-rule", violation.getMessage())))
                .toList();
        return new ValidationReport(problems, 0);
    }
}
