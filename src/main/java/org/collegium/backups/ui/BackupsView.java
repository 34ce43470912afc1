package org.collegium.backups.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.collegium.backups.domain.BackupFile;
import org.collegium.backups.service.BackupService;
import org.collegium.backups.service.BackupService.Setup;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.DatabaseOutage;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.DownloadLink;
import org.collegium.base.ui.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** An administrator sees the backups (time, size), downloads one, and takes one now. */
@Route("admin/backups")
@PageTitle("Backups")
@Menu(order = 93, title = "Backups", icon = "vaadin:archive")
@RolesAllowed(Access.ADMIN)
public class BackupsView extends VerticalLayout {

    private static final int POLL_MILLIS = 500;

    private final BackupService backups;
    private final SocietyClock clock;
    private final SecurityContextHolderStrategy security;
    private final Grid<BackupFile> grid = new Grid<>(BackupFile.class, false);
    private final Button backUpNow = new Button("Back up now");
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private volatile long written;
    private Registration polling;

    public BackupsView(BackupService backups, SocietyClock clock, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.backups = backups;
        this.clock = clock;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        Setup setup = backups.setup();
        Paragraph where = new Paragraph("A backup is taken every night and kept for " + setup.keepDays()
                + " days in " + setup.dir() + ". Dump tool: " + setup.tool());
        add(where);
        if (!setup.toolAvailable()) {
            Paragraph none = new Paragraph("No backup can be taken on this machine. " + setup.tool());
            none.getStyle().set("color", "var(--lumo-error-text-color)");
            none.getElement().setAttribute("role", "alert");
            add(none);
            backUpNow.setEnabled(false);
        }
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.addClickListener(e -> start(e.getSource().getUI().orElseThrow()));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.getElement().setAttribute("aria-live", "polite");

        grid.addColumn(b -> clock.format(b.takenAt())).setHeader("Taken").setAutoWidth(true);
        grid.addColumn(b -> size(b.size())).setHeader("Size").setAutoWidth(true);
        grid.addComponentColumn(b -> DownloadLink.of(download(b.name()), "Download",
                "Download the backup taken " + clock.format(b.takenAt()))).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No backups yet.");
        add(backUpNow, progress, status, grid);
        refresh();
    }

    private void refresh() {
        // a folder of files kept for days: a few dozen at most, so the whole list is read (not a database table)
        grid.setItems(backups.list());
    }

    private void start(UI ui) {
        SecurityContext signedIn = security.getContext();
        backUpNow.setEnabled(false);
        progress.setVisible(true);
        status.setText("Backing up…");
        written = 0;
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> status.setText("Backing up… " + size(written) + " written"));
        CompletableFuture.runAsync(() -> {
            security.setContext(signedIn); // the service checks the role on this thread too
            try {
                BackupFile done = backups.backUpNow(bytes -> written = bytes);
                ui.access(() -> finished("Backup taken at " + clock.format(done.takenAt()) + " ("
                        + size(done.size()) + ").", true));
            } catch (BusinessRuleException | AccessDeniedException e) {
                ui.access(() -> finished(e.getMessage(), false));
            } catch (RuntimeException e) {
                String message = DatabaseOutage.causedBy(e) ? DatabaseOutage.MESSAGE
                        : "The backup failed. Please try again; if it happens again, tell an administrator.";
                ui.access(() -> finished(message, false));
            } finally {
                security.clearContext();
            }
        }, task -> Thread.ofVirtual().name("backup-now").start(task));
    }

    private void finished(String message, boolean ok) {
        UI.getCurrent().setPollInterval(-1);
        polling.remove();
        progress.setVisible(false);
        backUpNow.setEnabled(true);
        status.setText(message);
        if (ok) {
            Notifications.success(message);
            refresh();
        } else {
            Notifications.error(message);
        }
    }

    private DownloadHandler download(String name) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                return new DownloadResponse(backups.open(name), name, "application/gzip", -1);
            } catch (NotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.US, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.US, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
