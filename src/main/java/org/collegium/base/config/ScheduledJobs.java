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
 * Every {@code @Scheduled} method of the application, found at start-up: their meters are registered at once
 * ({@link JobMeters}), and a test (or an operator's tool) can run one now exactly as the scheduler would, through
 * its ShedLock and its measurement. A job added later is listed by being {@code @Scheduled}.
 */
@Component
public class ScheduledJobs implements SmartInitializingSingleton {

    /** One job: its name (the ShedLock name, else class.method), the bean and the method the scheduler calls. */
    public record Job(String name, String beanName, Method method) {
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
            found.keySet().forEach(method -> jobs.add(new Job(nameOf(method), beanName, method)));
        }
        jobs.sort(Comparator.comparing(Job::name));
        jobs.forEach(job -> meters.register(job.name()));
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    /** Runs the job now on this node, through its proxy (so under its lock, logged and measured). */
    public void runNow(Job job) {
        Object bean = beans.getBean(job.beanName());
        Method method = AopUtils.selectInvocableMethod(job.method(), bean.getClass());
        ReflectionUtils.makeAccessible(method);
        ReflectionUtils.invokeMethod(method, bean);
    }

    static String nameOf(Method method) {
        SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
        return lock != null ? lock.name() : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
