package dev.bouncedoc.catalog;

import dev.bouncedoc.match.Condition;
import dev.bouncedoc.match.PhraseAutomaton;
import dev.bouncedoc.match.RuleSet;
import dev.bouncedoc.vocabulary.EntryKind;
import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The bundled catalog in compiled form: written at build time (process-classes) from the YAML the jar
 * carries, after the loader has read and checked it, and read instead of the YAML when the library starts.
 * It holds what the loader produces (entries with their texts and rules, the rule set's tables and the
 * phrase automaton's, both in the form the matching uses), so loading it parses no YAML, normalises nothing
 * and builds neither the rule set nor the automaton. The YAML stays the source: the file
 * carries a fingerprint of the YAML files it was compiled from and, outside a jar, is ignored when they
 * differ (a catalog edited after the build); overlays are always read from YAML.
 *
 * <p>Layout, integers as unsigned variable-length quantities (7 bits a byte, low bits first) unless said
 * otherwise: a magic number and layout version; the fingerprint; every distinct string once (each one's
 * length and whether it is Latin-1, then the Latin-1 ones as one block of bytes and the others as one
 * block of big-endian UTF-16), so that they are read without decoding; the YAML files; then the catalog,
 * every string as its index in that table (0 for null), each made when first read; every entry's id,
 * aliases, kind and reason, then the rest of it as a block of known length, read when the entry is first
 * asked for; the automaton's packed tables (the form its search walks, {@link PhraseAutomaton#tables()})
 * and the rule set's ({@link RuleSet#tables()}), int arrays as big-endian blocks read in bulk, string
 * arrays as indexes, both only checked for shape; last the CRC-32 of everything before it, checked at load
 * (so that an entry read later cannot find damage).
 */
public final class CompiledCatalog {
    /** The name of the compiled catalog among the resources beside the YAML. */
    public static final String RESOURCE = "catalog.bin";
    private static final byte[] MAGIC = {'B', 'D', 'C', 'C'};
    private static final int LAYOUT = 4;

    private CompiledCatalog() {
    }

    /**
     * The bundled catalog from its compiled form, or null when there is none (a build that did not run
     * process-classes), it cannot be read, or, for classes on disk, it was compiled from other YAML than lies
     * beside it (a catalog edited since the last build; a jar is one build's output and is not checked):
     * the caller then loads the YAML.
     */
    public static CatalogData bundled() {
        java.net.URL url = CatalogSource.class.getResource(RESOURCE);
        if (url == null) {
            return null;
        }
        try {
            java.net.URLConnection connection = url.openConnection();
            if (connection instanceof java.net.JarURLConnection) {
                // A jar is one build's output: its compiled catalog was made from the YAML beside it.
                return read(readJarEntry((java.net.JarURLConnection) connection), null);
            }
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or foreign file: the YAML is the source
        }
        try (InputStream in = url.openStream()) {
            // Classes on disk (a development build): the YAML may have been edited since the compilation.
            return read(in.readAllBytes(), name -> {
                InputStream yaml = CatalogSource.class.getResourceAsStream(name);
                if (yaml == null) {
                    throw new IOException(name + ": not found");
                }
                try (yaml) {
                    return yaml.readAllBytes();
                }
            });
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or foreign file: the YAML is the source
        }
    }

    /**
     * The bytes of a jar's entry, inflated straight into one array of the size the jar records (the general
     * readAllBytes reads in chunks of 8 KiB and copies them twice: 3 MB at every start).
     */
    private static byte[] readJarEntry(java.net.JarURLConnection connection) throws IOException {
        long size = connection.getContentLengthLong();
        try (InputStream in = connection.getInputStream()) {
            if (size < 0 || size > Integer.MAX_VALUE - 8) {
                return in.readAllBytes();
            }
            byte[] bytes = new byte[(int) size];
            int at = 0;
            while (at < bytes.length) {
                int n = in.read(bytes, at, bytes.length - at);
                if (n < 0) {
                    throw new IOException("truncated");
                }
                at += n;
            }
            if (in.read() >= 0) {
                throw new IOException("longer than the jar says");
            }
            return bytes;
        }
    }

    /** Reads a file of the catalog's YAML by its name. */
    interface YamlFiles {
        byte[] read(String name) throws IOException;
    }

    /**
     * Compiles the catalog in {@code args[0]} (a folder with catalog.yaml, the build's copy of the bundled
     * catalog) into {@link #RESOURCE} in the same folder. Throws, failing the build, when the catalog has
     * problems.
     */
    public static void main(String[] args) throws IOException, CatalogProblem {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompiledCatalog FOLDER (the folder of catalog.yaml)");
        }
        Path folder = Path.of(args[0]);
        CatalogSource files = CatalogSource.folder(folder);
        CatalogData data = CatalogLoader.load(new CatalogSource() { // named as the bundled catalog names them
            @Override
            public java.io.Reader open(String name) throws IOException {
                return files.open(name);
            }

            @Override
            public String describe(String name) {
                return CatalogSource.bundled().describe(name);
            }
        });
        List<String> yaml = new ArrayList<>();
        yaml.add(CatalogLoader.MANIFEST);
        yaml.addAll(manifestFiles(java.nio.file.Files.readString(folder.resolve(CatalogLoader.MANIFEST))));
        byte[] compiled = write(data, yaml, name -> java.nio.file.Files.readAllBytes(folder.resolve(name)));
        Path target = folder.resolve(RESOURCE);
        java.nio.file.Files.write(target, compiled);
        System.out.println("[bouncedoc] compiled catalog " + data.version() + ": " + data.entries().size()
                + " entries, " + compiled.length + " bytes: " + target);
    }

    /** The entry files the manifest lists, in order. */
    private static List<String> manifestFiles(String manifest) {
        Object root = new Load(LoadSettings.builder().build()).loadFromString(manifest);
        List<String> files = new ArrayList<>();
        if (root instanceof Map && ((Map<?, ?>) root).get("files") instanceof List) {
            for (Object file : (List<?>) ((Map<?, ?>) root).get("files")) {
                files.add(String.valueOf(file));
            }
        }
        return files;
    }

    /**
     * The compiled form of {@code data}, loaded from the YAML {@code files} (the manifest first), which
     * {@code yaml} reads to fingerprint them.
     */
    static byte[] write(CatalogData data, List<String> files, YamlFiles yaml) throws IOException {
        Writer w = new Writer();
        w.strings(files);
        w.string(data.name());
        w.string(data.version());
        w.strings(data.languages());
        for (String language : data.languages()) {
            Map<String, String> words = data.placeholders(language);
            w.number(words.size());
            for (Map.Entry<String, String> word : words.entrySet()) {
                w.string(word.getKey());
                w.string(word.getValue());
            }
        }
        w.number(data.entries().size());
        for (EntryData e : data.entries()) {
            w.string(e.id());
            w.strings(e.aliases());
            w.string(e.kind().name());
            w.string(e.reason());
            // the rest of the entry as a block of known length: it is read when the entry is first asked for
            ByteArrayOutputStream index = w.body;
            w.body = new ByteArrayOutputStream();
            w.bool(e.hardBounce());
            w.string(e.whoActs() == null ? null : e.whoActs().name()); // null: the unknown answer does not guess
            w.string(e.retry() == null ? null : e.retry().name());
            w.number(e.rules().size());
            for (EntryData.Rule rule : e.rules()) {
                w.string(rule.source());
                w.number(rule.conditions().size());
                for (EntryData.RuleCondition c : rule.conditions()) {
                    w.string(c.type().name());
                    w.strings(c.values());
                }
            }
            w.texts(e.texts(), data.languages());
            w.strings(e.references());
            w.strings(e.examples());
            w.string(e.source());
            EntryData.Variant v = e.whenTransient();
            w.number(v == null ? 0 : 1);
            if (v != null) {
                w.bool(v.hardBounce());
                w.string(v.whoActs() == null ? null : v.whoActs().name());
                w.string(v.retry().name());
                w.texts(v.texts(), data.languages());
            }
            ByteArrayOutputStream rest = w.body;
            w.body = index;
            w.number(rest.size());
            rest.writeTo(w.body);
        }
        PhraseAutomaton.Tables t = data.rules().automaton().tables();
        w.ints(t.node());
        w.ints(t.dense());
        w.ints(t.asciiClass());
        w.ints(t.outPhrase());
        w.ints(t.outNext());
        w.ints(t.rootAscii());
        w.ints(t.phraseLength());
        RuleSet.Tables rules = data.rules().tables();
        w.ints(rules.valueCondition());
        w.ints(rules.valueWeight());
        w.strings(rules.valueDisplay());
        w.ints(rules.valuePart());
        w.ints(rules.valueKey());
        w.ints(rules.phraseValueFirst());
        w.ints(rules.phraseValues());
        w.strings(rules.codeKeys());
        w.ints(rules.codeValueFirst());
        w.ints(rules.codeValues());
        w.ints(rules.phraseOwnerFirst());
        w.ints(rules.phraseOwners());
        w.ints(rules.shortPhrase());
        w.ints(rules.conditionType());
        w.ints(rules.conditionRule());
        w.ints(rules.conditionParts());
        w.ints(rules.conditionLength());
        w.strings(rules.conditionDisplay());
        w.ints(rules.ruleConditionFirst());
        w.ints(rules.ruleConditions());
        w.ints(rules.ruleEntry());
        return w.finish(fingerprint(files, yaml));
    }

    /**
     * Reads a compiled catalog; throws when it is damaged or, unless {@code yaml} is null, when it was compiled
     * from other YAML than {@code yaml} reads.
     */
    static CatalogData read(byte[] bytes, YamlFiles yaml) throws IOException {
        Reader r = new Reader(bytes);
        long fingerprint = r.header();
        List<String> files = r.strings();
        if (yaml != null && fingerprint != fingerprint(files, yaml)) {
            throw new IOException("compiled from other YAML");
        }
        String name = r.string();
        String version = r.string();
        List<String> languages = r.strings();
        Map<String, Map<String, String>> placeholders = new HashMap<>();
        for (String language : languages) {
            int n = r.number();
            Map<String, String> words = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                words.put(r.string(), r.string());
            }
            placeholders.put(language, words);
        }
        int count = r.count();
        String[] ids = new String[count];
        List<List<String>> aliases = new ArrayList<>(count);
        EntryKind[] kinds = new EntryKind[count];
        String[] reasons = new String[count];
        int[] blocks = new int[count]; // where each entry's block starts
        for (int index = 0; index < count; index++) {
            ids[index] = r.string();
            if (ids[index] == null) {
                throw new IOException("an entry without an id");
            }
            aliases.add(r.strings());
            kinds[index] = EntryKind.valueOf(r.string());
            reasons[index] = r.string();
            int length = r.count();
            blocks[index] = r.at;
            r.at += length;
        }
        Entries entries = new Entries(r, ids, aliases, kinds, reasons, blocks);
        PhraseAutomaton automaton = PhraseAutomaton.of(new PhraseAutomaton.Tables(r.ints(), r.ints(), r.ints(),
                r.ints(), r.ints(), r.ints(), r.ints()));
        RuleSet.Tables rules = new RuleSet.Tables(r.ints(), r.ints(), r.stringArray(), r.ints(), r.ints(), r.ints(),
                r.ints(), r.stringArray(), r.ints(), r.ints(), r.ints(), r.ints(), r.ints(), r.ints(), r.ints(),
                r.ints(), r.ints(), r.stringArray(), r.ints(), r.ints(), r.ints());
        if (!r.atEnd()) {
            throw new IOException("trailing bytes");
        }
        return new CatalogData(name, version, languages, placeholders, entries, ids, aliases, kinds, reasons,
                RuleSet.of(rules, automaton, count));
    }

    /** CRC-32 of every file's name and bytes, in order, with their total length in the high bits. */
    private static long fingerprint(List<String> files, YamlFiles yaml) throws IOException {
        CRC32 crc = new CRC32();
        long length = 0;
        for (String file : files) {
            byte[] name = file.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = yaml.read(file);
            crc.update(name);
            crc.update(0);
            crc.update(bytes);
            length += bytes.length;
        }
        return length << 32 | crc.getValue();
    }

    /**
     * The entries of a compiled catalog, each made from its block when first asked for (and then kept):
     * loading the catalog reads only their ids, aliases, kinds and reasons, and the first answer makes the
     * one entry it names. Thread-safe; the file was checked whole (its checksum) when loaded.
     */
    private static final class Entries extends java.util.AbstractList<EntryData> implements java.util.RandomAccess {
        private final Reader reader;
        private final String[] ids;
        private final List<List<String>> aliases;
        private final EntryKind[] kinds;
        private final String[] reasons;
        private final int[] blocks;
        private final EntryData[] made;

        Entries(Reader reader, String[] ids, List<List<String>> aliases, EntryKind[] kinds, String[] reasons,
                int[] blocks) {
            this.reader = reader;
            this.ids = ids;
            this.aliases = aliases;
            this.kinds = kinds;
            this.reasons = reasons;
            this.blocks = blocks;
            this.made = new EntryData[ids.length];
        }

        @Override
        public int size() {
            return ids.length;
        }

        @Override
        public EntryData get(int index) {
            EntryData e = made[index]; // a record's fields are final: safe to read without a lock once set
            if (e == null) {
                synchronized (made) {
                    e = made[index];
                    if (e == null) {
                        try {
                            e = reader.at(blocks[index]).entry(ids[index], aliases.get(index), kinds[index],
                                    reasons[index]);
                        } catch (IOException | RuntimeException damaged) {
                            // the file passed its checksum: only a writer that does not match this reader
                            throw new IllegalStateException("the compiled catalog's entry " + ids[index]
                                    + " cannot be read", damaged);
                        }
                        made[index] = e;
                    }
                }
            }
            return e;
        }
    }

    private static final class Writer {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> table = new ArrayList<>();
        private ByteArrayOutputStream body = new ByteArrayOutputStream();

        void number(int n) {
            number(body, n);
        }

        static void number(OutputStream out, long n) {
            try {
                while ((n & ~0x7FL) != 0) {
                    out.write((int) (n & 0x7F) | 0x80);
                    n >>>= 7;
                }
                out.write((int) n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void string(String s) {
            if (s == null) {
                number(0);
                return;
            }
            Integer id = ids.get(s);
            if (id == null) {
                table.add(s);
                id = table.size();
                ids.put(s, id);
            }
            number(id);
        }

        void strings(List<String> list) {
            number(list.size());
            for (String s : list) {
                string(s);
            }
        }

        /** An array of strings, nulls included. */
        void strings(String[] array) {
            number(array.length);
            for (String s : array) {
                string(s);
            }
        }

        void bool(Boolean b) {
            number(b == null ? 0 : b ? 2 : 1);
        }

        void texts(Map<String, TextSet> texts, List<String> languages) {
            number(texts.size());
            for (String language : languages) {
                TextSet t = texts.get(language);
                if (t != null) {
                    string(language);
                    string(t.title());
                    string(t.summary());
                    strings(t.steps());
                    strings(t.adminNotes());
                }
            }
        }

        /** An int array, four bytes each (big-endian), read back in bulk. */
        void ints(int[] values) {
            number(values.length);
            ByteBuffer buffer = ByteBuffer.allocate(4 * values.length);
            buffer.asIntBuffer().put(values);
            body.writeBytes(buffer.array());
        }

        byte[] finish(long fingerprint) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(MAGIC);
            number(out, LAYOUT);
            number(out, fingerprint);
            // Latin-1 strings as one byte a character, the others as UTF-16: read back without decoding.
            ByteArrayOutputStream latin = new ByteArrayOutputStream();
            StringBuilder wide = new StringBuilder();
            number(out, table.size());
            for (String s : table) {
                boolean isLatin = s.chars().allMatch(c -> c < 0x100);
                number(out, (long) s.length() << 1 | (isLatin ? 0 : 1));
                if (isLatin) {
                    latin.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    wide.append(s);
                }
            }
            number(out, latin.size());
            latin.writeTo(out);
            char[] chars = wide.toString().toCharArray();
            number(out, chars.length);
            ByteBuffer buffer = ByteBuffer.allocate(2 * chars.length);
            buffer.asCharBuffer().put(chars);
            out.write(buffer.array());
            body.writeTo(out);
            CRC32 crc = new CRC32();
            byte[] bytes = out.toByteArray();
            crc.update(bytes);
            out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
            return out.toByteArray();
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;
        // the string table, each string made when first read (shared by the cursors of at(), from any thread:
        // two threads may make the same string twice, which is harmless)
        private String[] table;
        private int[] sizes;              // by string id - 1: length << 1 | 1 when UTF-16
        private int[] starts;             // by string id - 1: where it starts in its block (bytes or chars)
        private int latinBase;
        private java.nio.CharBuffer wide; // the UTF-16 block

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        /** A cursor at {@code position} over the same bytes and strings. */
        Reader at(int position) {
            Reader r = new Reader(bytes);
            r.table = table;
            r.sizes = sizes;
            r.starts = starts;
            r.latinBase = latinBase;
            r.wide = wide;
            r.at = position;
            return r;
        }

        /** Checks the checksum, reads the header and the string table's index; returns the fingerprint. */
        long header() throws IOException {
            if (bytes.length < MAGIC.length + 4) {
                throw new IOException("not a compiled catalog");
            }
            for (byte b : MAGIC) {
                if (bytes[at++] != b) {
                    throw new IOException("not a compiled catalog");
                }
            }
            int end = bytes.length - 4;
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, end);
            if ((int) crc.getValue() != ByteBuffer.wrap(bytes, end, 4).getInt()) {
                throw new IOException("damaged (checksum)");
            }
            if (number() != LAYOUT) {
                throw new IOException("another layout");
            }
            long fingerprint = longNumber();
            int count = count();
            sizes = new int[count];
            starts = new int[count];
            long latinTotal = 0;
            long wideTotal = 0;
            for (int i = 0; i < count; i++) {
                int size = number();
                sizes[i] = size;
                if ((size & 1) == 0) {
                    starts[i] = (int) latinTotal;
                    latinTotal += size >>> 1;
                } else {
                    starts[i] = (int) wideTotal;
                    wideTotal += size >>> 1;
                }
                if (latinTotal > bytes.length || wideTotal > bytes.length) {
                    throw new IOException("truncated");
                }
            }
            int latinLength = number();
            if (latinLength != latinTotal || latinLength > end - at) {
                throw new IOException("truncated");
            }
            latinBase = at;
            at += latinLength;
            int wideLength = number();
            if (wideLength != wideTotal || wideLength > (end - at) / 2) {
                throw new IOException("truncated");
            }
            wide = ByteBuffer.wrap(bytes, at, 2 * wideLength).slice().asCharBuffer();
            at += 2 * wideLength;
            table = new String[count + 1];
            return fingerprint;
        }

        /** String {@code id} (not 0) of the table. */
        private String make(int id) {
            int size = sizes[id - 1];
            int length = size >>> 1;
            if ((size & 1) == 0) {
                return new String(bytes, latinBase + starts[id - 1], length, StandardCharsets.ISO_8859_1);
            }
            char[] chars = new char[length];
            wide.get(starts[id - 1], chars);
            return new String(chars);
        }

        /** The rest of an entry, from its block (see write). */
        EntryData entry(String id, List<String> aliases, EntryKind kind, String reason) throws IOException {
            Boolean hard = bool();
            String who = string();
            WhoActs whoActs = who == null ? null : WhoActs.valueOf(who);
            String again = string();
            Retry retry = again == null ? null : Retry.valueOf(again);
            int ruleCount = count();
            List<EntryData.Rule> rules = new ArrayList<>(ruleCount);
            for (int k = 0; k < ruleCount; k++) {
                String source = string();
                int conditionCount = count();
                List<EntryData.RuleCondition> conditions = new ArrayList<>(conditionCount);
                for (int c = 0; c < conditionCount; c++) {
                    Condition type = Condition.valueOf(string());
                    conditions.add(new EntryData.RuleCondition(type, strings()));
                }
                rules.add(new EntryData.Rule(conditions, source));
            }
            Map<String, TextSet> texts = texts();
            List<String> references = strings();
            List<String> examples = strings();
            String source = string();
            EntryData.Variant variant = null;
            if (number() == 1) {
                Boolean variantHard = bool();
                String variantWho = string();
                Retry variantRetry = Retry.valueOf(string());
                variant = new EntryData.Variant(variantHard, variantWho == null ? null : WhoActs.valueOf(variantWho),
                        variantRetry, texts());
            }
            return new EntryData(id, aliases, kind, reason, hard, whoActs, retry, rules, texts, references,
                    examples, source, variant);
        }

        long longNumber() throws IOException {
            long n = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= bytes.length) {
                    throw new IOException("truncated");
                }
                int b = bytes[at++];
                n |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return n;
                }
            }
            throw new IOException("bad number");
        }

        /** A number of items that follow, each at least one byte: bounded by what is left. */
        int count() throws IOException {
            int n = number();
            if (n > bytes.length - at) {
                throw new IOException("truncated");
            }
            return n;
        }

        int number() throws IOException {
            long n = longNumber();
            if (n > Integer.MAX_VALUE) {
                throw new IOException("bad number");
            }
            return (int) n;
        }

        String string() throws IOException {
            int id = number();
            if (id >= table.length) {
                throw new IOException("bad string");
            }
            if (id == 0) {
                return null;
            }
            String s = table[id];
            if (s == null) {
                s = make(id);
                table[id] = s;
            }
            return s;
        }

        List<String> strings() throws IOException {
            int n = count();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String s = string();
                if (s == null) {
                    throw new IOException("null in a list");
                }
                list.add(s);
            }
            return list;
        }

        String[] stringArray() throws IOException {
            int n = count();
            String[] array = new String[n];
            for (int i = 0; i < n; i++) {
                array[i] = string();
            }
            return array;
        }

        Boolean bool() throws IOException {
            int b = number();
            return b == 0 ? null : b == 2;
        }

        Map<String, TextSet> texts() throws IOException {
            int n = number();
            Map<String, TextSet> texts = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String language = string();
                texts.put(language, new TextSet(language, string(), string(), strings(), strings()));
            }
            return texts;
        }

        int[] ints() throws IOException {
            int n = number();
            if (n > (bytes.length - at) / 4) {
                throw new IOException("truncated");
            }
            int[] values = new int[n];
            ByteBuffer.wrap(bytes, at, 4 * n).asIntBuffer().get(values);
            at += 4 * n;
            return values;
        }


        boolean atEnd() {
            return at == bytes.length - 4; // the checksum
        }
    }
}
