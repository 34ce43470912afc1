package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.ui.Notifications;
import org.collegium.members.service.DuplicateService;
import org.collegium.members.service.DuplicateService.DuplicatePair;
import org.collegium.members.service.MemberRecords.MemberSummary;

/** Likely duplicate members side by side; merging keeps one record and moves the other's history onto it. */
@Route("duplicates")
@PageTitle("Possible duplicates")
@Menu(order = 12, title = "Duplicates", icon = "vaadin:copy")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class DuplicatesView extends VerticalLayout {

    private final DuplicateService service;
    final Grid<DuplicatePair> grid = new Grid<>();
    final Paragraph capped = new Paragraph("These are the first " + DuplicateService.MAX_PAIRS + " likely pairs; "
            + "more appear as these are merged.");

    public DuplicatesView(DuplicateService service) {
        this.service = service;
        setSizeFull();
        grid.addColumn(DuplicatePair::reason).setHeader("Why").setAutoWidth(true);
        grid.addColumn(p -> describe(p.first())).setHeader("Record A").setFlexGrow(1);
        grid.addColumn(p -> describe(p.second())).setHeader("Record B").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("Merge").setAutoWidth(true);
        grid.setEmptyStateText("No likely duplicates found.");
        grid.setSizeFull();
        add(new Paragraph("Members with the same email (ignoring +tags), the same name and licence, or names that "
                + "sound alike in the same state. Merging keeps the record you choose: the other's terms, payments, "
                + "requests and login move to it, its empty fields are filled in, and the other is removed."), capped,
                grid);
        refresh();
    }

    private HorizontalLayout actions(DuplicatePair pair) {
        Button keepA = new Button("Keep A", e -> confirm(pair.first(), pair.second()));
        Button keepB = new Button("Keep B", e -> confirm(pair.second(), pair.first()));
        keepA.addThemeVariants(ButtonVariant.LUMO_SMALL);
        keepB.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(keepA, keepB);
    }

    private void confirm(MemberSummary keep, MemberSummary remove) {
        ConfirmDialog dialog = new ConfirmDialog("Merge members?", "Keep " + describe(keep) + " and merge "
                + describe(remove) + " into it. This cannot be undone; the audit log records it.", "Merge", e -> {
                    try {
                        service.merge(keep.id(), remove.id());
                        Notifications.success("Merged into " + keep.fullName() + ".");
                        refresh();
                    } catch (BusinessRuleException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** At most MAX_PAIRS pairs, found by indexed queries: a short list, shown whole. */
    private void refresh() {
        List<DuplicatePair> pairs = service.findPairs();
        grid.setItems(pairs);
        capped.setVisible(pairs.size() >= DuplicateService.MAX_PAIRS);
    }

    private static String describe(MemberSummary m) {
        return m.fullName() + " · " + m.email() + " · " + m.status().label()
                + (m.licence() == null ? "" : " · " + m.licence()) + " (#" + m.id() + ")";
    }
}
