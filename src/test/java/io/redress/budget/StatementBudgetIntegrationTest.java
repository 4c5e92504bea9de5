package io.redress.budget;

import io.redress.RedressIntegrationTest;

/** The budgets on H2, the embedded default: every statement the application runs. */
@RedressIntegrationTest
class StatementBudgetIntegrationTest extends StatementBudgets {

    @Override
    CommandBudgets.Budget onThisDatabase(CommandBudgets.Budget command) {
        return command;
    }
}
