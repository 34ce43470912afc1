package org.collegium.listings.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.MoneyField;
import org.collegium.listings.domain.Intake;
import org.collegium.listings.domain.ListingFormat;
import org.collegium.listings.service.ListingRecords.ListingForm;

/** The member's form for one listing: every field, each named as the service names it. */
class ListingEditor extends FormLayout {

    final TextField title = field("title");
    final TextArea focus = area("focus");
    final TextField audience = field("audience");
    final TextArea approach = area("approach");
    final Select<ListingFormat> format = new Select<>();
    final TextField city = field("city");
    final TextField state = field("state");
    final TextField servedStates = field("servedStates");
    final CheckboxGroup<String> languages = new CheckboxGroup<>();
    final TextField otherLanguages = field("otherLanguages");
    final MoneyField fee = new MoneyField(Messages.t("listings.field.fee"));
    final Checkbox slidingScale = new Checkbox(Messages.t("listings.field.slidingScale"));
    final Checkbox free = new Checkbox(Messages.t("listings.field.free"));
    final TextField insurance = field("insurance");
    final Checkbox stepFree = new Checkbox(Messages.t("listings.access.step-free"));
    final Checkbox captioning = new Checkbox(Messages.t("listings.access.captioning"));
    final Checkbox interpreters = new Checkbox(Messages.t("listings.access.interpreters"));
    final TextField transportNotes = field("transportNotes");
    final TextField schedule = field("schedule");
    final Select<Intake> intake = new Select<>();
    final Checkbox screeningCall = new Checkbox(Messages.t("listings.field.screeningCall"));
    final FieldMessages messages = new FieldMessages();
    private long version;

    ListingEditor() {
        format.setLabel(Messages.t("listings.field.format"));
        format.setItems(ListingFormat.values());
        format.setItemLabelGenerator(f -> Messages.t("listings.format." + f.name()));
        intake.setLabel(Messages.t("listings.field.intake"));
        intake.setItems(Intake.values());
        intake.setItemLabelGenerator(i -> Messages.t("listings.intake." + i.name()));
        languages.setLabel(Messages.t("listings.field.languages"));
        languages.setItems("en", "es");
        languages.setItemLabelGenerator(code -> ListingText.languages(List.of(code)));
        servedStates.setHelperText(Messages.t("listings.field.servedStates.help"));
        otherLanguages.setHelperText(Messages.t("listings.field.otherLanguages.help"));
        state.setHelperText(Messages.t("listings.field.state.help"));
        add(title, focus, audience, approach, format, city, state, servedStates, languages, otherLanguages, fee,
                slidingScale, free, insurance, stepFree, captioning, interpreters, transportNotes, schedule, intake,
                screeningCall);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
        messages.bind("title", title).bind("focus", focus).bind("audience", audience).bind("approach", approach)
                .bind("format", format).bind("city", city).bind("state", state).bind("servedStates", servedStates)
                .bind("languages", languages).bind("fee", fee).bind("insurance", insurance)
                .bind("transportNotes", transportNotes).bind("schedule", schedule).bind("intake", intake);
    }

    /**
     * The service's messages next to their fields. A language code the member typed that is not one is told at
     * "Other languages" (the ticked ones are always codes); a missing language at the languages' boxes.
     */
    void show(InvalidInputException e) {
        messages.show(e);
        otherLanguages.setInvalid(false);
        String language = e.fieldErrors().get("languages");
        boolean typedWrong = split(otherLanguages.getValue()).stream()
                .anyMatch(c -> !c.strip().toLowerCase(java.util.Locale.ROOT).matches("[a-z]{2,3}"));
        if (language != null && typedWrong) {
            languages.setInvalid(false);
            otherLanguages.setErrorMessage(language);
            otherLanguages.setInvalid(true);
        }
    }

    private static TextField field(String name) {
        return new TextField(Messages.t("listings.field." + name));
    }

    private static TextArea area(String name) {
        return new TextArea(Messages.t("listings.field." + name));
    }

    void read(ListingForm f) {
        title.setValue(nz(f.title()));
        focus.setValue(nz(f.focus()));
        audience.setValue(nz(f.audience()));
        approach.setValue(nz(f.approach()));
        format.setValue(f.format());
        city.setValue(nz(f.city()));
        state.setValue(nz(f.state()));
        servedStates.setValue(String.join(", ", f.servedStates()));
        languages.setValue(new java.util.HashSet<>(f.languages().stream().filter(c -> c.equals("en")
                || c.equals("es")).toList()));
        otherLanguages.setValue(String.join(", ", f.languages().stream().filter(c -> !c.equals("en")
                && !c.equals("es")).toList()));
        fee.setValue(f.fee());
        slidingScale.setValue(f.slidingScale());
        free.setValue(f.free());
        insurance.setValue(nz(f.insurance()));
        stepFree.setValue(f.stepFree());
        captioning.setValue(f.captioning());
        interpreters.setValue(f.interpreters());
        transportNotes.setValue(nz(f.transportNotes()));
        schedule.setValue(nz(f.schedule()));
        intake.setValue(f.intake());
        screeningCall.setValue(f.screeningCall());
        version = f.version();
    }

    ListingForm write() {
        List<String> codes = new ArrayList<>();
        if (languages.getValue().contains("en")) {
            codes.add("en");
        }
        if (languages.getValue().contains("es")) {
            codes.add("es");
        }
        codes.addAll(split(otherLanguages.getValue()));
        return new ListingForm(title.getValue(), focus.getValue(), audience.getValue(), approach.getValue(),
                format.getValue(), city.getValue(), state.getValue(), split(servedStates.getValue()), codes,
                fee.getValue(), slidingScale.getValue(), free.getValue(), insurance.getValue(), stepFree.getValue(),
                captioning.getValue(), interpreters.getValue(), transportNotes.getValue(), schedule.getValue(),
                intake.getValue(), screeningCall.getValue(), version);
    }

    private static List<String> split(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
