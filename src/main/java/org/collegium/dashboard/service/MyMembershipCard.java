package org.collegium.dashboard.service;

import java.util.List;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.service.SelfService;
import org.collegium.members.service.SelfService.MyMembership;
import org.collegium.accounts.service.AccountScopes;
import org.springframework.stereotype.Component;

/** A member's own membership: their status, type and when the term ends. */
@Component
class MyMembershipCard implements HomeCardProvider {

    private final CurrentActor actor;
    private final AccountScopes scopes;
    private final SelfService self;
    private final SocietyClock clock;

    MyMembershipCard(CurrentActor actor, AccountScopes scopes, SelfService self, SocietyClock clock) {
        this.actor = actor;
        this.scopes = scopes;
        this.self = self;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cards() {
        if (!actor.hasAnyRole("MEMBER") || scopes.currentMemberId().isEmpty()) {
            return List.of(); // a login without a member record has no membership to show
        }
        MyMembership mine = self.membership();
        String caption = mine.termEnd() == null ? Messages.t("dashboard.membership.no-term")
                : (mine.typeName() == null ? "" : mine.typeName() + " · ")
                        + Messages.t("dashboard.membership.term-ends", clock.formatDate(mine.termEnd()));
        if (mine.renewalPending()) {
            caption += " · " + Messages.t("dashboard.membership.renewal-requested");
        }
        return List.of(new HomeCard(10, Messages.t("dashboard.membership.title"), mine.status().label(), caption,
                "my/membership"));
    }
}
