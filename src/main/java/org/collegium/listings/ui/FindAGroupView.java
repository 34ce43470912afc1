package org.collegium.listings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.ui.LanguageSwitch;
import org.collegium.base.ui.MoneyField;
import org.collegium.listings.service.FindAGroup;
import org.collegium.listings.service.ListingRecords.Attendance;
import org.collegium.listings.service.ListingRecords.ListingDetails;
import org.collegium.listings.service.ListingRecords.SearchFilter;
import org.collegium.listings.service.UsStates;

/**
 * The public directory of the groups members run, searched by what keeps people out: language, cost, insurance,
 * online or in person in a state, accessibility, focus. Results page in the database.
 */
@Route(value = "find-a-group", autoLayout = false)
@AnonymousAllowed
public class FindAGroupView extends Main implements HasDynamicTitle {

    final Select<String> language = new Select<>();
    final MoneyField maxFee = new MoneyField("");
    final TextField insurance = new TextField();
    final Select<Attendance> attendance = new Select<>();
    final Select<String> state = new Select<>();
    final Checkbox stepFree = new Checkbox();
    final Checkbox captioning = new Checkbox();
    final Checkbox interpreters = new Checkbox();
    final TextField focus = new TextField();
    final Grid<ListingDetails> results = new Grid<>();
    final Paragraph found = new Paragraph();

    private final FindAGroup search;

    public FindAGroupView(FindAGroup search) {
        this.search = search;
        addClassName("find-a-group");
        getStyle().set("max-width", "64rem").set("margin", "0 auto").set("padding", "1rem")
                .set("box-sizing", "border-box");
        add(new LanguageSwitch(getLocale()), new H1(getTranslation("listings.find.title")),
                new Paragraph(getTranslation("listings.find.intro")));
        language.setLabel(getTranslation("listings.find.language"));
        List<String> languages = new ArrayList<>(List.of(""));
        languages.addAll(search.languages());
        language.setItems(languages);
        language.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("listings.find.any")
                : ListingText.languages(List.of(code)));
        language.setValue("");
        maxFee.setLabel(getTranslation("listings.find.max-fee"));
        maxFee.setHelperText(getTranslation("listings.find.max-fee.help"));
        insurance.setLabel(getTranslation("listings.find.insurance"));
        attendance.setLabel(getTranslation("listings.find.attendance"));
        attendance.setItems(Attendance.values());
        attendance.setItemLabelGenerator(a -> getTranslation("listings.attendance." + a.name()));
        attendance.setValue(Attendance.ANY);
        state.setLabel(getTranslation("listings.find.state"));
        List<String> states = new ArrayList<>(List.of(""));
        states.addAll(UsStates.CODES.stream().sorted().toList());
        state.setItems(states);
        state.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("listings.find.any") : s);
        state.setValue("");
        stepFree.setLabel(getTranslation("listings.access.step-free"));
        captioning.setLabel(getTranslation("listings.access.captioning"));
        interpreters.setLabel(getTranslation("listings.access.interpreters"));
        focus.setLabel(getTranslation("listings.find.focus"));
        FormLayout filters = new FormLayout(language, maxFee, insurance, attendance, state, focus);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
        Div needs = new Div(new Span(getTranslation("listings.find.needs")), stepFree, captioning, interpreters);
        needs.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem 1rem")
                .set("align-items", "center");
        Button apply = new Button(getTranslation("listings.find.search"), e -> refresh());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        results.addComponentColumn(this::card).setHeader(getTranslation("listings.find.results")).setFlexGrow(1);
        results.setAllRowsVisible(false);
        results.setHeight("32rem");
        results.addClassName("listing-results");
        add(filters, needs, apply, found, results);
        refresh();
    }

    SearchFilter filter() {
        java.math.BigDecimal most = maxFee.getValue();
        boolean wrong = most != null && (most.signum() < 0 || most.scale() < 0);
        maxFee.setErrorMessage(wrong ? getTranslation("listings.find.max-fee.invalid") : null);
        maxFee.setInvalid(wrong);
        return new SearchFilter(language.getValue(), wrong ? null : most,
                insurance.getValue(), attendance.getValue(), state.getValue(), stepFree.getValue(),
                captioning.getValue(), interpreters.getValue(), focus.getValue());
    }

    void refresh() {
        SearchFilter filter = filter();
        long count = search.count(filter);
        found.setText(getTranslation("listings.find.found", count));
        results.setItems(q -> search.search(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) search.count(filter));
    }

    private Div card(ListingDetails l) {
        RouterLink title = new RouterLink(l.title(), ListingPageView.class, l.id());
        title.getStyle().set("font-weight", "600");
        Paragraph focusLine = new Paragraph(l.focus());
        Paragraph facts = new Paragraph(ListingText.summary(l));
        Paragraph who = new Paragraph(ListingText.facilitator(l));
        for (Paragraph p : List.of(focusLine, facts, who)) {
            p.getStyle().set("margin", "0.2rem 0").set("white-space", "normal");
        }
        Div card = new Div(title, focusLine, facts, who);
        card.getStyle().set("white-space", "normal").set("padding", "0.4rem 0");
        card.addClassName("listing-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("listings.find.title");
    }
}
