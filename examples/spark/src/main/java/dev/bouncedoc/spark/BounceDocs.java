package dev.bouncedoc.spark;

import dev.bouncedoc.BounceDoc;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link BounceDoc} per executor JVM and language, made on first use. Spark ships functions and tasks
 * to executors by serialising them; they carry only a language tag and ask here, so the catalog is loaded
 * once per JVM (not per task, not per row) and a {@code BounceDoc} is never serialised. {@code BounceDoc}
 * is immutable and thread-safe, so the task threads of an executor share it.
 */
public final class BounceDocs {
    private static final ConcurrentHashMap<String, BounceDoc> DOCS = new ConcurrentHashMap<>();

    private BounceDocs() {
    }

    /** The instance of this JVM whose texts (titles) are in {@code languageTag} ("en", "ja"). */
    public static BounceDoc forLanguage(String languageTag) {
        return DOCS.computeIfAbsent(languageTag,
                tag -> BounceDoc.builder().locale(Locale.forLanguageTag(tag)).build());
    }
}
