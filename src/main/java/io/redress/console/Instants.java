package io.redress.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Instants for people, in the marketplace's zone. Templates call {@code ${@instants.format(instant)}}. */
@Component("instants")
class Instants {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    Instants(@Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone));
    }
}
