package org.jmatu.planner.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.binder.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A {@link BeanValidationBinder} that also reports the constraints no field carries: the entities'
 * cross-field {@code @AssertTrue} checks ("the lowest rank must not be above the highest rank") and
 * violations inside nested lists. Field constraints stay at their fields, as BeanValidationBinder does.
 */
class EntityBinder<T> extends BeanValidationBinder<T> {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

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

    /**
     * A text field bound to a property with a maximum length ({@code @Size(max)}, the size of its column) takes
     * no more characters than that; the entity's own check still says so if a longer value arrives anyway.
     */
    @Override
    protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding, PropertyDefinition<T, ?> definition) {
        BindingBuilder<T, ?> configured = super.configureBinding(binding, definition);
        maxLength(definition).ifPresent(max -> {
            // the field checks its own limit before the entity's check runs, so it needs the words too
            String message = "must be at most " + max + " characters";
            if (binding.getField() instanceof TextField field) {
                field.setMaxLength(max);
                field.setI18n(Optional.ofNullable(field.getI18n()).orElseGet(TextField.TextFieldI18n::new)
                        .setMaxLengthErrorMessage(message));
            } else if (binding.getField() instanceof TextArea area) {
                area.setMaxLength(max);
                area.setI18n(Optional.ofNullable(area.getI18n()).orElseGet(TextArea.TextAreaI18n::new)
                        .setMaxLengthErrorMessage(message));
            }
        });
        return configured;
    }

    private static OptionalInt maxLength(PropertyDefinition<?, ?> definition) {
        PropertyDescriptor property = VALIDATOR.getConstraintsForClass(definition.getPropertyHolderType())
                .getConstraintsForProperty(definition.getName());
        return property == null ? OptionalInt.empty() : property.getConstraintDescriptors().stream()
                .map(ConstraintDescriptor::getAnnotation).filter(Size.class::isInstance)
                .mapToInt(size -> ((Size) size).max()).min();
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
