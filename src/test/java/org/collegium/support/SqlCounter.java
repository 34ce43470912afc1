package org.collegium.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends while it counts: every statement prepared or created on a
 * connection of the application's DataSource (Hibernate's, JdbcTemplate's, Flyway's alike). The DataSource is
 * wrapped once for the whole test context; threads that are not counting pay one ThreadLocal read per statement.
 */
public final class SqlCounter implements BeanPostProcessor {

    private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();

    /** How many statements the action sent from this thread. */
    public static long count(Runnable action) {
        long[] before = COUNTING.get();
        long[] counter = {0};
        COUNTING.set(counter);
        try {
            action.run();
        } finally {
            COUNTING.set(before);
            if (before != null) {
                before[0] += counter[0];
            }
        }
        return counter[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return wrap(dataSource, DataSource.class, false);
        }
        return bean;
    }

    private static Object wrap(Object target, Class<?> type, boolean connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            String name = method.getName();
            if (connection && (name.startsWith("prepare") || name.equals("createStatement"))) {
                long[] counter = COUNTING.get();
                if (counter != null) {
                    counter[0]++;
                }
            }
            if (!connection && name.equals("getConnection") && result instanceof Connection c) {
                return wrap(c, Connection.class, true);
            }
            return result;
        };
        return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
