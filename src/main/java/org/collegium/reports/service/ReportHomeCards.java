package org.collegium.reports.service;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
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
        long grace = now.get(MembershipStatus.GRACE);
        long applicants = now.get(MembershipStatus.APPLICANT);
        cards.add(new HomeCard(15, Messages.t("reports.home.members.title"),
                Formats.integer(now.get(MembershipStatus.ACTIVE)),
                Messages.t("reports.home.members.caption", grace, Formats.integer(grace), applicants,
                        Formats.integer(applicants)), "reports/membership"));
        if (actor.hasAnyRole("ADMIN", "BOARD", "AFFILIATE_ADMIN")) {
            cards.add(new HomeCard(20, Messages.t("reports.home.applications.title"),
                    Formats.integer(applications.countPending()), Messages.t("reports.home.applications.caption"),
                    "applications"));
        }
        long due = renewals.countEnding(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
        cards.add(new HomeCard(30, Messages.t("reports.home.renewals.title"), Formats.integer(due),
                Messages.t("reports.home.renewals.caption", today.getMonth().getDisplayName(TextStyle.FULL_STANDALONE,
                        Formats.language(Messages.current()))), "reports/renewals"));
        if (actor.hasAnyRole("ADMIN", "BOARD", "OFFICER")) {
            IncomeReports.MonthAndYear totals = income.monthAndYear(today.withDayOfYear(1), today);
            cards.add(new HomeCard(40, Messages.t("reports.home.income.title"), Formats.money(totals.month()),
                    Messages.t("reports.home.income.caption", Formats.money(totals.year())), "reports/income"));
        }
        return cards;
    }
}
