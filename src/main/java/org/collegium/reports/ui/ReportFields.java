package org.collegium.reports.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.FieldMessages;
import org.collegium.reports.service.Months;

/** The filter fields the reports share. */
final class ReportFields {

    private ReportFields() {
    }

    /**
     * The affiliate filter, for those who may choose one; an affiliate administrator's reports are always their own
     * affiliate's (the services see to that), so they are not offered a choice.
     */
    static ComboBox<AffiliateOption> affiliate(AffiliateService affiliates, AuthenticationContext auth) {
        ComboBox<AffiliateOption> field = new ComboBox<>(Messages.t("reports.filter.affiliate"));
        field.setPlaceholder(Messages.t("reports.filter.affiliate.all"));
        field.setClearButtonVisible(true);
        field.setItemLabelGenerator(AffiliateOption::name);
        boolean chooses = auth.hasAnyRole("ADMIN", "BOARD", "OFFICER");
        field.setVisible(chooses);
        if (chooses) {
            field.setItems(affiliates.options());
        }
        return field;
    }

    static Long affiliateId(ComboBox<AffiliateOption> field) {
        return field.getValue() == null ? null : field.getValue().id();
    }

    /** A month chooser over the last ten years and the next one, typed or picked ("Mar 2026", "mar 2026"). */
    static ComboBox<YearMonth> month(String label, YearMonth current, YearMonth value) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = current.plusMonths(12); !m.isBefore(current.minusYears(10)); m = m.minusMonths(1)) {
            months.add(m);
        }
        ComboBox<YearMonth> field = new ComboBox<>(label, months);
        DateTimeFormatter month = DateTimeFormatter.ofPattern(Messages.t("reports.filter.month-format"),
                Formats.language(Messages.current()));
        field.setItemLabelGenerator(month::format);
        field.setValue(value);
        field.setWidth("10rem");
        return field;
    }

    static DatePicker day(String label, LocalDate value) {
        DatePicker field = new DatePicker(label, value);
        field.setLocale(Formats.language(Messages.current()));
        return field;
    }

    static Months months(ComboBox<YearMonth> from, ComboBox<YearMonth> to) {
        return new Months(from.getValue(), to.getValue());
    }

    /** Runs the report again whenever one of its filters changes. */
    static void rerunOn(Runnable run, HasValue<?, ?>... filters) {
        for (HasValue<?, ?> filter : filters) {
            filter.addValueChangeListener(e -> run.run());
        }
    }

    /**
     * Runs a report; a filter the service refuses is marked on its field and the panel is cleared (rows, chart and
     * downloads), so that no figures are left on screen that the filters shown did not produce.
     */
    static void run(FieldMessages messages, ReportPanel panel, Runnable report) {
        try {
            report.run();
            messages.clear();
        } catch (InvalidInputException e) {
            messages.show(e);
            panel.clear();
        }
    }
}
