package org.collegium.base.config;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Every scheduled job of the application: the {@code @Scheduled} methods, found at start-up, and the jobs on the
 * society's schedule, registered by {@link org.collegium.base.service.SocietySchedule}. Their meters are registered
 * at once ({@link JobMeters}), and a test (or an operator's tool) can run one now exactly as the scheduler would,
 * through its ShedLock and its measurement. A job added later is listed by being {@code @Scheduled} or by being
 * put on the society's schedule.
 */
@Component
public class ScheduledJobs implements SmartInitializingSingleton {

    /** One job: its name (the ShedLock name, else class.method) and what the scheduler calls (under its lock). */
    public record Job(String name, Runnable run) {
    }

    private final ConfigurableListableBeanFactory beans;
    private final JobMeters meters;
    private final List<Job> jobs = new ArrayList<>();

    public ScheduledJobs(ConfigurableListableBeanFactory beans, JobMeters meters) {
        this.beans = beans;
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String beanName : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(beanName, false);
            if (type == null || !type.getPackageName().startsWith("org.collegium")) {
                continue;
            }
            Map<Method, Scheduled> found = MethodIntrospector.selectMethods(ClassUtils.getUserClass(type),
                    (MethodIntrospector.MetadataLookup<Scheduled>) m ->
                            AnnotatedElementUtils.findMergedAnnotation(m, Scheduled.class));
            found.keySet().forEach(method -> register(nameOf(method), () -> invoke(beanName, method)));
        }
    }

    /** A job the scheduler triggers by other means than {@code @Scheduled}; {@code run} takes its lock itself. */
    public synchronized void register(String name, Runnable run) {
        jobs.add(new Job(name, run));
        meters.register(name);
    }

    public synchronized List<Job> jobs() {
        return jobs.stream().sorted(Comparator.comparing(Job::name)).toList();
    }

    /** Runs the job now on this node as the scheduler would (under its lock, logged and measured). */
    public void runNow(Job job) {
        job.run().run();
    }

    /** Through the bean's proxy, so that its lock and measurement apply. */
    private void invoke(String beanName, Method declared) {
        Object bean = beans.getBean(beanName);
        Method method = AopUtils.selectInvocableMethod(declared, bean.getClass());
        ReflectionUtils.makeAccessible(method);
        ReflectionUtils.invokeMethod(method, bean);
    }

    static String nameOf(Method method) {
        SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
        return lock != null ? lock.name() : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
