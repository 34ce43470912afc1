package org.collegium.externalce.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.ui.FieldMessages;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.externalce.service.CertificateFiles;
import org.collegium.externalce.service.ExternalCeRecords.CertificateUpload;
import org.collegium.externalce.service.ExternalCeRecords.CheckedCertificate;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeForm;
import org.collegium.externalce.service.ExternalCeService;

/**
 * The member's form for one external CE record, with its certificate: an uploaded file is checked at once by the
 * service (the same checks as on saving) and held here only once it passed; a refused one is said next to the upload.
 */
class ExternalCeEditor extends FormLayout {

    final TextField provider = new TextField(Messages.t("externalce.field.provider"));
    final TextField title = new TextField(Messages.t("externalce.field.title"));
    final DatePicker earnedOn = new DatePicker(Messages.t("externalce.field.earnedOn"));
    final BigDecimalField hours = new BigDecimalField(Messages.t("externalce.field.hours"));
    final Select<CeFormality> formality = new Select<>();
    final Select<CeDelivery> delivery = new Select<>();
    final CheckboxGroup<CeTopic> topics = new CheckboxGroup<>();
    final Upload upload;
    /** What became of the file: its name once checked, or why it was refused (also the field's error). */
    final Paragraph file = new Paragraph();
    final FieldMessages messages = new FieldMessages();
    private final ExternalCeService service;
    private CertificateUpload certificate;
    private long version;

    ExternalCeEditor(ExternalCeService service) {
        this.service = service;
        formality.setLabel(Messages.t("externalce.field.formality"));
        formality.setItems(CeFormality.values());
        formality.setItemLabelGenerator(CeFormality::label);
        formality.setHelperText(Messages.t("externalce.field.formality.help"));
        delivery.setLabel(Messages.t("externalce.field.delivery"));
        delivery.setItems(CeDelivery.values());
        delivery.setItemLabelGenerator(CeDelivery::label);
        topics.setLabel(Messages.t("externalce.field.topics"));
        topics.setItems(CeTopic.values());
        topics.setItemLabelGenerator(CeTopic::label);
        hours.setHelperText(Messages.t("externalce.field.hours.help"));
        upload = new Upload(handler());
        UploadI18N words = new UploadI18N();
        words.setAddFiles(new UploadI18N.AddFiles().setOne(Messages.t("externalce.field.certificate.add"))
                .setMany(Messages.t("externalce.field.certificate.add")));
        words.setDropFiles(new UploadI18N.DropFiles().setOne(Messages.t("externalce.field.certificate.drop"))
                .setMany(Messages.t("externalce.field.certificate.drop")));
        upload.setI18n(words);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CertificateFiles.MAX_BYTES);
        upload.addFileRejectedListener(e -> refused(e.getErrorMessage().toLowerCase(java.util.Locale.ROOT)
                .contains("too big") ? Messages.t("externalce.file.too-large", CertificateFiles.MAX_BYTES / (1024 * 1024))
                : Messages.t("externalce.file.wrong-type")));
        upload.getElement().setAttribute("aria-label", Messages.t("externalce.field.certificate"));
        file.setId("certificate-file");
        add(provider, title, earnedOn, hours, formality, delivery, topics);
        add(new Paragraph(Messages.t("externalce.field.certificate.help", CertificateFiles.MAX_BYTES / (1024 * 1024))),
                upload, file);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
        setColspan(topics, 2);
        messages.bind("provider", provider).bind("title", title).bind("earnedOn", earnedOn).bind("hours", hours)
                .bind("formality", formality).bind("delivery", delivery);
    }

    /** Reads the file as it arrives (refused past the limit), has the service check it, and keeps it only if good. */
    private UploadHandler handler() {
        return event -> {
            var ui = event.getUI();
            String name = event.getFileName();
            try (InputStream in = event.getInputStream()) {
                CertificateUpload read = new CertificateUpload(name, CertificateFiles.read(in));
                CheckedCertificate checked = service.check(read);
                ui.access(() -> accepted(read, checked));
            } catch (BusinessRuleException e) {
                ui.access(() -> refused(name + ": " + e.getMessage()));
            } catch (IOException e) {
                ui.access(() -> refused(Messages.t("externalce.file.not-received")));
            }
        };
    }

    private void accepted(CertificateUpload read, CheckedCertificate checked) {
        certificate = read;
        file.setText(Messages.t("externalce.file.accepted", checked.fileName(), checked.type().name(),
                org.collegium.base.service.Formats.decimal(checked.size() / 1024.0, 0)));
        file.getElement().removeAttribute("role");
    }

    void refused(String why) {
        certificate = null;
        upload.clearFileList();
        file.setText(why);
        file.getElement().setAttribute("role", "alert");
    }

    void read(ExternalCeForm f, String currentFile) {
        messages.clear();
        provider.setValue(f.provider() == null ? "" : f.provider());
        title.setValue(f.title() == null ? "" : f.title());
        earnedOn.setValue(f.earnedOn());
        hours.setValue(f.hours());
        formality.setValue(f.formality());
        delivery.setValue(f.delivery());
        topics.setValue(f.topics() == null || f.topics().isEmpty() ? EnumSet.noneOf(CeTopic.class)
                : EnumSet.copyOf(f.topics()));
        certificate = null;
        upload.clearFileList();
        file.getElement().removeAttribute("role");
        file.setText(currentFile == null ? "" : Messages.t("externalce.file.current", currentFile));
        version = f.version();
    }

    ExternalCeForm write() {
        return new ExternalCeForm(provider.getValue(), title.getValue(), earnedOn.getValue(), hours.getValue(),
                formality.getValue(), delivery.getValue(), topics.getValue(), version);
    }

    /** The checked file waiting to be saved, or null (none chosen, or it was refused). */
    CertificateUpload certificate() {
        return certificate;
    }

    /** Shows the service's word on the certificate next to the upload. */
    void certificateProblem(String message) {
        refused(message);
    }
}
