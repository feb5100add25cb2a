package org.opencrm.adapter.rest.server;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.utils.DelayedExecutor;
import org.opencrm.adapter.rest.exchange.Problem;
import org.opencrm.adapter.rest.exchange.RequestLog;

/**
 * Grizzly's HTTP codec, except that what it refuses before any handler runs (headers past the size limit, a
 * request line it cannot parse) is answered with a problem document and a {@code Request-Id}, not an empty 400.
 */
final class ProblemCodec extends HttpServerFilter {

    private ProblemCodec(NetworkListener listener, DelayedExecutor executor) {
        super(listener.isChunkingEnabled(), listener.getMaxHttpHeaderSize(), null, listener.getKeepAlive(), executor,
                listener.getMaxRequestHeaders(), listener.getMaxResponseHeaders());
    }

    /**
     * Puts this codec in place of the one {@code listener} was started with, keeping its settings; returns what
     * must be stopped with the server (the keep-alive timer).
     */
    static AutoCloseable install(NetworkListener listener, ServerConfiguration config) {
        FilterChain chain = listener.getFilterChain();
        int index = chain.indexOfType(HttpServerFilter.class);
        if (index < 0) {
            throw new IllegalStateException("no HTTP codec in the listener's filter chain");
        }
        HttpServerFilter started = (HttpServerFilter) chain.get(index);
        ExecutorService timer = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "http-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        DelayedExecutor executor = new DelayedExecutor(timer);
        ProblemCodec codec = new ProblemCodec(listener, executor);
        codec.setAllowPayloadForUndefinedHttpMethods(config.isAllowPayloadForUndefinedHttpMethods());
        codec.setMaxPayloadRemainderToSkip(started.getMaxPayloadRemainderToSkip());
        executor.start();
        chain.set(index, codec);
        return () -> {
            executor.stop();
            timer.shutdownNow();
        };
    }

    /**
     * This server speaks HTTP/1.1 only: an {@code Upgrade} request (Java's HttpClient asks for h2c on its first
     * request by default) is served as the plain request it also is. Left as an upgrade, the codec would keep the
     * body for the other protocol and the request would wait for it until the client gave up.
     */
    @Override
    protected void onHttpHeadersParsed(HttpHeader header, MimeHeaders headers, FilterChainContext ctx) {
        if (header.isUpgrade()) {
            header.getUpgradeDC().recycle();
            headers.removeHeader("Upgrade");
        }
        super.onHttpHeadersParsed(header, headers, ctx);
    }

    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
        String id = UUID.randomUUID().toString();
        int status = response.getStatus();
        String reason = response.getReasonPhrase();
        String detail = status == 400
                ? "the request line and headers could not be read; together they are limited to "
                        + RestServer.MAX_HEADER_BYTES / 1024 + " KiB"
                : reason;
        byte[] body = MalformedRequests.problem(status, reason == null || reason.isEmpty() ? "Error" : reason, detail,
                id, "headers").getBytes(StandardCharsets.UTF_8);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader(RequestLog.HEADER, id);
        response.setContentLength(body.length);
        return HttpContent.builder(response)
                .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
                .last(true)
                .build();
    }
}
