package io.bulwark.client.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.admin.AgentSummary;

/**
 * Reads the agents stream ({@code application/x-ndjson}, one {@link AgentSummary} per line) as it arrives: one Jackson
 * parser over the body, one prepared reader, records handed to the sink one by one, so memory stays flat and the cost
 * per agent is the parse itself. The protocol's {@link io.bulwark.protocol.WireJson} reads whole documents only, hence
 * this reader of its own, configured like it for a client (ISO-8601 instants, unknown members ignored), with a quicker
 * reader for the one form of instant the server writes ({@link InstantReader}).
 */
public final class AgentStreamReader {

    /** How many agents are read between two looks at the monitor. */
    private static final int CANCEL_CHECK_EVERY = 256;

    private static final ObjectReader READER = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(new SimpleModule("agent-stream").addDeserializer(Instant.class, new InstantReader())) //$NON-NLS-1$
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readerFor(AgentSummary.class);

    private AgentStreamReader() {
    }

    /**
     * @param answer
     *            the stream's answer
     * @param sink
     *            receives each agent in order
     * @param monitor
     *            cancels the reading
     * @param delivered
     *            counts the agents delivered so far, also when the stream breaks
     * @return how many agents were delivered
     * @throws IOException
     *             if the stream breaks
     * @throws WireFormatException
     *             if a line is not an agent
     * @throws OperationCanceledException
     *             if the monitor was cancelled; the exchange is aborted
     */
    public static long read(Answer answer, Consumer<AgentSummary> sink, IProgressMonitor monitor, long[] delivered)
            throws IOException {
        try (MappingIterator<AgentSummary> agents = READER.readValues(answer.body())) {
            while (agents.hasNextValue()) {
                sink.accept(agents.nextValue());
                long count = ++delivered[0];
                if (count % CANCEL_CHECK_EVERY == 0 && monitor.isCanceled()) {
                    answer.abort();
                    throw new OperationCanceledException();
                }
            }
        } catch (JsonProcessingException e) {
            throw new WireFormatException(NLS.bind(Messages.AgentStream_notAnAgent, Long.valueOf(delivered[0] + 1),
                    e.getOriginalMessage()), e);
        }
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        return delivered[0];
    }
}
