package org.collegium.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.domain.FieldChange;
import org.collegium.base.service.AuditActions;
import org.collegium.base.service.AuditService;
import org.collegium.base.service.AuditService.AuditFilter;
import org.collegium.base.service.AuditService.EntryView;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;

/**
 * Who did what to which record, newest first; open a row to see each field before and after. A link such as
 * audit?type=Member&id=12 shows one record's history.
 */
@Route("audit")
@Menu(order = 80, title = "base.menu.audit", icon = "vaadin:records")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER})
public class AuditLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<String> type = new Select<>();
    final TextField recordId = new TextField(Messages.t("base.audit.record-id"));
    final TextField search = new TextField(Messages.t("base.audit.search"));
    final Grid<EntryView> grid = new Grid<>();
    /** Says so when an address names a record type the portal does not have (rather than showing all). */
    final Span unknownType = new Span();
    private String requestedType;

    public AuditLogView(AuditService audit, SocietyClock clock) {
        setSizeFull();
        type.setLabel(Messages.t("base.audit.record-type"));
        type.setItems(audit.entityTypes());
        type.setItemLabelGenerator(code -> code == null ? Messages.t("base.audit.any") : AuditActions.recordType(code).orElse(code));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(Messages.t("base.audit.any"));
        recordId.setWidth("8rem");
        search.setPlaceholder(Messages.t("base.audit.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        recordId.setValueChangeMode(ValueChangeMode.LAZY);
        type.addValueChangeListener(e -> {
            showType(null); // an unknown type from the address is never the select's value: any choice replaces it
            grid.getDataProvider().refreshAll();
        });
        unknownType.addClassName("audit-unknown-type");
        unknownType.setVisible(false);
        recordId.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(type, recordId, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(e -> clock.format(e.at())).setHeader(Messages.t("base.audit.when")).setAutoWidth(true);
        grid.addColumn(EntryView::actor).setHeader(Messages.t("base.audit.who")).setAutoWidth(true);
        grid.addColumn(e -> AuditActions.label(e.action())).setHeader(Messages.t("base.audit.what")).setAutoWidth(true);
        grid.addColumn(e -> AuditActions.recordType(e.entityType()).orElse(e.entityType())
                + (e.entityId() == null ? "" : " #" + e.entityId())).setHeader(Messages.t("base.audit.record")).setAutoWidth(true);
        grid.addColumn(EntryView::summary).setHeader(Messages.t("base.audit.summary")).setFlexGrow(1);
        grid.setItems(q -> audit.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) audit.count(filter()));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> changes(audit, e)));
        grid.setSizeFull();
        add(filters, unknownType, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("type").ifPresent(code -> {
            if (AuditActions.recordType(code).isPresent()) {
                type.setValue(code);
                showType(null);
            } else {
                showType(code);
            }
        });
        params.getSingleParameter("id").ifPresent(recordId::setValue);
    }

    AuditFilter filter() {
        // an unknown type from the address matches nothing, as it says, until another type is chosen
        return new AuditFilter(requestedType != null ? requestedType : type.getValue(), recordId.getValue(),
                search.getValue());
    }

    private void showType(String unknownCode) {
        requestedType = unknownCode;
        unknownType.setText(unknownCode == null ? "" : Messages.t("base.audit.unknown-type", unknownCode));
        unknownType.setVisible(unknownCode != null);
    }

    private static Div changes(AuditService audit, EntryView entry) {
        Div details = new Div();
        details.addClassName("audit-changes");
        var changes = audit.changes(entry.id());
        if (changes.isEmpty()) {
            details.add(new Span(Messages.t("base.audit.no-changes")));
        }
        for (FieldChange c : changes) {
            details.add(new Div(new Span(c.field() + ": "), new Span(c.before() == null ? Messages.t("base.audit.empty") : c.before()),
                    new Span(" → "), new Span(c.after() == null ? Messages.t("base.audit.empty") : c.after())));
        }
        return details;
    }

    @Override
    public String getPageTitle() {
        return Messages.t("base.audit.title");
    }
}
