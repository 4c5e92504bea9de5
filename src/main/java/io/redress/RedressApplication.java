package io.redress;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Redress: after-sales refunds, returns, exchanges and disputes for online marketplaces. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class RedressApplication {

    public static void main(String[] args) {
        SpringApplication.run(RedressApplication.class, args);
    }
}
