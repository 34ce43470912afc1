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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import java.util.concurrent.CompletableFuture;
import org.collegium.backups.domain.BackupFile;
import org.collegium.backups.service.BackupService;
import org.collegium.backups.service.BackupService.Setup;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.DatabaseOutage;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.DownloadLink;
import org.collegium.base.ui.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** An administrator sees the backups (time, size), downloads one, and takes one now. */
@Route("admin/backups")
@Menu(order = 93, title = "backups.menu.backups", icon = "vaadin:archive")
@RolesAllowed(Access.ADMIN)
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final BackupService backups;
    private final SocietyClock clock;
    private final SecurityContextHolderStrategy security;
    private final Grid<BackupFile> grid = new Grid<>(BackupFile.class, false);
    private final Button backUpNow = new Button(Messages.t("backups.now"));
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private volatile long written;
    private Registration polling;

    public BackupsView(BackupService backups, SocietyClock clock, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.backups = backups;
        this.clock = clock;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        Setup setup = backups.setup();
        Paragraph where = new Paragraph(Messages.t("backups.where", setup.keepDays(), setup.dir(), setup.tool()));
        add(where);
        if (!setup.toolAvailable()) {
            Paragraph none = new Paragraph(Messages.t("backups.no-tool", setup.tool()));
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

        grid.addColumn(b -> clock.format(b.takenAt())).setHeader(Messages.t("backups.column.taken"))
                .setFlexGrow(1);
        grid.addColumn(b -> size(b.size())).setHeader(Messages.t("backups.column.size")).setAutoWidth(true)
                .setFlexGrow(0);
        // the action column: last, kept in view on a phone and at 1280 px
        grid.addComponentColumn(b -> DownloadLink.of(download(b.name()), Messages.t("backups.download"),
                Messages.t("backups.download.label", clock.format(b.takenAt()))))
                .setHeader(Messages.t("backups.column.download")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(Messages.t("backups.empty"));
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
        status.setText(Messages.t("backups.running"));
        written = 0;
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> status.setText(Messages.t("backups.running.written", size(written))));
        LocaleContext language = Messages.detached(); // the person's language and zone
        CompletableFuture.runAsync(() -> {
            security.setContext(signedIn); // the service checks the role on this thread too
            LocaleContextHolder.setLocaleContext(language); // and speaks to them in their language
            try {
                BackupFile done = backups.backUpNow(bytes -> written = bytes);
                ui.access(() -> finished(Messages.t("backups.taken", clock.format(done.takenAt()),
                        size(done.size())), true));
            } catch (BusinessRuleException | AccessDeniedException e) {
                ui.access(() -> finished(e.getMessage(), false));
            } catch (RuntimeException e) {
                String message = DatabaseOutage.causedBy(e) ? DatabaseOutage.message()
                        : Messages.t("backups.failed");
                ui.access(() -> finished(message, false));
            } finally {
                security.clearContext();
                LocaleContextHolder.resetLocaleContext();
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

    /** A file's size as the viewer writes numbers: "812 B", "3.4 KB", "12.5 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return Messages.t("backups.size.bytes", Formats.integer(bytes));
        }
        if (bytes < 1024 * 1024) {
            return Messages.t("backups.size.kb", Formats.decimal(bytes / 1024.0, 1));
        }
        return Messages.t("backups.size.mb", Formats.decimal(bytes / (1024.0 * 1024), 1));
    }

    @Override
    public String getPageTitle() {
        return Messages.t("backups.page-title");
    }
}
