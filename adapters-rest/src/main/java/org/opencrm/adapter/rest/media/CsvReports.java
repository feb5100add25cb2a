package org.opencrm.adapter.rest.media;

import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.opencrm.formats.NextBestActionsCsv;
import org.opencrm.formats.NextBestActionsJson;
import org.opencrm.formats.ReportCsv;

/**
 * Reports as CSV ({@code Accept: text/csv} or {@code ?format=csv}) in the formats module's one CSV form
 * ({@link ReportCsv}): the list named by {@code ?section=} or else the first, lines ended by CRLF (RFC 4180).
 */
@Provider
@Produces(CsvReports.MEDIA_TYPE)
public final class CsvReports implements MessageBodyWriter<Object> {

    public static final String MEDIA_TYPE = "text/csv";

    @Context
    UriInfo uri;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && mediaType.isCompatible(MediaType.valueOf(MEDIA_TYPE));
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        String section = uri == null ? null : uri.getQueryParameters().getFirst("section");
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            // Flushed, not closed: the container owns the response stream.
            if (report instanceof NextBestActionsJson plan && "actions".equals(section)) {
                // A whole base's actions are written straight from the records, as the command line writes them.
                NextBestActionsCsv.write(plan, text, LineDelimiter.CRLF);
            } else {
                ReportCsv.write(report, section, text, LineDelimiter.CRLF);
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), e);
        }
    }
}
