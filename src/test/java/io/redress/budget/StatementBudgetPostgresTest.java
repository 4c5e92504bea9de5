package io.redress.budget;

import io.redress.RedressPostgresTest;

/** The budgets on PostgreSQL: round trips to the database ({@link CommandBudgets#ON_POSTGRESQL}). */
@RedressPostgresTest
class StatementBudgetPostgresTest extends StatementBudgets {

    @Override
    CommandBudgets.Budget onThisDatabase(CommandBudgets.Budget command) {
        return CommandBudgets.ON_POSTGRESQL.getOrDefault(command, command);
    }
}
