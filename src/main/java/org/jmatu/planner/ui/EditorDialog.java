package org.jmatu.planner.ui;

import org.jmatu.planner.shared.EditHistory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.ReferencedRecordException;
import org.jmatu.planner.shared.VersionedEntity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one editor every data view opens: a form bound by bean validation, and the save/delete paths with
 * their failures handled the same way everywhere. A refused delete names what still refers to the record;
 * a save that lost a race opens a {@link ConflictDialog} instead of overwriting anyone.
 *
 * <p>The view adds its fields to {@link #form()} and binds them on {@link #binder()}; nothing else.
 */
public final class EditorDialog<T extends VersionedEntity> extends Dialog {

    private final String noun;
    private final EntityBinder<T> binder;
    private final UnaryOperator<T> save;
    private final Consumer<T> delete;
    private final Runnable onChange;
    private final FormLayout form = new FormLayout();
    private final Span status = new Span();
    private final Button deleteButton = new Button(getTranslation("editor.delete"));
    private final Button saveButton = new Button(getTranslation("editor.save"), event -> save());
    private final Button cancel = new Button(getTranslation("editor.cancel"), event -> closeAskingToDiscard());
    private boolean editable = true;
    private T record;
    /** The form's values as opened, to tell the fields the user changed from those they left alone. */
    private Map<Binding<T, ?>, Object> opened = Map.of();
    private Instant openedAt;

    /**
     * @param noun     what is edited, for titles and messages ("nation"), already in the user's language
     * @param save     the service's save, returning the stored record
     * @param delete   the service's delete, or null when the record cannot be deleted here
     * @param onChange called after anything was stored or deleted, to refresh the list
     */
    public EditorDialog(String noun, Class<T> type, UnaryOperator<T> save, Consumer<T> delete, Runnable onChange) {
        this.noun = noun;
        this.binder = new EntityBinder<>(type);
        this.save = save;
        this.delete = delete;
        this.onChange = onChange;

        status.addClassName("form-status");
        status.getStyle().set("color", "var(--lumo-error-text-color)");
        binder.setStatusLabel(status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form, status);

        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteButton.addClickListener(event -> confirmDelete());
        deleteButton.setVisible(false);
        // kept apart from Save so that it is not hit by accident
        deleteButton.getStyle().set("margin-inline-end", "auto");
        getFooter().add(deleteButton, cancel, saveButton);
        setWidth("min(48em, 95vw)");
        setCloseOnOutsideClick(false);
        // Escape comes here instead of closing at once, so that unsaved edits are not lost without asking
        addDialogCloseActionListener(event -> closeAskingToDiscard());
    }

    /**
     * Whether the signed-in user may change these records. A reader gets the same form, read-only, with no
     * Save or Delete: the view decides by role, the service refuses anyway.
     */
    public void setEditable(boolean editable) {
        this.editable = editable;
    }

    public FormLayout form() {
        return form;
    }

    public BeanValidationBinder<T> binder() {
        return binder;
    }

    /** The record the form shows (after a reload, the stored version). */
    public T record() {
        return record;
    }

    public void edit(T record) {
        this.record = record;
        setHeaderTitle(record.isNew() ? getTranslation("editor.title.new", noun)
                : editable ? getTranslation("editor.title.edit", noun, record.toString())
                : capitalised(noun) + " " + record);
        deleteButton.setVisible(editable && delete != null && !record.isNew());
        saveButton.setVisible(editable);
        cancel.setText(getTranslation(editable ? "editor.cancel" : "editor.close"));
        status.setText("");
        binder.readBean(record);
        binder.setReadOnly(!editable);
        opened = new HashMap<>();
        binder.allBindings().forEach(binding -> opened.put(binding, binding.getField().getValue()));
        openedAt = Instant.now();
        open();
    }

    /** Closes at once when nothing was changed; otherwise asks first whether to discard the changes. */
    void closeAskingToDiscard() {
        if (!binder.hasChanges()) {
            close();
            return;
        }
        ConfirmDialog discard = new ConfirmDialog();
        discard.setHeader(getTranslation("editor.discard.title", noun));
        discard.setText(getTranslation("editor.discard.text"));
        discard.setCancelable(true);
        discard.setCancelText(getTranslation("editor.discard.keep"));
        discard.setConfirmText(getTranslation("editor.discard.confirm"));
        discard.setConfirmButtonTheme("error primary");
        discard.addConfirmListener(event -> close());
        discard.open();
    }

    void save() {
        try {
            binder.writeBean(record);
        } catch (ValidationException invalid) {
            return; // the binder has put each message at its field or in the status line
        }
        store(record);
    }

    /** Stores {@code candidate} (the user's values already written onto it) and reports how that went. */
    void store(T candidate) {
        try {
            T stored = save.apply(candidate);
            Notices.success(getTranslation("editor.saved", capitalised(noun), stored.toString()));
            close();
            onChange.run();
        } catch (EditConflictException conflict) {
            resolve(conflict);
        } catch (DataIntegrityViolationException refused) {
            Notices.error(getTranslation("editor.not-saved.duplicate", capitalised(noun), noun));
            // the list item already carries the refused values; show what is really stored
            onChange.run();
        } catch (AccessDeniedException refused) {
            // the service decides who may change what; the editor only says so instead of failing
            Notices.error(getTranslation("editor.not-saved", capitalised(noun), refusal(refused)));
            close();
            onChange.run();
        }
    }

    @SuppressWarnings("unchecked")
    private void resolve(EditConflictException conflict) {
        if (conflict.stored() == null) {
            Notices.error(conflictNotice(conflict));
            close();
            onChange.run();
            return;
        }
        onChange.run(); // the list shows the stored version while the user decides
        T stored = (T) conflict.stored();
        new ConflictDialog<>(noun, binder, touched(), stored, history(stored), this::keepTheirs,
                this::overwriteWithMine).open();
    }

    /** The bindings whose field the user changed since opening the form. */
    private Set<Binding<T, ?>> touched() {
        return binder.allBindings().stream()
                .filter(binding -> !Objects.equals(binding.getField().getValue(), opened.get(binding)))
                .collect(Collectors.toSet());
    }

    /** Who saved what meanwhile, from the audit trail where the record has one (and the user may read it). */
    private List<String> history(T stored) {
        try {
            return VaadinService.getCurrent().getInstantiator().getOrCreate(EditHistory.class)
                    .changesSince(stored, openedAt);
        } catch (AccessDeniedException notForThisRole) {
            return List.of();
        }
    }

    private void keepTheirs(T stored) {
        edit(stored);
        onChange.run();
    }

    /** Puts only the fields the user changed onto the stored version: the other person's changes stay. */
    private void overwriteWithMine(T stored) {
        try {
            binder.writeBean(stored, touched());
        } catch (ValidationException invalid) {
            return;
        }
        record = stored;
        store(stored);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("editor.delete.title", noun, record.toString()));
        confirm.setText(getTranslation("editor.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.cancel"));
        confirm.setConfirmText(getTranslation("editor.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> delete());
        confirm.open();
    }

    void delete() {
        try {
            delete.accept(record);
            Notices.success(getTranslation("editor.deleted", capitalised(noun), record.toString()));
            close();
            onChange.run();
        } catch (ReferencedRecordException referenced) {
            Notices.error(getTranslation("editor.referenced", capitalised(noun), record.toString(),
                    referenced.references().text()));
        } catch (EditConflictException conflict) {
            Notices.error(conflictNotice(conflict));
            close();
            onChange.run();
        } catch (AccessDeniedException refused) {
            Notices.error(getTranslation("editor.not-deleted", capitalised(noun), refusal(refused)));
            close();
        }
    }

    /** Someone else changed or deleted the record meanwhile. */
    private String conflictNotice(EditConflictException conflict) {
        return getTranslation(conflict.stored() == null ? "editor.conflict.deleted" : "editor.conflict.changed",
                capitalised(noun), record.toString());
    }

    /** The service's own reason when it gave one; Spring's generic "Access Denied" otherwise says little. */
    private String refusal(AccessDeniedException refused) {
        String message = refused.getMessage();
        return message == null || message.equals("Access Denied") ? getTranslation("editor.refused.role") : message;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
