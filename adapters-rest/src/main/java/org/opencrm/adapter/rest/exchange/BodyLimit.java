package org.opencrm.adapter.rest.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that refuses to be read past its limit: the Content-Length check cannot see chunked bodies,
 * so the limit is also enforced while reading. What was read before stays read (an import keeps its whole
 * committed batches, as after any interruption).
 */
public final class BodyLimit extends FilterInputStream {

    private final long limit;
    private long read;

    BodyLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLargeException {
        read += n;
        if (read > limit) {
            throw new TooLargeException(limit);
        }
    }

    /** The body went past the limit; mapped to 413. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("the body is larger than the limit of " + limit + " bytes");
        }
    }
}
