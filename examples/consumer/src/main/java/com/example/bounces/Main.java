package com.example.bounces;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Diagnosis;
import java.util.Locale;

/** Explains an SMTP reply with bouncedoc and prints the catalog id of the explanation. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        BounceDoc doc = BounceDoc.create();
        Diagnosis d = doc.diagnose("554 5.7.1 Relay access denied", Locale.ENGLISH);
        System.out.println(d.id());
    }
}
