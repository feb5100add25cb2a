package org.opencrm.adapter.cli.demo;

import java.io.IOException;
import java.io.InputStream;

/** The bundled CDNOW master purchase history (see the README beside it). */
public final class DemoData {

    static final String FILE = "CDNOW_master.txt";

    private DemoData() {
    }

    public static InputStream open() throws IOException {
        InputStream in = DemoData.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IOException("demo data missing from the jar: " + FILE);
        }
        return in;
    }
}
