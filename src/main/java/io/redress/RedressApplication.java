package io.redress;

import io.redress.audit.AuditVerifyCommand;
import io.redress.simulation.SimulateCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Redress: after-sales refunds, returns, exchanges and disputes for online marketplaces. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class RedressApplication {

    /**
     * {@code audit-verify FILE ...} verifies an audit export offline and exits, without starting Spring;
     * {@code simulate SCENARIO ...} plays a scenario under two policies in applications of its own and exits.
     */
    public static void main(String[] args) {
        if (args.length > 0 && AuditVerifyCommand.NAME.equals(args[0])) {
            System.exit(AuditVerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && SimulateCommand.NAME.equals(args[0])) {
            System.exit(SimulateCommand.run(RedressApplication.class, Arrays.copyOfRange(args, 1, args.length), System.out,
                    System.err));
        }
        SpringApplication.run(RedressApplication.class, args);
    }
}
