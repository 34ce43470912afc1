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
import com.vaadin.flow.router.PageTitle;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Members from a CSV file: upload it, read every problem by line and column, then import all rows or none. A long
 * file imports in the background with a progress bar; the page polls for it while it runs.
 */
@Route("members/import")
@PageTitle("Import members")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class MemberImportView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(MemberImportView.class);
    private static final int POLL_MILLIS = 500;

    private final MemberImport importer;
    private final SecurityContextHolderStrategy security;

    private final Upload upload;
    private final Checkbox updateExisting = new Checkbox("update members that already exist (matched by email)");
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportIssue> errors = new Grid<>();
    /** The column-mapping step, shown when the file's first line has names no column answers to. */
    final VerticalLayout mapping = new VerticalLayout();
    final List<Select<MemberColumn>> mappingChoices = new ArrayList<>();
    private final Button importButton = new Button("Import", VaadinIcon.UPLOAD_ALT.create());
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

        Paragraph intro = new Paragraph("Upload a CSV file in UTF-8 whose first line names the columns, as the "
                + "members list's CSV download does: " + list(MemberColumn.headers(Use.REQUIRED)) + " are "
                + "required; " + list(MemberColumn.headers(Use.OPTIONAL)) + " may follow (the affiliate by its "
                + "short name; an empty country means US). The columns " + list(MemberColumn.headers(
                Use.IGNORED_ON_IMPORT)) + " are ignored: they follow from membership terms. Other systems' names "
                + "(E-mail, Email Address, Zip, Phone Number…) are understood, and columns with other names can be "
                + "matched by hand. Nothing is imported until every line is right.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        upload = new Upload(uploadHandler());
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize((int) MemberImport.MAX_BYTES);
        upload.addFileRejectedListener(e -> showFileProblem(e.getErrorMessage().toLowerCase(Locale.ROOT)
                .contains("too big") ? "The file is larger than " + MemberImport.MAX_BYTES / (1024 * 1024)
                + " MB. Split it into smaller files and import them one after the other."
                : "Choose a CSV file (.csv)."));

        summary.setId("import-summary");
        updateExisting.addValueChangeListener(e -> recheck());

        errors.addColumn(ImportIssue::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(i -> i.column() == null ? "(whole line)" : i.column()).setHeader("Column")
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportIssue::message).setHeader("Problem").setFlexGrow(1);
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
        progressText.setVisible(false);

        HorizontalLayout actions = new HorizontalLayout(importButton, progress, progressText,
                new RouterLink("Back to members", MembersView.class));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        mapping.setPadding(false);
        mapping.setVisible(false);
        add(new H2("Import members"), intro, upload, updateExisting, summary, mapping, actions, errors);
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
            choice.setHelperText(example.isBlank() ? "first row: (empty)" : "first row: " + example);
            choice.setItems(MemberColumn.values());
            choice.setItemLabelGenerator(c -> c == null ? "Ignore this column" : c.header()
                    + (c.use() == Use.REQUIRED ? " (required)" : c.use() == Use.IGNORED_ON_IMPORT ? " (not imported)"
                    : ""));
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption("Ignore this column");
            choice.setValue(read.columns().get(i));
            mappingChoices.add(choice);
            choices.add(choice);
        }
        Button use = new Button("Use these columns", e -> applyMapping());
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mapping.add(new H3("Which column is which?"), new Paragraph("Some names in the file's first line are not "
                + "columns of a members file. Choose what each column holds, or ignore it."), choices, use);
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
        String counts = file.fileName() + ": " + rows(check.rows()) + " — " + check.newMembers() + " new, "
                + check.updates() + (check.updates() == 1 ? " update" : " updates")
                + (check.unchanged() == 0 ? "" : ", " + check.unchanged() + " unchanged") + ".";
        if (file.needsMapping()) {
            summary.setText(file.fileName() + ": " + rows(check.rows()) + ". Choose the columns below, then check "
                    + "the file.");
            errors.setVisible(false);
        } else if (check.rows() == 0) {
            summary.setText(file.fileName() + " has no members in it, only the first line.");
        } else if (check.errors().isEmpty()) {
            summary.setText(counts + " Ready to import.");
        } else {
            summary.setText(counts + " " + check.errors().size() + (check.errors().size() == 1 ? " problem" :
                    " problems") + " (below): correct the file and upload it again. Nothing has been imported.");
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
        setBusy(true);
        progress.setValue(0);
        progressText.setText("Importing " + rows(toImport.size()) + "…");
        ui.setPollInterval(POLL_MILLIS);
        running = CompletableFuture.runAsync(() -> {
            security.setContext(signedIn); // the service checks roles and scopes on this thread too
            try {
                ImportResult result = importer.run(toImport, update, (done, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    progressText.setText(String.format(Locale.US, "%,d of %,d imported…", done, total));
                }));
                ui.access(() -> finished(result));
            } catch (ImportRejectedException e) {
                ui.access(() -> {
                    show(e.check());
                    summary.setText(e.getMessage() + " The database changed since the preview; see below.");
                    importButton.setEnabled(false);
                });
            } catch (BusinessRuleException | AccessDeniedException e) {
                ui.access(() -> failed(e.getMessage() + " Nothing was imported."));
            } catch (RuntimeException e) {
                log.error("Member import of {} failed", toImport.fileName(), e);
                ui.access(() -> failed("The import failed and nothing was imported. Please try again; if it happens "
                        + "again, tell an administrator."));
            } finally {
                security.clearContext();
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
        progressText.setText("Done.");
        importButton.setEnabled(false);
        errors.setVisible(false);
        upload.clearFileList();
        String message = "Imported: " + result.created() + " new " + (result.created() == 1 ? "member" : "members")
                + ", " + result.updated() + " updated" + (result.unchanged() == 0 ? "" : ", " + result.unchanged()
                + " already up to date") + ".";
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
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    private static String rows(int n) {
        return String.format(Locale.US, "%,d %s", n, n == 1 ? "row" : "rows");
    }
}
