package io.redress.shared;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The components of record classes, looked up once per class. {@link Class#getRecordComponents()} builds new objects
 * on every call (6 % of the JVM's CPU while agreements were paid out under load went there, for the audit trail's
 * details), and an accessor {@link Method} obtained afresh each time is invoked natively, never through the faster
 * accessor that reflection generates for a method called often.
 */
public final class RecordComponents {

    /** One component: its name and its accessor. */
    public record Component(String name, Method accessor) {

        /** The component's value in {@code record}. */
        public Object valueIn(Record record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }
    }

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(new Component(component.getName(), component.getAccessor()));
            }
            return List.copyOf(components);
        }
    };

    private RecordComponents() {
    }

    /** The components of {@code record}'s class, in declaration order. */
    public static List<Component> of(Record record) {
        return COMPONENTS.get(record.getClass());
    }
}
