package org.collegium.credentials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.Notifications;
import org.collegium.base.ui.RowOpening;
import org.collegium.credentials.domain.Bound;
import org.collegium.credentials.domain.CeCategory;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.service.RequirementProfileService;
import org.collegium.credentials.service.RequirementProfileService.ProfileForm;
import org.collegium.credentials.service.RequirementProfileService.ProfileSummary;
import org.collegium.credentials.service.RequirementProfileService.RuleForm;

/**
 * Requirement profiles (administrators): what each credential asks for per cycle. A minimum and a maximum field per
 * category; contradictions are told on the field that causes them.
 */
@Route("admin/credential-profiles")
@Menu(order = 16, title = "credentials.menu.profiles", icon = "vaadin:diploma-scroll")
@RolesAllowed(Access.ADMIN)
public class RequirementProfilesView extends VerticalLayout implements HasDynamicTitle {

    private final RequirementProfileService service;
    final Grid<ProfileSummary> grid = new Grid<>();
    final TextField name = new TextField(Messages.t("credentials.profile.name"));
    final IntegerField cycleMonths = new IntegerField(Messages.t("credentials.profile.cycle-months"));
    final ComboBox<CycleStart> cycleStart = new ComboBox<>(Messages.t("credentials.profile.cycle-start"));
    final DatePicker fixedStart = new DatePicker(Messages.t("credentials.profile.fixed-start"));
    final BigDecimalField totalHours = new BigDecimalField(Messages.t("credentials.profile.total"));
    final ComboBox<CeTopic> onlyTopic = new ComboBox<>(Messages.t("credentials.profile.only-topic"));
    final Map<CeCategory, BigDecimalField> mins = new EnumMap<>(CeCategory.class);
    final Map<CeCategory, BigDecimalField> maxes = new EnumMap<>(CeCategory.class);
    final Button save = new Button(Messages.t("credentials.profile.save"));
    final H2 formHeading = new H2(Messages.t("credentials.profile.new-heading"));
    private final FieldMessages messages = new FieldMessages();
    private Long editing;
    private long version;

    public RequirementProfilesView(RequirementProfileService service) {
        this.service = service;
        grid.addColumn(new ComponentRenderer<>(p -> {
            VerticalLayout cell = new VerticalLayout(new com.vaadin.flow.component.html.Span(p.name()),
                    new com.vaadin.flow.component.html.Span(summary(p)));
            cell.setPadding(false);
            cell.setSpacing(false);
            return cell;
        })).setHeader(Messages.t("credentials.profile.column.profile")).setFlexGrow(1);
        grid.addComponentColumn(p -> {
            Button edit = new Button(Messages.t("credentials.profile.edit"), e -> open(p.id()));
            edit.setAriaLabel(Messages.t("credentials.profile.edit-aria", p.name()));
            return edit;
        }).setHeader(Messages.t("credentials.profile.column.actions")).setFlexGrow(0).setAutoWidth(true)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        RowOpening.opens(grid, p -> open(p.id()));
        cycleStart.setItems(CycleStart.values());
        cycleStart.setItemLabelGenerator(CycleStart::label);
        cycleStart.addValueChangeListener(e -> fixedStart.setVisible(e.getValue() == CycleStart.FIXED_DATE));
        fixedStart.setVisible(false);
        onlyTopic.setItems(CeTopic.values());
        onlyTopic.setItemLabelGenerator(CeTopic::label);
        onlyTopic.setClearButtonVisible(true);
        onlyTopic.setHelperText(Messages.t("credentials.profile.only-topic-help"));
        messages.bind("name", name).bind("cycleMonths", cycleMonths).bind("cycleStart", cycleStart)
                .bind("fixedStart", fixedStart).bind("totalHours", totalHours).bind("onlyTopic", onlyTopic);
        FormLayout rules = new FormLayout();
        for (CeCategory c : CeCategory.values()) {
            BigDecimalField min = new BigDecimalField(Messages.t("credentials.profile.min", c.label()));
            BigDecimalField max = new BigDecimalField(Messages.t("credentials.profile.max", c.label()));
            mins.put(c, min);
            maxes.put(c, max);
            messages.bind(Bound.MIN.name() + "." + c.name(), min).bind(Bound.MAX.name() + "." + c.name(), max);
            rules.add(min, max);
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button create = new Button(Messages.t("credentials.profile.new"), e -> clear());
        add(new H2(Messages.t("credentials.profile.heading")), grid, create, formHeading,
                new FormLayout(name, cycleMonths, cycleStart, fixedStart, totalHours, onlyTopic),
                new H3(Messages.t("credentials.profile.rules")), new Paragraph(Messages.t("credentials.profile.rules-help")),
                rules, new HorizontalLayout(save));
        refresh();
    }

    static String summary(ProfileSummary p) {
        String rules = p.rules().stream().map(r -> Messages.t(r.bound() == Bound.MIN
                ? "credentials.profile.rule-min" : "credentials.profile.rule-max", r.category().label(),
                Formats.decimal(r.hours(), 2))).collect(Collectors.joining(", "));
        return Messages.t("credentials.profile.summary", p.cycleMonths(), p.cycleStart().label(),
                Formats.decimal(p.totalHours(), 2), rules.isEmpty() ? "—" : rules);
    }

    private void refresh() {
        grid.setItems(service.list());
    }

    void open(long id) {
        ProfileForm f;
        try {
            f = service.form(id);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
            return;
        }
        clear();
        editing = id;
        version = f.version();
        formHeading.setText(Messages.t("credentials.profile.edit-heading", f.name()));
        name.setValue(f.name());
        cycleMonths.setValue(f.cycleMonths());
        cycleStart.setValue(f.cycleStart());
        fixedStart.setValue(f.fixedStart());
        totalHours.setValue(f.totalHours());
        onlyTopic.setValue(f.onlyTopic());
        for (RuleForm r : f.rules()) {
            (r.bound() == Bound.MIN ? mins : maxes).get(r.category()).setValue(r.hours());
        }
        name.focus();
    }

    void clear() {
        editing = null;
        version = 0;
        messages.clear();
        formHeading.setText(Messages.t("credentials.profile.new-heading"));
        name.clear();
        cycleMonths.clear();
        cycleStart.clear();
        fixedStart.clear();
        totalHours.clear();
        onlyTopic.clear();
        mins.values().forEach(BigDecimalField::clear);
        maxes.values().forEach(BigDecimalField::clear);
    }

    void save() {
        messages.clear();
        List<RuleForm> rules = new ArrayList<>();
        for (CeCategory c : CeCategory.values()) {
            if (mins.get(c).getValue() != null) {
                rules.add(new RuleForm(c, Bound.MIN, mins.get(c).getValue()));
            }
            if (maxes.get(c).getValue() != null) {
                rules.add(new RuleForm(c, Bound.MAX, maxes.get(c).getValue()));
            }
        }
        ProfileForm form = new ProfileForm(name.getValue(), cycleMonths.getValue(), cycleStart.getValue(),
                fixedStart.getValue(), totalHours.getValue(), onlyTopic.getValue(), rules, version);
        try {
            long id = service.save(editing, form);
            Notifications.success(Messages.t("credentials.profile.saved", form.name().strip()));
            refresh();
            open(id);
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return Messages.t("credentials.title.profiles");
    }
}
