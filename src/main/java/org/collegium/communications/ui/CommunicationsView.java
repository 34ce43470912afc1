package org.collegium.communications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.Formats;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.RowOpening;
import org.collegium.communications.service.CommunicationRecords.CommunicationSummary;
import org.collegium.communications.service.CommunicationService;
import org.springframework.data.domain.PageRequest;

/** communications: the messages the sender wrote (the board and administrators: all), newest first. */
@Route("communications")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN, Access.FACILITATOR})
@Menu(order = 47, title = "communications.menu.communications", icon = "vaadin:envelope-open")
public class CommunicationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CommunicationSummary> grid = new Grid<>();

    public CommunicationsView(CommunicationService service, SocietyClock clock) {
        Button write = new Button(getTranslation("communications.list.new"),
                e -> getUI().ifPresent(ui -> ui.navigate("communications/new")));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addComponentColumn(c -> {
            VerticalLayout cell = new VerticalLayout(new Span(c.subject()), new Span(
                    getTranslation("communications.kind." + c.kind().name()) + " · " + c.author()
                            + (c.sendAt() == null ? "" : " · " + clock.format(c.sendAt()))));
            cell.setPadding(false);
            cell.setSpacing(false);
            return cell;
        }).setHeader(getTranslation("communications.list.message")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("communications.status." + c.status().name())
                + (c.expected() > 0 ? " · " + Formats.integer(c.expected()) : ""))
                .setHeader(getTranslation("communications.list.status")).setFlexGrow(0).setAutoWidth(true);
        grid.setItems(q -> service.list(PageRequest.of(q.getPage(), q.getPageSize())).stream(), q -> (int) service.count());
        RowOpening.opens(grid, c -> getUI().ifPresent(ui -> ui.navigate("communications/" + c.id())));
        setSizeFull();
        add(write, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("communications.list.title");
    }
}
