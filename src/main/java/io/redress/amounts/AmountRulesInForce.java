package io.redress.amounts;

import java.time.Instant;

/**
 * The rules of the policy version in force at a moment, for quotes that belong to no case yet. The policy
 * module provides it, so that amounts does not depend on how policies are stored and chosen.
 */
public interface AmountRulesInForce {

    AmountRules at(Instant at);
}
