package io.redress.aftersale;

import io.redress.policy.TimerId;

/** The deadline a state starts: which timer runs, which party must act, and what the system does if it does not. */
public record DeadlineRule(TimerId timer, Actor party, CaseAction onExpiry) {
}
