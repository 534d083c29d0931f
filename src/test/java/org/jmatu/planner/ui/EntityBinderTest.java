package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import org.jmatu.planner.staffing.Post;
import org.junit.jupiter.api.Test;

class EntityBinderTest {

    @Test
    void aTooLongTextIsRefusedWithAMessageRatherThanCutByTheBrowser() {
        EntityBinder<Post> binder = new EntityBinder<>(Post.class);
        TextField code = new TextField();
        TextField title = new TextField();
        binder.forField(code).bind("code");
        binder.forField(title).bind("title");
        // issue 15, defect 10: a maxlength cut a 300-character name to 120 in the browser, and that was saved
        assertThat(code.getMaxLength()).isZero();
        assertThat(title.getMaxLength()).isZero();

        binder.setBean(Post.blank());
        title.setValue("x".repeat(300));
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
