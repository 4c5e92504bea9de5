package io.redress;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Generators for {@link Tries}: uniform values with the edges of each range drawn more often, where off-by-one bugs live. */
public final class Draw {

    private Draw() {
    }

    /** A value in min..max, both included; one draw in ten is min, max or zero. */
    public static long between(Random random, long min, long max) {
        switch (random.nextInt(30)) {
            case 0:
                return min;
            case 1:
                return max;
            case 2:
                return min <= 0 && 0 <= max ? 0 : min;
            default:
                if (max < Long.MAX_VALUE) {
                    return random.nextLong(min, max + 1);
                }
                return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
        }
    }

    public static int between(Random random, int min, int max) {
        return (int) between(random, (long) min, (long) max);
    }

    public static long anyLong(Random random) {
        return between(random, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static int anyInt(Random random) {
        return between(random, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public static <E extends Enum<E>> E oneOf(Random random, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A list of min..max elements; the smallest and largest sizes come up more often. */
    public static <T> List<T> list(Random random, int min, int max, Function<Random, T> element) {
        int size = between(random, min, max);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(random));
        }
        return list;
    }
}
