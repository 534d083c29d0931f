package org.jmatu.planner.datasets;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.jmatu.planner.scenario.file.ValidationReport;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Quoted;

/**
 * The rules of the records themselves (a skill's code of upper case letters, a post's id, …), which a scenario
 * file can break though it reads well, as the problems of an import's report: the kind of record, the field, the
 * value and the rule, rather than a server error. The file reader checks the file's own rules; these are the
 * entities' Bean Validation constraints, met when the data set is stored. The rule is worded from its template
 * in the language of whoever imports ({@link I18n#locale()}: the view's, English for the API).
 */
final class EntityRuleProblems {

    private static final MessageInterpolator WORDS = Validation.byProvider(HibernateValidator.class).configure()
            .getDefaultMessageInterpolator();

    private EntityRuleProblems() {
    }

    static ValidationReport of(ConstraintViolationException refused) {
        List<ValidationReport.Problem> problems = refused.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> violation) -> violation.getPropertyPath().toString()))
                .map(violation -> new ValidationReport.Problem(
                        violation.getRootBeanClass().getSimpleName().toLowerCase() + " " + Quoted.value(violation.getInvalidValue()),
                        violation.getPropertyPath().toString(), Message.of("file.entity-rule", rule(violation))))
                .toList();
        return new ValidationReport(problems, 0);
    }

    /** The violated rule in the reader's language: the persistence layer worded it in the server's. */
    private static String rule(ConstraintViolation<?> violation) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("no provider context to unwrap to " + type.getName());
            }
        };
        return WORDS.interpolate(violation.getMessageTemplate(), context, I18n.locale());
    }
}
