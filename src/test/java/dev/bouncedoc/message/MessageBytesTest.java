package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class MessageBytesTest {
    static final byte[] TEN = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void readsWhatTheStreamHoldsUpToTheLimitWhateverSizeWasExpected() throws IOException {
        assertArrayEquals(TEN, MessageBytes.read(new ByteArrayInputStream(TEN), 10, 100));
        assertArrayEquals(TEN, MessageBytes.read(new ByteArrayInputStream(TEN), 4, 100)); // the file grew
        assertArrayEquals(TEN, MessageBytes.read(new ByteArrayInputStream(TEN), 30, 100)); // the file shrank
        assertArrayEquals(TEN, MessageBytes.read(new ByteArrayInputStream(TEN), 0, 100)); // size unknown
        assertArrayEquals("012345".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                MessageBytes.read(new ByteArrayInputStream(TEN), 10, 6));
        assertArrayEquals("012345".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                MessageBytes.read(new ByteArrayInputStream(TEN), 4, 6));
    }
}
