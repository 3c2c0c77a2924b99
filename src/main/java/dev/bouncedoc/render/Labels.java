package dev.bouncedoc.render;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import dev.bouncedoc.words.UiWords;
import java.util.Locale;
import java.util.Map;

/** The renderers' words, in every language the bundled catalog has: looked up in the shared table ({@link UiWords}). */
final class Labels {
    /** Language, then key, then the words: the shared table (catalog of {@link UiWords}). */
    static final Map<String, Map<String, String>> WORDS = UiWords.table();

    private Labels() {
    }

    static String get(Locale locale, String key) {
        return UiWords.get(locale.getLanguage(), key);
    }

    /**
     * The "truncated" label with the number of characters read, as {@code new MessageFormat(label, locale)}
     * writes it, without parsing the label each time.
     */
    static String truncated(Locale locale, int charsRead) {
        String label = get(locale, "truncated");
        int at = label.indexOf("{0}");
        LocalizedNumberFormatter number = Numbers.BY_LOCALE.get(locale);
        if (number == null) {
            number = NumberFormatter.withLocale(locale);
        }
        return label.substring(0, at) + number.format(charsRead) + label.substring(at + 3);
    }

    /** ICU's number formatters (immutable, thread-safe), made when a label first needs one. */
    private static final class Numbers {
        static final Map<Locale, LocalizedNumberFormatter> BY_LOCALE = Map.of(
                Locale.ENGLISH, NumberFormatter.withLocale(Locale.ENGLISH),
                Locale.JAPANESE, NumberFormatter.withLocale(Locale.JAPANESE));
    }

    /** Who acts, in words; "not known" when the diagnosis cannot say (nothing was recognised). */
    static String whoActs(Locale locale, WhoActs who) {
        return get(locale, who == null ? "unknown" : who.id());
    }

    /**
     * Who acts, for a diagnosis that also says whether to retry: "nobody" of a notice (nothing failed) has
     * nothing to wait for, unlike "nobody" of a temporary error, which clears by itself.
     */
    static String whoActs(Locale locale, WhoActs who, Retry retry) {
        return who == WhoActs.NOBODY && retry == Retry.NOT_NEEDED ? get(locale, "nobody.notice") : whoActs(locale, who);
    }

    /**
     * A Sisimai reason for people: its name in the language with Sisimai's name beside it ("宛先のユーザーが存在しない
     * （userunknown）", "unknown user (userunknown)"); Sisimai's name alone for a reason without a name.
     */
    static String reason(Locale locale, String reason) {
        String name = get(locale, "reason." + reason);
        return name == null ? reason : get(locale, "reasonFormat").replace("{0}", name).replace("{1}", reason);
    }

    /** An evidence kind (phrase, hint, reply, ...) in words; the kind itself when it has none. */
    static String evidence(Locale locale, String kind) {
        String name = get(locale, "evidence." + kind);
        return name == null ? kind : name;
    }

    static String retry(Locale locale, Retry retry) {
        return get(locale, retry == null ? "unknown" : retry.id());
    }
}
