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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.domain.FieldChange;
import org.collegium.base.service.AuditActions;
import org.collegium.base.service.AuditService;
import org.collegium.base.service.AuditService.AuditFilter;
import org.collegium.base.service.AuditService.EntryView;
import org.collegium.base.service.SocietyClock;

/**
 * Who did what to which record, newest first; open a row to see each field before and after. A link such as
 * audit?type=Member&id=12 shows one record's history.
 */
@Route("audit")
@PageTitle("Audit log")
@Menu(order = 80, title = "Audit log", icon = "vaadin:records")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER})
public class AuditLogView extends VerticalLayout implements BeforeEnterObserver {

    final Select<String> type = new Select<>();
    final TextField recordId = new TextField("Record id");
    final TextField search = new TextField("Search");
    final Grid<EntryView> grid = new Grid<>();
    /** Says so when an address names a record type the portal does not have (rather than showing all). */
    final Span unknownType = new Span();
    private String requestedType;

    public AuditLogView(AuditService audit, SocietyClock clock) {
        setSizeFull();
        type.setLabel("Record type");
        type.setItems(audit.entityTypes());
        type.setItemLabelGenerator(code -> code == null ? "Any" : AuditActions.recordType(code).orElse(code));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any");
        recordId.setWidth("8rem");
        search.setPlaceholder("Who, what or summary");
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

        grid.addColumn(e -> clock.format(e.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(EntryView::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> AuditActions.label(e.action())).setHeader("What").setAutoWidth(true);
        grid.addColumn(e -> AuditActions.recordType(e.entityType()).orElse(e.entityType())
                + (e.entityId() == null ? "" : " #" + e.entityId())).setHeader("Record").setAutoWidth(true);
        grid.addColumn(EntryView::summary).setHeader("Summary").setFlexGrow(1);
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
        unknownType.setText(unknownCode == null ? "" : "There is no record type \"" + unknownCode
                + "\": nothing is shown. Choose a record type from the list.");
        unknownType.setVisible(unknownCode != null);
    }

    private static Div changes(AuditService audit, EntryView entry) {
        Div details = new Div();
        details.addClassName("audit-changes");
        var changes = audit.changes(entry.id());
        if (changes.isEmpty()) {
            details.add(new Span("No field changes recorded."));
        }
        for (FieldChange c : changes) {
            details.add(new Div(new Span(c.field() + ": "), new Span(c.before() == null ? "(empty)" : c.before()),
                    new Span(" → "), new Span(c.after() == null ? "(empty)" : c.after())));
        }
        return details;
    }
}
