package org.collegium.reports.service;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.SocietyClock;
import org.collegium.dashboard.service.HomeCard;
import org.collegium.dashboard.service.HomeCardProvider;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.ApplicationService;
import org.springframework.stereotype.Component;

/**
 * The figures the board, officers and affiliate administrators need first, from the same services as the reports
 * (so within an affiliate administrator's scope): members at a glance, applications waiting, renewals due this
 * month, income this month and year.
 */
@Component
class ReportHomeCards implements HomeCardProvider {

    private final CurrentActor actor;
    private final MembershipReports membership;
    private final RenewalReports renewals;
    private final IncomeReports income;
    private final ApplicationService applications;
    private final SocietyClock clock;

    ReportHomeCards(CurrentActor actor, MembershipReports membership, RenewalReports renewals, IncomeReports income,
            ApplicationService applications, SocietyClock clock) {
        this.actor = actor;
        this.membership = membership;
        this.renewals = renewals;
        this.income = income;
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cards() {
        if (!actor.hasAnyRole("ADMIN", "BOARD", "OFFICER", "AFFILIATE_ADMIN")) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        LocalDate today = clock.today();
        Map<MembershipStatus, Long> now = membership.countsNow();
        cards.add(new HomeCard(15, "Active members", count(now.get(MembershipStatus.ACTIVE)),
                count(now.get(MembershipStatus.GRACE)) + " in their grace period, "
                        + count(now.get(MembershipStatus.APPLICANT)) + " applicants", "reports/membership"));
        if (actor.hasAnyRole("ADMIN", "BOARD", "AFFILIATE_ADMIN")) {
            cards.add(new HomeCard(20, "Applications waiting", count(applications.countPending()),
                    "for the board's decision", "applications"));
        }
        long due = renewals.countEnding(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
        cards.add(new HomeCard(30, "Renewals due this month", count(due), "terms ending in "
                + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.US), "reports/renewals"));
        if (actor.hasAnyRole("ADMIN", "BOARD", "OFFICER")) {
            BigDecimal month = income.total(today.withDayOfMonth(1), today);
            BigDecimal year = income.total(today.withDayOfYear(1), today);
            cards.add(new HomeCard(40, "Income this month", money(month), money(year) + " since January 1",
                    "reports/income"));
        }
        return cards;
    }

    private static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    private static String money(BigDecimal value) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(value);
    }
}
