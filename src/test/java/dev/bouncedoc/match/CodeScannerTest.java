package dev.bouncedoc.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeScannerTest {
    private static String scan(String input) {
        List<Token> tokens = CodeScanner.scan(TextNormalizer.normalize(input).text());
        return tokens.stream().map(t -> t.kind() + ":" + t.value()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "550 5.1.1 User unknown|REPLY:550 STATUS:5.1.1",
            "550-5.7.26 Unauthenticated email|REPLY:550 STATUS:5.7.26",
            "421-4.7.0 [192.0.2.1] try again|REPLY:421 STATUS:4.7.0 HOST:192.0.2.1",
            "(#5.1.1)|STATUS:5.1.1",
            "smtp; 552 5.2.2 over quota|REPLY:552 STATUS:5.2.2",
            "Error Number: 0x800CCC0E|HRESULT:0x800CCC0E",
            "error 0x800ccc0e|HRESULT:0x800CCC0E",
            "エラー番号: ０ｘ８００ＣＣＣ０Ｅ|HRESULT:0x800CCC0E",
            "code 800CCC0E|HRESULT:0x800CCC0E",
            "Error Number: -2146644978|HRESULT:0x800CCC0E",
            "0x80042109|HRESULT:0x80042109",
            "Socket Error: 10061|SOCKET:10061",
            "ソケット エラー: 11004|SOCKET:11004",
            "-ERR [IN-USE] Mailbox is locked|POP3_ERR:-ERR POP3:IN-USE",
            "-ERR [LOGIN-DELAY] wait|POP3_ERR:-ERR POP3:LOGIN-DELAY",
            "a1 NO [AUTHENTICATIONFAILED] Invalid credentials|IMAP:AUTHENTICATIONFAILED",
            "<taro@example.ne.jp>: Recipient address rejected|ADDRESS:taro@example.ne.jp",
            "Server: 'smtp.example.com', Port: 587|HOST:smtp.example.com",
            "connect to 127.0.0.1 failed|HOST:127.0.0.1",
    })
    void findsCodesInTheirUsualSpellings(String input, String expected) {
        assertEquals(expected, scan(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Port: 465, Secure(SSL): Yes",
            "Port: 587",
            "on 2026-11-22 at 10:45:00",
            "version 1.2.3.4",
            "phone 0120-550-123",
            "10061 without the word",
            "e.g. this",
            "[127.0.0.1]x",
    })
    void leavesOrdinaryNumbersAndWordsAlone(String input) {
        String found = scan(input);
        assertEquals(true, !found.contains("REPLY") && !found.contains("STATUS") && !found.contains("SOCKET")
                && !found.contains("HRESULT"), input + " -> " + found);
    }

    @Test
    void offsetsPointAtTheCode() {
        String text = TextNormalizer.normalize("Error: 550 5.1.1").text();
        List<Token> tokens = CodeScanner.scan(text);
        assertEquals("550", text.substring(tokens.get(0).start(), tokens.get(0).end()));
        assertEquals("5.1.1", text.substring(tokens.get(1).start(), tokens.get(1).end()));
    }
}
