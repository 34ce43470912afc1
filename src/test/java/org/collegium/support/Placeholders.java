package org.collegium.support;

/** Arguments for calling a method only to see method security refuse it (the body is never meant to run). */
public final class Placeholders {

    private Placeholders() {
    }

    public static Object of(Class<?> type) {
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 1.0;
        }
        return null;
    }
}
