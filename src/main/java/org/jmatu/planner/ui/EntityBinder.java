package org.jmatu.planner.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.jmatu.planner.shared.I18n;

/**
 * A {@link BeanValidationBinder} that also reports the constraints no field carries: the entities'
 * cross-field {@code @AssertTrue} checks ("the lowest rank must not be above the highest rank") and
 * violations inside nested lists. Field constraints stay at their fields, as BeanValidationBinder does.
 *
 * <p>Text fields get no {@code maxlength}: the browser would silently cut a longer name and the shortened
 * value would be saved. The entity's {@code @Size} check says at the field that it is too long instead.
 */
class EntityBinder<T> extends BeanValidationBinder<T> {

    /** Writes its messages in the current UI's language, as the fields' own checks do. */
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .localeResolver(context -> I18n.locale()).buildValidatorFactory().getValidator();

    EntityBinder(Class<T> type) {
        super(type);
        withValidator((bean, context) -> {
            String messages = VALIDATOR.validate(bean).stream()
                    .filter(this::notShownAtAField)
                    .map(EntityBinder::describe)
                    .sorted()
                    .collect(Collectors.joining("; "));
            return messages.isEmpty() ? ValidationResult.ok() : ValidationResult.error(messages);
        });
    }

    /** Every binding, so that a conflict can show the user's value and the stored one for each field. */
    List<Binding<T, ?>> allBindings() {
        return List.copyOf(getBindings());
    }

    private boolean notShownAtAField(ConstraintViolation<T> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        if (!nodes.hasNext()) {
            return true;
        }
        String property = nodes.next().getName();
        boolean nested = nodes.hasNext();
        return nested || property == null || getBinding(property).isEmpty();
    }

    private static String describe(ConstraintViolation<?> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        nodes.next();
        // a nested violation ("equipment[1].quantity") names where it is; a cross-field one reads on its own
        return nodes.hasNext() ? violation.getPropertyPath() + ": " + violation.getMessage() : violation.getMessage();
    }
}
