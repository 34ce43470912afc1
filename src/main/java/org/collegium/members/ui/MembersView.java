package org.collegium.members.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicReference;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.DownloadLink;
import org.collegium.base.ui.RowOpening;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberExport;
import org.collegium.members.service.MemberRecords.ListCount;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Find members: search by the start of a name, email or licence number, filter by status, type and affiliate.
 * The grid pages, sorts and filters in the database; an affiliate administrator sees only their own society's
 * members. The list as filtered downloads as CSV or Excel; editors open the CSV import from here.
 */
@Route("members")
@Menu(order = 10, title = "members.menu.members", icon = "vaadin:user-card")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService service;
    final TextField search = new TextField();
    final Select<MembershipStatus> status = new Select<>();
    final ComboBox<TypeView> type = new ComboBox<>(Messages.t("members.list.type"));
    final ComboBox<AffiliateOption> affiliate = new ComboBox<>(Messages.t("members.list.affiliate"));
    final Grid<MemberSummary> grid = new Grid<>();
    final Span matching = new Span();
    private final GridLazyDataView<MemberSummary> rows;
    private static final Sort BY_NAME = Sort.by("lastName", "firstName", "id");

    public MembersView(MemberService service, MemberExport export, MembershipTypeService types,
            AffiliateService affiliates, SocietyClock clock, AuthenticationContext auth) {
        this.service = service;
        setSizeFull();
        search.setLabel(t("members.list.search"));
        search.setPlaceholder(t("members.list.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        // sent while typing, at most every 50 ms: the rows follow the keys (LAZY waits 400 ms after the last one,
        // and a 100 ms throttle measured 93-149 ms from the last key to its rows at 100,000 members)
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(50);
        search.setWidth("20rem");
        search.setMaxWidth("100%");
        status.setLabel(t("members.list.status"));
        status.setItems(MembershipStatus.values());
        status.setItemLabelGenerator(s -> s == null ? t("members.list.any") : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t("members.list.any"));
        type.setItems(types.all());
        type.setItemLabelGenerator(TypeView::name);
        type.setClearButtonVisible(true);
        affiliate.setItems(affiliates.options());
        affiliate.setItemLabelGenerator(AffiliateOption::name);
        affiliate.setClearButtonVisible(true);
        affiliate.setVisible(auth.hasAnyRole("ADMIN", "BOARD", "OFFICER"));
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        affiliate.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(search, status, type, affiliate);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (auth.hasAnyRole("ADMIN", "BOARD", "AFFILIATE_ADMIN")) {
            Button add = new Button(t("members.list.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(MemberView.class, MemberView.NEW)));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importFile = new Button(t("members.list.import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(MemberImportView.class)));
            toolbar.add(add, importFile);
        }
        Anchor csv = download(t("members.list.csv"), "csv", "text/csv; charset=UTF-8", clock, export::writeCsv);
        Anchor xlsx = download(t("members.list.excel"), "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", clock, export::writeXlsx);
        csv.setId("export-csv");
        xlsx.setId("export-xlsx");
        toolbar.add(csv, xlsx);

        // a phone shows the name and the status side by side without panning: the name column carries the
        // credentials on a second line, the status is short, and the rest follows to the right
        Grid.Column<MemberSummary> name = grid.addColumn(LitRenderer.<MemberSummary>of(
                "<div style='overflow:hidden;text-overflow:ellipsis'>${item.name}</div>"
                        + "<div style='font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color);"
                        + "overflow:hidden;text-overflow:ellipsis'>${item.credentials}</div>")
                .withProperty("name", m -> m.lastName() + ", " + m.firstName())
                .withProperty("credentials", m -> m.credentials() == null ? "" : m.credentials()))
                .setHeader(t("members.list.name")).setKey("lastName").setSortProperty("lastName", "firstName")
                .setSortable(true).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(m -> m.status().label()).setHeader(t("members.list.status")).setKey("status")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MemberSummary::email).setHeader(t("members.list.email")).setKey("email").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(MemberSummary::typeName).setHeader(t("members.list.type")).setAutoWidth(true);
        grid.addColumn(MemberSummary::affiliateName).setHeader(t("members.list.affiliate")).setAutoWidth(true);
        grid.addColumn(m -> m.termEnd() == null ? "" : clock.formatShortDate(m.termEnd()))
                .setHeader(t("members.list.term-ends")).setKey("currentTermEnd").setSortable(true).setAutoWidth(true);
        grid.setColumnReorderingAllowed(false);
        rows = grid.setItems(q -> service.find(filter(), page(q)).stream());
        grid.sort(GridSortOrder.asc(name).build());
        showCount();
        matching.setId("member-count");
        RowOpening.opens(grid, m -> getUI().ifPresent(ui -> ui.navigate(MemberView.class, String.valueOf(m.id()))));
        grid.setSizeFull();
        add(toolbar, matching, grid);
    }

    /**
     * The grid's page in the database, in the order the person chose, then by name (also when they cleared the
     * order), then id: equal names never swap between pages.
     */
    private static Pageable page(Query<MemberSummary, ?> q) {
        Pageable page = VaadinSpringDataHelpers.toSpringPageRequest(q);
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), page.getSort().and(BY_NAME));
    }

    /**
     * Says how many members match the filters and gives the grid that count (one count query for both); when a
     * search matches more than the service counts, the grid reads on as it is scrolled instead.
     */
    private void showCount() {
        ListCount count = service.listCount(filter());
        if (count.more()) {
            matching.setText(t("members.list.count.more", count.members()));
            rows.setItemCountUnknown();
            rows.setItemCountEstimate(Math.toIntExact(count.members()) + 1);
        } else {
            matching.setText(t("members.list.count", count.members()));
            int known = Math.toIntExact(count.members());
            rows.setItemCountCallback(q -> known);
        }
    }

    MemberFilter filter() {
        return new MemberFilter(search.getValue(), status.getValue(),
                type.getValue() == null ? null : type.getValue().id(),
                affiliate.getValue() == null ? null : affiliate.getValue().id());
    }

    @FunctionalInterface
    private interface Exporter extends Serializable {
        long write(MemberFilter filter, OutputStream out) throws IOException;
    }

    /** A link that downloads the list as filtered at the moment of the click: every page, not only the visible. */
    private Anchor download(String label, String extension, String contentType, SocietyClock clock, Exporter exporter) {
        DownloadHandler handler = event -> {
            // downloads run outside the UI lock: read the filter fields under it
            AtomicReference<MemberFilter> current = new AtomicReference<>();
            UI ui = event.getUI();
            ui.accessSynchronously(() -> current.set(filter()));
            event.setFileName("members-" + clock.today() + "." + extension);
            event.setContentType(contentType);
            exporter.write(current.get(), event.getOutputStream());
        };
        return DownloadLink.of(handler, label, t("members.list.download", label));
    }

    @Override
    public String getPageTitle() {
        return t("members.list.title");
    }

    private static String t(String key, Object... args) {
        return Messages.t(key, args);
    }

    private void refresh() {
        showCount();
        grid.getDataProvider().refreshAll();
    }
}
