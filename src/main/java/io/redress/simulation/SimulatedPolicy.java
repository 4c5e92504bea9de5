package io.redress.simulation;

import io.redress.policy.PolicyRules;

/** A policy to play: its label in the report ({@code taobao@3}, a draft's file name) and its rules. */
public record SimulatedPolicy(String label, PolicyRules rules) {

    public SimulatedPolicy {
        if (label == null || label.isBlank() || rules == null) {
            throw new IllegalArgumentException("a simulated policy needs a label and rules");
        }
    }
}
