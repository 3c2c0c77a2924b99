package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void aReplyCodeStandsAloneOrInBrackets() {
        assertEquals("550", Text.replyCode("550 5.1.1 User unknown"));
        assertEquals("550", Text.replyCode("mailbox unavailable. [SMTP Error Code 550]"));
        assertEquals("452", Text.replyCode("host said: (452) too many recipients"));
        assertNull(Text.replyCode("port 5550 and 550-12 are not replies"));
        assertNull(Text.replyCode("build 5.501, [x550]"));
    }
}
