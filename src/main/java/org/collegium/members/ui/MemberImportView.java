package org.collegium.members.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.Notifications;
import org.collegium.members.service.MemberColumn;
import org.collegium.members.service.MemberColumn.Use;
import org.collegium.members.service.MemberImport;
import org.collegium.members.service.MemberImport.ImportCheck;
import org.collegium.members.service.MemberImport.ImportFile;
import org.collegium.members.service.MemberImport.ImportIssue;
import org.collegium.members.service.MemberImport.ImportRejectedException;
import org.collegium.members.service.MemberImport.ImportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Members from a CSV file: upload it, read every problem by line and column, then import all rows or none. A long
 * file imports in the background with a progress bar; the page polls for it while it runs.
 */
@Route("members/import")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class MemberImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(MemberImportView.class);
    private static final int POLL_MILLIS = 500;

    private final MemberImport importer;
    private final SecurityContextHolderStrategy security;

    private final Upload upload;
    private final Checkbox updateExisting = new Checkbox(t("members.import.update-existing"));
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportIssue> errors = new Grid<>();
    /** The column-mapping step, shown when the file's first line has names no column answers to. */
    final VerticalLayout mapping = new VerticalLayout();
    final List<Select<MemberColumn>> mappingChoices = new ArrayList<>();
    private final Button importButton = new Button(t("members.import.button"), VaadinIcon.UPLOAD_ALT.create());
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private ImportFile file;
    private ImportCheck lastCheck;
    /** The import running in the background, while it runs. */
    private CompletableFuture<Void> running;

    public MemberImportView(MemberImport importer, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.importer = importer;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        setSizeFull();

        Paragraph intro = new Paragraph(t("members.import.intro", list(MemberColumn.headers(Use.REQUIRED)),
                list(MemberColumn.headers(Use.OPTIONAL)), list(MemberColumn.headers(Use.IGNORED_ON_IMPORT))));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        upload = new Upload(uploadHandler());
        UploadI18N words = new UploadI18N();
        words.setAddFiles(new UploadI18N.AddFiles().setOne(t("members.import.upload")).setMany(t("members.import.upload")));
        words.setDropFiles(new UploadI18N.DropFiles().setOne(t("members.import.drop")).setMany(t("members.import.drop")));
        upload.setI18n(words); // the rejection texts stay Vaadin's: the listener below words its own
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize((int) MemberImport.MAX_BYTES);
        upload.addFileRejectedListener(e -> showFileProblem(e.getErrorMessage().toLowerCase(Locale.ROOT)
                .contains("too big") ? t("members.import.too-large", MemberImport.MAX_BYTES / (1024 * 1024))
                : t("members.import.choose-csv")));

        summary.setId("import-summary");
        updateExisting.addValueChangeListener(e -> recheck());

        errors.addColumn(ImportIssue::line).setHeader(t("members.import.issues.line")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(i -> i.column() == null ? t("members.import.issues.whole-line") : i.column())
                .setHeader(t("members.import.issues.column")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportIssue::message).setHeader(t("members.import.issues.problem")).setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setVisible(false);
        errors.setSizeFull();

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> startImport());
        progress.setMin(0);
        progress.setMax(1);
        progress.setVisible(false);
        progress.setWidth("20rem");
        progress.setMaxWidth("100%");
        progress.getElement().setAttribute("aria-label", t("members.import.progress"));
        progressText.setVisible(false);

        HorizontalLayout actions = new HorizontalLayout(importButton, progress, progressText,
                new RouterLink(t("members.member.back"), MembersView.class));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        mapping.setPadding(false);
        mapping.setVisible(false);
        add(new H2(t("members.import.title")), intro, upload, updateExisting, summary, mapping, actions, errors);
    }

    /** Reads the upload as it streams in (the service stops at the size limit), then shows the preview. */
    private UploadHandler uploadHandler() {
        return event -> {
            UI ui = event.getUI();
            String name = event.getFileName();
            ImportFile read;
            try (InputStream in = event.getInputStream()) {
                read = importer.read(name, in);
            } catch (BusinessRuleException | AccessDeniedException e) {
                ui.access(() -> {
                    upload.clearFileList(); // ready for the corrected file
                    showFileProblem(name + ": " + e.getMessage());
                });
                return;
            }
            ui.access(() -> {
                upload.clearFileList();
                file = read;
                showMapping(read);
                recheck();
            });
        };
    }

    /**
     * One choice per column of the file, preset where its name was recognised; the person picks a column for each
     * name that was not, or leaves it ignored. Nothing is checked until they confirm.
     */
    private void showMapping(ImportFile read) {
        mapping.removeAll();
        mappingChoices.clear();
        mapping.setVisible(read.needsMapping());
        if (!read.needsMapping()) {
            return;
        }
        FormLayout choices = new FormLayout();
        choices.setMaxWidth("60rem");
        for (int i = 0; i < read.headers().size(); i++) {
            Select<MemberColumn> choice = new Select<>();
            String example = read.rows().isEmpty() || read.rows().getFirst().values().size() <= i ? ""
                    : read.rows().getFirst().values().get(i);
            choice.setLabel("\"" + read.headers().get(i) + "\"");
            choice.setHelperText(example.isBlank() ? t("members.import.mapping.example.empty")
                    : t("members.import.mapping.example", example));
            choice.setItems(MemberColumn.values());
            choice.setItemLabelGenerator(c -> c == null ? t("members.import.mapping.ignore")
                    : c.use() == Use.REQUIRED ? t("members.import.mapping.required", c.header())
                    : c.use() == Use.IGNORED_ON_IMPORT ? t("members.import.mapping.not-imported", c.header())
                    : c.header());
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(t("members.import.mapping.ignore"));
            choice.setValue(read.columns().get(i));
            mappingChoices.add(choice);
            choices.add(choice);
        }
        Button use = new Button(t("members.import.mapping.use"), e -> applyMapping());
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mapping.add(new H3(t("members.import.mapping.title")), new Paragraph(t("members.import.mapping.intro")),
                choices, use);
    }

    private void applyMapping() {
        if (file == null) {
            return;
        }
        try {
            file = importer.map(file, mappingChoices.stream().map(Select::getValue).toList());
            mapping.setVisible(false);
            recheck();
        } catch (BusinessRuleException | AccessDeniedException e) {
            summary.setText(e.getMessage());
        }
    }

    private void recheck() {
        if (file == null || running != null) {
            return;
        }
        try {
            show(importer.check(file, updateExisting.getValue()));
        } catch (BusinessRuleException | AccessDeniedException e) {
            showFileProblem(e.getMessage());
        }
    }

    private void show(ImportCheck check) {
        lastCheck = check;
        errors.setItems(check.errors());
        errors.setVisible(!check.errors().isEmpty());
        importButton.setEnabled(check.ready());
        String counts = t(check.unchanged() == 0 ? "members.import.counts" : "members.import.counts.unchanged",
                file.fileName(), check.rows(), check.newMembers(), check.updates(), check.unchanged());
        if (file.needsMapping()) {
            summary.setText(t("members.import.choose-columns", file.fileName(), check.rows()));
            errors.setVisible(false);
        } else if (check.rows() == 0) {
            summary.setText(t("members.import.only-header", file.fileName()));
        } else if (check.errors().isEmpty()) {
            summary.setText(counts + " " + t("members.import.ready"));
        } else {
            summary.setText(counts + " " + t("members.import.problems", check.errors().size()));
        }
    }

    private void showFileProblem(String message) {
        file = null;
        mapping.setVisible(false);
        lastCheck = null;
        errors.setItems(List.of());
        errors.setVisible(false);
        importButton.setEnabled(false);
        summary.setText(message);
    }

    private void startImport() {
        if (file == null || running != null) {
            return;
        }
        UI ui = UI.getCurrent();
        ImportFile toImport = file;
        boolean update = updateExisting.getValue();
        SecurityContext signedIn = security.getContext();
        LocaleContext language = Messages.detached();
        setBusy(true);
        progress.setValue(0);
        progressText.setText(t("members.import.running", toImport.size()));
        ui.setPollInterval(POLL_MILLIS);
        running = CompletableFuture.runAsync(() -> {
            security.setContext(signedIn); // the service checks roles and scopes on this thread too
            LocaleContextHolder.setLocaleContext(language); // and writes its messages in the person's language
            try {
                ImportResult result = importer.run(toImport, update, (done, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    progressText.setText(t("members.import.progress.text", done, total));
                }));
                ui.access(() -> finished(result));
            } catch (ImportRejectedException e) {
                ui.access(() -> {
                    show(e.check());
                    summary.setText(e.getMessage() + " " + t("members.import.changed-meanwhile"));
                    importButton.setEnabled(false);
                });
            } catch (BusinessRuleException | AccessDeniedException e) {
                String message = e.getMessage() + " " + t("members.import.nothing-imported");
                ui.access(() -> failed(message));
            } catch (RuntimeException e) {
                log.error("Member import of {} failed", toImport.fileName(), e);
                String message = t("members.import.failed");
                ui.access(() -> failed(message));
            } finally {
                security.clearContext();
                LocaleContextHolder.resetLocaleContext();
                ui.access(() -> {
                    running = null;
                    setBusy(false);
                    ui.setPollInterval(-1);
                });
            }
        }, task -> Thread.ofVirtual().name("member-import").start(task));
    }

    private void finished(ImportResult result) {
        file = null;
        lastCheck = null;
        progress.setValue(1);
        progressText.setText(t("members.import.done"));
        importButton.setEnabled(false);
        errors.setVisible(false);
        upload.clearFileList();
        String message = t(result.unchanged() == 0 ? "members.import.imported" : "members.import.imported.unchanged",
                result.created(), result.updated(), result.unchanged());
        summary.setText(message);
        Notifications.success(message);
    }

    private void failed(String message) {
        summary.setText(message);
        Notifications.error(message);
    }

    private void setBusy(boolean busy) {
        upload.setEnabled(!busy);
        updateExisting.setEnabled(!busy);
        boolean done = progress.getValue() >= 1;
        progress.setVisible(busy || done);
        progressText.setVisible(busy || done);
        importButton.setEnabled(!busy && file != null && lastCheck != null && lastCheck.ready());
    }

    private static String list(List<String> words) {
        return t("members.import.list", String.join(", ", words.subList(0, words.size() - 1)), words.getLast());
    }

    @Override
    public String getPageTitle() {
        return t("members.import.title");
    }

    private static String t(String key, Object... args) {
        return Messages.t(key, args);
    }
}
