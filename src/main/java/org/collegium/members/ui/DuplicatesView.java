package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.Notifications;
import org.collegium.members.service.DuplicateService;
import org.collegium.members.service.DuplicateService.DuplicatePair;
import org.collegium.members.service.MemberRecords.MemberSummary;

/** Likely duplicate members side by side; merging keeps one record and moves the other's history onto it. */
@Route("duplicates")
@Menu(order = 12, title = "members.menu.duplicates", icon = "vaadin:copy")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class DuplicatesView extends VerticalLayout implements HasDynamicTitle {

    private final DuplicateService service;
    final Grid<DuplicatePair> grid = new Grid<>();
    final Paragraph capped = new Paragraph(t("members.duplicates.capped", DuplicateService.MAX_PAIRS));

    public DuplicatesView(DuplicateService service) {
        this.service = service;
        setSizeFull();
        grid.addColumn(DuplicatePair::reason).setHeader(t("members.duplicates.why")).setAutoWidth(true);
        grid.addColumn(p -> describe(p.first())).setHeader(t("members.duplicates.a")).setFlexGrow(1);
        grid.addColumn(p -> describe(p.second())).setHeader(t("members.duplicates.b")).setFlexGrow(1);
        // the merge buttons stay in view on a phone and at 1280 px: last, frozen to the end
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(t("members.duplicates.merge"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(t("members.duplicates.none"));
        grid.setSizeFull();
        add(new Paragraph(t("members.duplicates.intro")), capped, grid);
        refresh();
    }

    private HorizontalLayout actions(DuplicatePair pair) {
        Button keepA = new Button(t("members.duplicates.keep-a"), e -> confirm(pair.first(), pair.second()));
        Button keepB = new Button(t("members.duplicates.keep-b"), e -> confirm(pair.second(), pair.first()));
        // "Keep A" alone does not say which record: the accessible name does
        keepA.setAriaLabel(t("members.duplicates.keep-a.label", describe(pair.first())));
        keepB.setAriaLabel(t("members.duplicates.keep-b.label", describe(pair.second())));
        keepA.addThemeVariants(ButtonVariant.LUMO_SMALL);
        keepB.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(keepA, keepB);
    }

    private void confirm(MemberSummary keep, MemberSummary remove) {
        ConfirmDialog dialog = new ConfirmDialog(t("members.duplicates.confirm.title"),
                t("members.duplicates.confirm.text", describe(keep), describe(remove)),
                t("members.duplicates.confirm.merge"), e -> {
                    try {
                        service.merge(keep.id(), remove.id());
                        Notifications.success(t("members.duplicates.done", keep.fullName()));
                        refresh();
                    } catch (BusinessRuleException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(t("members.member.cancel"));
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

    @Override
    public String getPageTitle() {
        return t("members.duplicates.title");
    }

    private static String t(String key, Object... args) {
        return Messages.t(key, args);
    }
}
