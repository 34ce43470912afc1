package org.collegium.affiliates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.collegium.affiliates.domain.AffiliateStatus;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateForm;
import org.collegium.affiliates.service.AffiliateService.AffiliateSummary;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.Notifications;

/** The affiliate societies with their member counts; the board and administrators add and edit them. */
@Route("affiliates")
@PageTitle("Affiliates")
@Menu(order = 20, title = "Affiliates", icon = "vaadin:sitemap")
@PermitAll
public class AffiliatesView extends VerticalLayout {

    private final AffiliateService service;
    final Grid<AffiliateSummary> grid = new Grid<>();

    public AffiliatesView(AffiliateService service, AuthenticationContext auth) {
        this.service = service;
        setSizeFull();
        boolean editor = auth.hasAnyRole("ADMIN", "BOARD");
        if (editor) {
            Button add = new Button("New affiliate", VaadinIcon.PLUS.create(), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        grid.addColumn(AffiliateSummary::name).setHeader("Name").setKey("name").setSortable(true).setAutoWidth(true);
        grid.addColumn(AffiliateSummary::shortName).setHeader("Short name").setKey("shortName").setSortable(true);
        grid.addColumn(AffiliateSummary::region).setHeader("Region").setAutoWidth(true);
        grid.addColumn(AffiliateSummary::currentMembers).setHeader("Current members").setAutoWidth(true)
                .setTooltipGenerator(a -> "Active or in their grace period");
        grid.addColumn(AffiliateSummary::memberCount).setHeader("All records").setAutoWidth(true)
                .setTooltipGenerator(a -> "Every member record, lapsed, resigned and applicants included");
        grid.addColumn(a -> a.status().label()).setHeader("Status");
        grid.addColumn(AffiliateSummary::affiliatedSince).setHeader("Affiliated since").setKey("affiliatedSince")
                .setSortable(true);
        grid.setItems(q -> service.find(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.count());
        if (editor) {
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        grid.setSizeFull();
        add(grid);
    }

    private void edit(AffiliateSummary existing) {
        Dialog dialog = new Dialog(existing == null ? "New affiliate" : existing.name());
        TextField name = new TextField("Name");
        TextField shortName = new TextField("Short name");
        TextField region = new TextField("Region or states");
        TextField website = new TextField("Website");
        EmailField contact = new EmailField("Contact email");
        DatePicker since = new DatePicker("Affiliated since");
        Select<AffiliateStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(AffiliateStatus.values());
        status.setItemLabelGenerator(AffiliateStatus::label);
        status.setValue(AffiliateStatus.ACTIVE);
        name.setRequiredIndicatorVisible(true);
        shortName.setRequiredIndicatorVisible(true);
        website.setPlaceholder("https://");
        if (existing != null) {
            name.setValue(existing.name());
            shortName.setValue(existing.shortName());
            region.setValue(nz(existing.region()));
            website.setValue(nz(existing.website()));
            contact.setValue(nz(existing.contactEmail()));
            since.setValue(existing.affiliatedSince());
            status.setValue(existing.status());
        }
        FieldMessages messages = new FieldMessages().bind("name", name).bind("shortName", shortName)
                .bind("region", region).bind("website", website).bind("contactEmail", contact).bind("status", status);
        FormLayout form = new FormLayout(name, shortName, region, website, contact, since, status);
        dialog.add(form);
        Button save = new Button("Save", e -> {
            AffiliateForm values = new AffiliateForm(name.getValue(), shortName.getValue(), region.getValue(),
                    website.getValue(), contact.getValue(), since.getValue(), status.getValue(),
                    existing == null ? 0 : existing.version());
            try {
                if (existing == null) {
                    service.create(values);
                } else {
                    service.update(existing.id(), values);
                }
                Notifications.success("Affiliate saved.");
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                messages.show(ex);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
