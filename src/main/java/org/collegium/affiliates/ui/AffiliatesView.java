package org.collegium.affiliates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.collegium.affiliates.domain.AffiliateStatus;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateForm;
import org.collegium.affiliates.service.AffiliateService.AffiliateSummary;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.Notifications;
import org.collegium.base.ui.RowOpening;

/**
 * The affiliate societies with their member counts; the board and administrators add and edit them (a row opens
 * its editor on click or Enter). Few columns, so that a phone shows them without panning: the short name and region
 * are the name's second line, all records the current members' second line.
 */
@Route("affiliates")
@Menu(order = 20, title = "affiliates.menu.affiliates", icon = "vaadin:sitemap")
@PermitAll
public class AffiliatesView extends VerticalLayout implements HasDynamicTitle {

    private final AffiliateService service;
    private final SocietyClock clock;
    final Grid<AffiliateSummary> grid = new Grid<>();

    public AffiliatesView(AffiliateService service, SocietyClock clock, AuthenticationContext auth) {
        this.service = service;
        this.clock = clock;
        setSizeFull();
        boolean editor = auth.hasAnyRole("ADMIN", "BOARD");
        if (editor) {
            Button add = new Button(Messages.t("affiliates.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        grid.addColumn(new ComponentRenderer<>(AffiliatesView::nameCell)).setHeader(Messages.t("affiliates.column.name"))
                .setKey("name").setSortable(true).setFlexGrow(1).setWidth("12rem");
        grid.addColumn(new ComponentRenderer<>(AffiliatesView::membersCell))
                .setHeader(Messages.t("affiliates.column.members")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(a -> Messages.t("affiliates.column.members.tooltip"));
        grid.addColumn(a -> a.status().label()).setHeader(Messages.t("affiliates.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> clock.formatShortDate(a.affiliatedSince()))
                .setHeader(Messages.t("affiliates.column.since")).setKey("affiliatedSince").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> service.find(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.count());
        grid.setAriaLabel(Messages.t("affiliates.grid"));
        if (editor) {
            RowOpening.opens(grid, this::edit);
        }
        grid.setSizeFull();
        add(grid);
    }

    /** The name, and below it the short name and region. */
    private static Div nameCell(AffiliateSummary a) {
        Span name = new Span(a.name());
        name.getStyle().set("font-weight", "600");
        String more = a.region() == null || a.region().isBlank() ? a.shortName() : a.shortName() + " · " + a.region();
        Span second = new Span(more);
        second.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div cell = new Div(name, second);
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("white-space", "normal");
        return cell;
    }

    /** The current members (active or in grace), and below it every member record. */
    private static Div membersCell(AffiliateSummary a) {
        Span current = new Span(Messages.t("affiliates.members.current", a.currentMembers(),
                Formats.integer(a.currentMembers())));
        Span all = new Span(Messages.t("affiliates.members.all", a.memberCount(), Formats.integer(a.memberCount())));
        all.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div cell = new Div(current, all);
        cell.getStyle().set("display", "flex").set("flex-direction", "column");
        return cell;
    }

    private void edit(AffiliateSummary existing) {
        Dialog dialog = new Dialog(existing == null ? Messages.t("affiliates.new") : existing.name());
        TextField name = new TextField(Messages.t("affiliates.field.name"));
        TextField shortName = new TextField(Messages.t("affiliates.field.short-name"));
        TextField region = new TextField(Messages.t("affiliates.field.region"));
        TextField website = new TextField(Messages.t("affiliates.field.website"));
        EmailField contact = new EmailField(Messages.t("affiliates.field.contact"));
        DatePicker since = new DatePicker(Messages.t("affiliates.field.since"));
        since.setLocale(Formats.language(Messages.current()));
        Select<AffiliateStatus> status = new Select<>();
        status.setLabel(Messages.t("affiliates.field.status"));
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
        Button save = new Button(Messages.t("affiliates.save"), e -> {
            AffiliateForm values = new AffiliateForm(name.getValue(), shortName.getValue(), region.getValue(),
                    website.getValue(), contact.getValue(), since.getValue(), status.getValue(),
                    existing == null ? 0 : existing.version());
            try {
                if (existing == null) {
                    service.create(values);
                } else {
                    service.update(existing.id(), values);
                }
                Notifications.success(Messages.t("affiliates.saved"));
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                messages.show(ex);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(Messages.t("affiliates.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return Messages.t("affiliates.page-title");
    }
}
