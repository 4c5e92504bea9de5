package io.redress.policy;

/** How many applications (cancelled ones included) and modifications one order line allows. */
public record Limits(int applications, int modifications) {

    public Limits {
        if (applications < 1 || modifications < 0) {
            throw new IllegalArgumentException("limits need at least one application and no negative modifications");
        }
    }
}
