package dev.bouncedoc.match;

/**
 * Where sentences begin and end in normalised text, for the {@link Condition#ORDERED} and {@link Condition#ALL}
 * conditions (catalog/README.md, "Sentences"). A sentence ends after {@code 。}, and after {@code .},
 * {@code !} or {@code ?} followed by a space, a Japanese character or the end of the text (normalisation has
 * already turned {@code ！？} into {@code !?} and dropped spaces beside Japanese). A line break is not an
 * end: normalisation has made it a space, and SMTP replies wrap lines in mid-sentence (RFC 5321 §4.2.1), so
 * "5.1.1", "example.com" and a wrapped reply stay inside their sentence.
 */
public final class Sentences {
    private Sentences() {
    }

    /** The sentence number of every character of {@code text}, counting from 0; one pass. */
    public static int[] index(String text) {
        int n = text.length();
        int[] sentence = new int[n];
        int current = 0;
        for (int i = 0; i < n; i++) {
            sentence[i] = current;
            if (endsSentence(text, i)) {
                current++;
            }
        }
        return sentence;
    }

    /** Whether the character at {@code i} is the last one of its sentence. */
    public static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u3002') { // 。
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 1 == text.length()) {
            return true;
        }
        char next = text.charAt(i + 1);
        return next == ' ' || TextNormalizer.isJapanese(next);
    }
}
