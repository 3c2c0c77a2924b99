package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;

/** Reads a sample message written in a test as text. */
final class Samples {
    private Samples() {
    }

    static Report read(String raw) {
        return Recognizers.read(MailMessage.parse(raw.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }
}
