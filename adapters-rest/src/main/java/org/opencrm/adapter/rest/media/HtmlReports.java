package org.opencrm.adapter.rest.media;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.opencrm.formats.ReportHtml;

/**
 * Reports as a self-contained HTML page ({@code GET /reports/NAME.html}, {@code Accept: text/html} or
 * {@code ?format=html}), drawn by the formats module's {@link ReportHtml} as {@code crm report NAME --format html}
 * draws it; {@code ?locale=zh-CN} for the language and numbers (default: en).
 */
@Provider
@Produces(HtmlReports.MEDIA_TYPE)
public final class HtmlReports implements MessageBodyWriter<Object> {

    public static final String MEDIA_TYPE = "text/html";

    @Context
    UriInfo uri;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && mediaType.isCompatible(MediaType.TEXT_HTML_TYPE);
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        // reports/NAME, reports/loyalty/MODEL, reports/campaign/ID: the name the CLI gives the same report.
        List<String> path = Arrays.asList(uri.getPath().split("/"));
        String name = path.size() > 1 ? path.get(1) : "report";
        String heading = path.size() > 2 ? path.get(2) : "";
        String tag = uri.getQueryParameters().getFirst("locale");
        Locale locale = Locale.forLanguageTag(tag == null ? "en" : tag);
        if (locale.getLanguage().isEmpty() || !Arrays.asList(Locale.getISOLanguages()).contains(locale.getLanguage())) {
            throw new BadRequestException("'locale' must be a language tag such as en or zh-CN, got '" + tag + "'");
        }
        headers.putSingle("Content-Type", MEDIA_TYPE + ";charset=utf-8");
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Flushed, not closed: the container owns the response stream.
        ReportHtml.write(List.of(ReportHtml.section(name, heading, report)), locale, Instant.now(), text);
    }
}
