package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import org.jmatu.planner.staffing.Post;
import org.junit.jupiter.api.Test;

class EntityBinderTest {

    @Test
    void aTextFieldTakesNoMoreThanItsColumnHoldsAndSaysWhyAtItsLimit() {
        EntityBinder<Post> binder = new EntityBinder<>(Post.class);
        TextField code = new TextField();
        TextField title = new TextField();
        binder.forField(code).bind("code");
        binder.forField(title).bind("title");
        assertThat(code.getMaxLength()).isEqualTo(20);
        assertThat(title.getMaxLength()).isEqualTo(120);

        binder.setBean(Post.blank());
        title.setValue("x".repeat(121));
        assertThat(binder.validate().getFieldValidationErrors())
                .anyMatch(error -> error.getField() == title
                        && error.getMessage().orElseThrow().equals("must be at most 120 characters"));
        // a value that comes by another way than the form (an import) meets the entity's check, in the same words
        Post imported = Post.blank();
        imported.setTitle("x".repeat(121));
        assertThat(Validation.buildDefaultValidatorFactory().getValidator().validateProperty(imported, "title"))
                .extracting(ConstraintViolation::getMessage).containsExactly("must be at most 120 characters");
    }
}
