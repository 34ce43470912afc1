package org.collegium.base.config;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Around every {@code @Scheduled} method, inside its ShedLock (so a run another node holds the lock for is not
 * counted here): the run is logged and measured by {@link JobMeters#measure}.
 */
class JobRunLogging implements MethodInterceptor {

    private final ObjectProvider<JobMeters> meters;

    JobRunLogging(ObjectProvider<JobMeters> meters) {
        this.meters = meters;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        return meters.getObject().measure(ScheduledJobs.nameOf(invocation.getMethod()), invocation::proceed);
    }
}
