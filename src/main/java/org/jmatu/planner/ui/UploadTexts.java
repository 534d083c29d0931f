package org.jmatu.planner.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import org.jmatu.planner.shared.I18n;

/** The upload component's own words (its button, drop hint, errors and progress) in the user's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N current() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(I18n.t("upload.add.one"))
                        .setMany(I18n.t("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(I18n.t("upload.drop.one"))
                        .setMany(I18n.t("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(I18n.t("upload.error.too-many"))
                        .setFileIsTooBig(I18n.t("upload.error.too-big"))
                        .setIncorrectFileType(I18n.t("upload.error.type")))
                .setFile(new UploadI18N.File().setRetry(I18n.t("upload.file.retry"))
                        .setStart(I18n.t("upload.file.start")).setRemove(I18n.t("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(I18n.t("upload.status.connecting"))
                                .setStalled(I18n.t("upload.status.stalled"))
                                .setProcessing(I18n.t("upload.status.processing"))
                                .setHeld(I18n.t("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(I18n.t("upload.remaining.prefix"))
                                .setUnknown(I18n.t("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(I18n.t("upload.error.server-unavailable"))
                                .setUnexpectedServerError(I18n.t("upload.error.server"))
                                .setForbidden(I18n.t("upload.error.forbidden"))
                                .setFileTooLarge(I18n.t("upload.error.too-big"))))
                .setUnits(List.of(I18n.t("upload.units").split(",")));
    }
}
