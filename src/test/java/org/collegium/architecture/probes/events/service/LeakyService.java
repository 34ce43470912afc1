package org.collegium.architecture.probes.events.service;

import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.members.domain.MemberRepository;
import org.springframework.stereotype.Service;

/**
 * Probe, never run: an unguarded public service outside any transaction that reads another feature's repository
 * and creates accounts. Abstract, so that Spring's component scan of the test classes never makes it a bean.
 */
@Service
public abstract class LeakyService {

    private final MemberRepository members;
    private final AccountBootstrap bootstrap;

    protected LeakyService(MemberRepository members, AccountBootstrap bootstrap) {
        this.members = members;
        this.bootstrap = bootstrap;
    }

    public long everyone() {
        bootstrap.hasEnabledAdmin();
        return members.count();
    }
}
